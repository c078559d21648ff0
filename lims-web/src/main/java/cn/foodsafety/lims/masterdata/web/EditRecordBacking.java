package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The edit page of one master-data record (category, region, organization, test item): the one
 * shape they share. Save creates or updates and returns to the list with a message; delete removes
 * a record nothing refers to (the boundary deactivates a referenced one instead, and says so); the
 * toggle activates or deactivates in place. A refusal shows its field errors on the form and leaves
 * the page as it was. Subclasses hold the fields and name their boundary's use cases.
 *
 * @param <D> the record as the boundary answers it
 */
public abstract class EditRecordBacking<D> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected FacesText text;

  protected Long id;
  protected boolean active = true;
  protected Long version;

  /** The record as the form holds it now. */
  protected abstract D formData();

  protected abstract D create(D data);

  protected abstract D update(long id, D data);

  /** Deletes, or deactivates a referenced record; the record as it is now, or null when deleted. */
  protected abstract D delete(long id);

  /** Activates or deactivates; the record as it is now. */
  protected abstract D activeSet(long id, boolean active);

  protected abstract boolean activeOf(D record);

  protected abstract Long versionOf(D record);

  /** What the messages call the record ("毒死蜱", "金水区"). */
  protected abstract String nameOf(D record);

  /** What the messages call the record being edited, before it is deleted. */
  protected abstract String shownName();

  /** The list page to return to, e.g. {@code /masterdata/regions.xhtml}. */
  protected abstract String listPage();

  public String save() {
    D data = formData();
    try {
      D saved = id == null ? create(data) : update(id, data);
      text.info("saved", nameOf(saved));
      return backToList();
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public String remove() {
    String shown = shownName();
    try {
      D left = delete(id);
      text.info(left == null ? "deleted" : "deactivatedInstead", shown);
      return backToList();
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  /** The toggle: deactivates an active record, activates an inactive one. */
  public void activate() {
    try {
      D now = activeSet(id, !active);
      active = activeOf(now);
      version = versionOf(now);
    } catch (RuntimeException e) {
      text.show(e, "form");
    }
  }

  /** Loaded by the viewAction on the first request only, not on a postback of the form. */
  protected boolean loads() {
    return id != null && !FacesContext.getCurrentInstance().isPostback();
  }

  private String backToList() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return listPage() + "?faces-redirect=true";
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isActive() {
    return active;
  }

  public Long getVersion() {
    return version;
  }
}
