package cn.foodsafety.lims.oversight.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A record check: a finding is raised on every record of its target (a sample, a result item, a
 * follow-up case) for which its condition holds. The boundary parses the condition
 * (oversight.control.CheckCondition) before every change, so a stored rule always parses.
 */
@Entity
@Table(name = "check_rule")
public class CheckRule implements Audited {

  @Id
  @SequenceGenerator(name = "check_rule_seq", sequenceName = "check_rule_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_rule_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "message_zh", nullable = false)
  private String messageZh;

  @Column(name = "message_en", nullable = false)
  private String messageEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(name = "condition_text", nullable = false)
  private String condition;

  private boolean active;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CheckTarget target = CheckTarget.SAMPLE;

  @Version private long version;

  protected CheckRule() {}

  public CheckRule(String code) {
    this(code, CheckTarget.SAMPLE);
  }

  /** A rule on one kind of record; the kind is fixed, as its condition names that kind's fields. */
  public CheckRule(String code, CheckTarget target) {
    this.code = Objects.requireNonNull(code);
    this.target = Objects.requireNonNull(target);
  }

  /** Sets everything an administrator edits (the condition parsed by the caller). */
  public void define(
      String messageZh, String messageEn, Severity severity, String condition, boolean active) {
    this.messageZh = Objects.requireNonNull(messageZh);
    this.messageEn = Objects.requireNonNull(messageEn);
    this.severity = Objects.requireNonNull(severity);
    this.condition = condition.strip();
    this.active = active;
  }

  public String message(Locale locale) {
    return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getMessageZh() {
    return messageZh;
  }

  public String getMessageEn() {
    return messageEn;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getCondition() {
    return condition;
  }

  public CheckTarget getTarget() {
    return target;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  /**
   * The trail follows a rule's condition (what it checks); its texts and severity are not audited.
   */
  private static final Set<String> AUDITED = Set.of("condition");

  @Override
  public String auditLabel() {
    return code;
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return AUDITED.contains(attribute) ? Audited.super.auditFields(attribute, value) : Map.of();
  }
}
