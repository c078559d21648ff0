package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.CheckRules;
import cn.foodsafety.lims.oversight.boundary.RuleData;
import cn.foodsafety.lims.oversight.boundary.RuleForm;
import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.oversight.entity.Severity;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * admin/check-rules.xhtml: the record checks an administrator maintains, and the form to add one or
 * change one (a bad condition is shown on the condition field; nothing is saved).
 */
@Named
@ViewScoped
public class EditCheckRulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CheckRules checks;

  @Inject FacesText text;

  private List<RuleData> rules;
  private Long id;
  private Long version;
  private String code;
  private String messageZh;
  private String messageEn;
  private Severity severity = Severity.WARNING;
  private String condition;
  private boolean active = true;
  private CheckTarget target = CheckTarget.SAMPLE;

  public List<RuleData> getRules() {
    if (rules == null) {
      rules = checks.rules();
    }
    return rules;
  }

  public void edit(RuleData r) {
    id = r.id();
    version = r.version();
    code = r.code();
    messageZh = r.messageZh();
    messageEn = r.messageEn();
    severity = r.severity();
    condition = r.condition();
    active = r.active();
    target = r.target();
  }

  public void clear() {
    id = null;
    version = null;
    code = null;
    messageZh = null;
    messageEn = null;
    severity = Severity.WARNING;
    condition = null;
    active = true;
    target = CheckTarget.SAMPLE;
  }

  public void save() {
    RuleForm form =
        new RuleForm(code, messageZh, messageEn, severity, condition, active, version, target);
    try {
      if (id == null) {
        checks.create(form);
      } else {
        checks.change(id, form);
      }
      text.info("checks.saved", code);
      rules = null;
      clear();
    } catch (RuntimeException e) {
      text.show(e, "rule");
    }
  }

  /** The fields a condition on the chosen kind of record may use, for the hint under the field. */
  public String getFields() {
    return String.join(", ", checks.fields().get(target == null ? CheckTarget.SAMPLE : target));
  }

  public List<CheckTarget> getTargets() {
    return List.of(CheckTarget.values());
  }

  public CheckTarget getTarget() {
    return target;
  }

  public void setTarget(CheckTarget target) {
    this.target = target;
  }

  public List<Severity> getSeverities() {
    return List.of(Severity.values());
  }

  public String message(RuleData r) {
    return "en".equals(text.locale().getLanguage()) ? r.messageEn() : r.messageZh();
  }

  public boolean isEditing() {
    return id != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getMessageZh() {
    return messageZh;
  }

  public void setMessageZh(String messageZh) {
    this.messageZh = messageZh;
  }

  public String getMessageEn() {
    return messageEn;
  }

  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
