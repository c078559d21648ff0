package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * A request for more time than the statutory 90 days (Art. 45: written approval by the head of the
 * responsible bureau), decided once by a supervisor of that bureau other than the requester.
 */
@Entity
@Table(name = "case_extension")
@NamedQuery(
    name = CaseExtension.OF_CASE,
    query = "select e from CaseExtension e where e.caseId = :case order by e.id")
public class CaseExtension implements Audited {

  public static final String OF_CASE = "CaseExtension.ofCase";

  @Id
  @SequenceGenerator(
      name = "case_extension_seq",
      sequenceName = "case_extension_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_extension_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  /** The case this extension belongs to (the same column as {@link #caseId}, read through it). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", insertable = false, updatable = false)
  private FollowUpCase followUpCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExtensionState state = ExtensionState.REQUESTED;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "previous_deadline", nullable = false, updatable = false)
  private LocalDate previousDeadline;

  @Column(name = "new_deadline", nullable = false, updatable = false)
  private LocalDate newDeadline;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Version private long version;

  protected CaseExtension() {}

  /** An extension asked for, made by {@link FollowUpCase#requestExtension}. */
  CaseExtension(FollowUpCase of, String reason, LocalDate newDeadline, String by, Instant at) {
    this.caseId = Objects.requireNonNull(of.getId());
    this.followUpCase = of;
    this.reason = Objects.requireNonNull(reason);
    this.previousDeadline = of.getDeadline();
    this.newDeadline = Objects.requireNonNull(newDeadline);
    this.requestedBy = Objects.requireNonNull(by);
    this.requestedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
  }

  void decide(boolean approve, String by, Instant at, String note) {
    if (state != ExtensionState.REQUESTED) {
      throw new RuleViolationException("lims.case.extension.decided", state);
    }
    this.state = approve ? ExtensionState.APPROVED : ExtensionState.REJECTED;
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    this.decisionNote = note;
  }

  public Long getId() {
    return id;
  }

  /** The decision is a line of the case's history: "extension", from REQUESTED to the decision. */
  @Override
  public String auditType() {
    return FollowUpCase.class.getSimpleName();
  }

  @Override
  public Long auditId() {
    return caseId;
  }

  @Override
  public String auditLabel() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return "state".equals(attribute) ? Audited.super.auditFields("extension", value) : Map.of();
  }

  public Long getCaseId() {
    return caseId;
  }

  public ExtensionState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getPreviousDeadline() {
    return previousDeadline;
  }

  public LocalDate getNewDeadline() {
    return newDeadline;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt.toInstant();
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt == null ? null : decidedAt.toInstant();
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public long getVersion() {
    return version;
  }
}
