package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.masterdata.entity.Organization;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One dated step of a follow-up, as recorded (never changed): who, when, and its particulars. */
@Entity
@Table(name = "case_step")
@NamedQuery(
    name = CaseStep.OF_CASE,
    query = "select s from CaseStep s where s.caseId = :case order by s.stepDate, s.id")
public class CaseStep {

  public static final String OF_CASE = "CaseStep.ofCase";

  @Id
  @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  /** The case this step belongs to (the same column as {@link #caseId}, read through it). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", insertable = false, updatable = false)
  private FollowUpCase followUpCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private StepKind kind;

  @Column(name = "step_date", nullable = false, updatable = false)
  private LocalDate stepDate;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(updatable = false)
  private String note;

  @Column(updatable = false)
  private String reference;

  @Column(updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private BigDecimal quantity;

  @Column(name = "quantity_unit", updatable = false)
  private String quantityUnit;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private RiskMeasure measure;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_kind", updatable = false)
  private RequestKind requestKind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lab_id", updatable = false)
  private Organization lab;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ReinspectionOutcome outcome;

  @Column(name = "backup_expires_on", updatable = false)
  private LocalDate backupExpiresOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "objection_ground", updatable = false)
  private ObjectionGround objectionGround;

  @Enumerated(EnumType.STRING)
  @Column(name = "objection_outcome", updatable = false)
  private ObjectionOutcome objectionOutcome;

  /** Why the re-inspection lab was designated after its 5 working days (Art. 32). */
  @Column(name = "delay_cause", updatable = false)
  private String delayCause;

  protected CaseStep() {}

  private CaseStep(FollowUpCase of, StepKind kind, LocalDate on, String by, Instant at) {
    this.caseId = Objects.requireNonNull(of.getId());
    this.followUpCase = of;
    this.kind = Objects.requireNonNull(kind);
    this.stepDate = Objects.requireNonNull(on);
    this.recordedBy = Objects.requireNonNull(by);
    this.recordedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
  }

  /** The particulars of a step; which ones apply depends on its kind. */
  public record Particulars(
      String note,
      String reference,
      BigDecimal amount,
      BigDecimal quantity,
      String quantityUnit,
      RiskMeasure measure,
      RequestKind requestKind,
      Organization lab,
      ReinspectionOutcome outcome,
      LocalDate backupExpiresOn,
      ObjectionGround objectionGround,
      ObjectionOutcome objectionOutcome,
      String delayCause) {

    /** The particulars of a step that is no objection and no late designation. */
    public Particulars(
        String note,
        String reference,
        BigDecimal amount,
        BigDecimal quantity,
        String quantityUnit,
        RiskMeasure measure,
        RequestKind requestKind,
        Organization lab,
        ReinspectionOutcome outcome,
        LocalDate backupExpiresOn) {
      this(
          note,
          reference,
          amount,
          quantity,
          quantityUnit,
          measure,
          requestKind,
          lab,
          outcome,
          backupExpiresOn,
          null,
          null,
          null);
    }
  }

  /** A step of a case, made by {@link FollowUpCase#record} once the rules let it through. */
  static CaseStep of(
      FollowUpCase of, StepKind kind, LocalDate on, String by, Instant at, Particulars p) {
    CaseStep s = new CaseStep(of, kind, on, by, at);
    s.note = p.note();
    s.reference = p.reference();
    s.amount = p.amount();
    s.quantity = p.quantity();
    s.quantityUnit = p.quantityUnit();
    s.measure = p.measure();
    s.requestKind = p.requestKind();
    s.lab = p.lab();
    s.outcome = p.outcome();
    s.backupExpiresOn = p.backupExpiresOn();
    s.objectionGround = p.objectionGround();
    s.objectionOutcome = p.objectionOutcome();
    s.delayCause = p.delayCause();
    return s;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public StepKind getKind() {
    return kind;
  }

  public LocalDate getStepDate() {
    return stepDate;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt.toInstant();
  }

  public String getNote() {
    return note;
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getQuantityUnit() {
    return quantityUnit;
  }

  public RiskMeasure getMeasure() {
    return measure;
  }

  public RequestKind getRequestKind() {
    return requestKind;
  }

  public Organization getLab() {
    return lab;
  }

  public ReinspectionOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getBackupExpiresOn() {
    return backupExpiresOn;
  }

  public ObjectionGround getObjectionGround() {
    return objectionGround;
  }

  public ObjectionOutcome getObjectionOutcome() {
    return objectionOutcome;
  }

  public String getDelayCause() {
    return delayCause;
  }
}
