package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.control.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the pages in the view's language: the UI bundle (labels) and the business messages
 * (errors, enum labels), and a business error turned into messages next to the fields.
 */
@RequestScoped
public class FacesText {

  @Inject LocaleBacking locale;

  public Locale locale() {
    return locale.getLocale();
  }

  public String get(String key, Object... args) {
    ResourceBundle ui = ResourceBundle.getBundle("cn.foodsafety.lims.web.ui", locale());
    try {
      String pattern = ui.getString(key);
      return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
    } catch (MissingResourceException e) {
      return Messages.text(locale(), key, args);
    }
  }

  public String label(Enum<?> value) {
    return Messages.label(locale(), value);
  }

  /**
   * Shows a failed use case on the page: each invalid field's message is attached to the input
   * whose id is the field's name (inside the form {@code formId}), and summarised at the top.
   */
  public void show(RuntimeException failure, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Throwable t = cn.foodsafety.lims.platform.web.Failures.unwrap(failure);
    if (t instanceof InvalidInputException invalid) {
      // in the order of the form, not of the rules: the first message is about the first field
      java.util.Map<String, Integer> order = formOrder(faces, formId);
      List<cn.foodsafety.lims.platform.control.FieldError> errors =
          new java.util.ArrayList<>(invalid.errors());
      errors.sort(
          java.util.Comparator.comparing(
              e -> order.getOrDefault(formId + ":" + e.field(), Integer.MAX_VALUE)));
      for (var e : errors) {
        String message = Messages.text(locale(), e.key(), e.args().toArray());
        String clientId = formId + ":" + e.field();
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        boolean attached = component != null;
        if (component instanceof EditableValueHolder input) {
          // the field is drawn in error (PrimeFaces marks the input and its label)
          input.setValid(false);
        }
        String label = fieldLabel(e.field());
        faces.addMessage(
            attached ? clientId : null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                label == null ? message : label + ": " + message,
                null));
      }
      faces.validationFailed();
      return;
    }
    String message;
    if (t instanceof LimsException e) {
      message = Messages.text(locale(), e.key(), e.args());
    } else if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
      message = Messages.text(locale(), "lims.error.forbidden");
    } else {
      throw failure;
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  /** The position of each input of the form {@code formId} in the page, by client id. */
  private static java.util.Map<String, Integer> formOrder(FacesContext faces, String formId) {
    java.util.Map<String, Integer> order = new java.util.HashMap<>();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    if (form != null) {
      walk(form, faces, order);
    }
    return order;
  }

  private static void walk(
      UIComponent c, FacesContext faces, java.util.Map<String, Integer> order) {
    if (c instanceof EditableValueHolder) {
      order.putIfAbsent(c.getClientId(faces), order.size());
    }
    for (UIComponent child : c.getChildren()) {
      walk(child, faces, order);
    }
  }

  /**
   * The label of a field in the page's language, never the API's path of it: {@code
   * results[0].unit} is labelled as {@code unit}; a field without any label (a plan total such as
   * {@code totals[410102/NATIONAL]}) has none, its message names what it is about.
   */
  private String fieldLabel(String field) {
    String label = get("field." + field);
    if (!label.startsWith("field.")) {
      return label;
    }
    String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*\\]", "");
    if (!last.equals(field) && !last.isEmpty()) {
      String part = get("field." + last);
      if (!part.startsWith("field.")) {
        return part;
      }
    }
    return null;
  }

  public void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
  }
}
