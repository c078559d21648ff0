package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.sampling.entity.Sample;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The follow-up (核查处置) of one non-conforming sample by the regulator of the sampled party's
 * county-level unit, with the dates of its steps and the deadline that counts (the statutory one or
 * an approved extension). The producer's regulator, when elsewhere, reads it and keeps a note.
 */
@Entity
@Table(name = "disposal_case")
@NamedQuery(
    name = FollowUpCase.OF_SAMPLE,
    query = "select c from FollowUpCase c where c.sample.id = :sample")
@NamedQuery(
    name = FollowUpCase.OPEN_CASES,
    query =
        "select c from FollowUpCase c where c.state not in"
            + " (cn.foodsafety.lims.disposal.entity.CaseState.COMPLETED,"
            + " cn.foodsafety.lims.disposal.entity.CaseState.OVERTURNED,"
            + " cn.foodsafety.lims.disposal.entity.CaseState.WITHDRAWN)")
public class FollowUpCase implements Audited {

  public static final String OF_SAMPLE = "FollowUpCase.ofSample";
  public static final String OPEN_CASES = "FollowUpCase.open";

  @Id
  @SequenceGenerator(
      name = "disposal_case_seq",
      sequenceName = "disposal_case_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disposal_case_seq")
  private Long id;

  @Column(name = "case_number", nullable = false, updatable = false)
  private String caseNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", updatable = false)
  private Sample sample;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_level", nullable = false, updatable = false)
  private SamplingLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_kind", nullable = false, updatable = false)
  private SamplingKind kind = SamplingKind.SUPERVISORY;

  /** The 90-day case, or the risk-control follow-up of risk monitoring (the kind's setting). */
  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up_route", nullable = false, updatable = false)
  private FollowUpRoute route = FollowUpRoute.CASE;

  /** Whether the operator may ask for re-inspection or object (the kind's rule at opening). */
  @Column(name = "reinspection_open", nullable = false, updatable = false)
  private boolean reinspectionOpen = true;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", updatable = false)
  private FoodCategory category;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", updatable = false)
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "responsible_org_id", updatable = false)
  private Organization responsible;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "producer_org_id", updatable = false)
  private Organization producerRegulator;

  @Column(name = "producer_note")
  private String producerNote;

  @Column(nullable = false, updatable = false)
  private boolean microbiological;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseState state = CaseState.OPEN;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "disposal_days", nullable = false, updatable = false)
  private int disposalDays;

  @Column(name = "statutory_deadline", nullable = false, updatable = false)
  private LocalDate statutoryDeadline;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "accepted_on")
  private LocalDate acceptedOn;

  @Column(name = "delivered_on")
  private LocalDate deliveredOn;

  @Column(name = "backup_expires_on")
  private LocalDate backupExpiresOn;

  @Column(name = "reinspection_requested_on")
  private LocalDate reinspectionRequestedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "reinspection_kind")
  private RequestKind reinspectionKind;

  @Column(name = "designated_on")
  private LocalDate designatedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reinspection_lab_id")
  private Organization reinspectionLab;

  @Column(name = "outcome_on")
  private LocalDate outcomeOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "reinspection_outcome")
  private ReinspectionOutcome outcome;

  @Column(name = "last_step_on")
  private LocalDate lastStepOn;

  /** The regulator accepted the re-inspection application (Art. 32). */
  @Column(name = "request_accepted_on")
  private LocalDate requestAcceptedOn;

  /** The regulator refused it (the reason is the step's note). */
  @Column(name = "request_refused_on")
  private LocalDate requestRefusedOn;

  @Column(name = "objection_raised_on")
  private LocalDate objectionRaisedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "objection_ground")
  private ObjectionGround objectionGround;

  /** The regulator accepted the objection for review (受理). */
  @Column(name = "objection_accepted_on")
  private LocalDate objectionAcceptedOn;

  /** The regulator refused to review it (不予受理; the reason is the step's note). */
  @Column(name = "objection_refused_on")
  private LocalDate objectionRefusedOn;

  @Column(name = "objection_decided_on")
  private LocalDate objectionDecidedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "objection_outcome")
  private ObjectionOutcome objectionOutcome;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "overturned_on")
  private LocalDate overturnedOn;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Urgency urgency = Urgency.ON_TRACK;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  @Version private long version;

  /** The recorded steps, in the order they happened. */
  @OneToMany(mappedBy = "followUpCase")
  @OrderBy("stepDate ASC, id ASC")
  private List<CaseStep> steps = new ArrayList<>();

  /** The extensions asked for, oldest first. */
  @OneToMany(mappedBy = "followUpCase")
  @OrderBy("id ASC")
  private List<CaseExtension> extensions = new ArrayList<>();

  /**
   * What the case's history follows of its own fields: the state a step, a withdrawal or an
   * overturn leaves, the deadline an approved extension moves, the producer's regulator's note. The
   * dates a step sets are its own line ({@link #auditAdded}); the urgency is the sweep's finding.
   */
  private static final Set<String> AUDITED = Set.of("state", "deadline", "producerNote");

  protected FollowUpCase() {}

  /**
   * A case opened for a non-conforming sample the regulator received on {@code receivedOn}, due
   * {@code disposalDays} later (rolled to a working day by the caller's {@link CaseClock}).
   */
  public FollowUpCase(
      Sample sample,
      Organization responsible,
      Organization producerRegulator,
      boolean microbiological,
      LocalDate receivedOn,
      int disposalDays,
      LocalDate statutoryDeadline,
      Instant openedAt) {
    this.sample = Objects.requireNonNull(sample);
    this.caseNumber = "HC-" + sample.getSampleNumber();
    this.level = sample.getLevel();
    this.kind = sample.getKind();
    this.department = sample.getDepartment();
    this.category = sample.getCategory();
    this.region = sample.getRegion();
    this.responsible = Objects.requireNonNull(responsible);
    this.producerRegulator = producerRegulator;
    this.microbiological = microbiological;
    this.receivedOn = Objects.requireNonNull(receivedOn);
    this.disposalDays = disposalDays;
    this.statutoryDeadline = Objects.requireNonNull(statutoryDeadline);
    this.deadline = statutoryDeadline;
    this.openedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(openedAt), ZoneOffset.UTC);
  }

  /**
   * Follows the problem up as the kind of sampling says: a risk-monitoring result opens a
   * risk-control follow-up (notify, inspect, risk measures, closed) instead of a 90-day case.
   */
  public FollowUpCase along(FollowUpRoute route, boolean reinspectionOpen) {
    this.route = Objects.requireNonNull(route);
    this.reinspectionOpen = reinspectionOpen && route == FollowUpRoute.CASE;
    if (route == FollowUpRoute.RISK_CONTROL) {
      this.caseNumber = "FK-" + sample.getSampleNumber();
    }
    return this;
  }

  public boolean isReinspectionOpen() {
    return reinspectionOpen;
  }

  public boolean isRiskControl() {
    return route == FollowUpRoute.RISK_CONTROL;
  }

  public SamplingKind getKind() {
    return kind;
  }

  public FollowUpRoute getRoute() {
    return route;
  }

  /**
   * Records a dated step, if the case rules ({@link CaseProgress}: order, dates, particulars) let
   * it through on {@code today}; every broken rule is a field error and nothing changes. The step
   * changes the case's dates and state; the caller persists the step it returns.
   */
  public CaseStep record(
      StepKind kind,
      LocalDate on,
      CaseStep.Particulars particulars,
      String by,
      Instant at,
      CaseClock clock,
      LocalDate today) {
    return record(kind, on, particulars, by, at, new CaseProgress(clock), today);
  }

  /**
   * As {@link #record(StepKind, LocalDate, CaseStep.Particulars, String, Instant, CaseClock,
   * LocalDate)}, with the rules as configured (the windows of a re-inspection application).
   */
  public CaseStep record(
      StepKind kind,
      LocalDate on,
      CaseStep.Particulars particulars,
      String by,
      Instant at,
      CaseProgress rules,
      LocalDate today) {
    rules
        .check(
            CaseProgress.Facts.of(this),
            steps.stream().map(CaseStep::getKind).toList(),
            new CaseProgress.Proposed(kind, on, particulars),
            today)
        .throwIfAny();
    CaseStep step = CaseStep.of(this, kind, on, by, at, particulars);
    steps.add(step);
    apply(step);
    return step;
  }

  /**
   * The steps the responsible regulator may record next: none on a closed case; otherwise each kind
   * not yet recorded (or repeatable) whose preceding steps are there, and no request for a
   * re-inspection once it is refused ({@code reinspectionRefused}).
   */
  public List<StepKind> nextSteps(boolean reinspectionRefused) {
    List<StepKind> next = new ArrayList<>();
    if (state.isClosed()) {
      return next;
    }
    CaseProgress.Facts facts = CaseProgress.Facts.of(this);
    Set<StepKind> done = EnumSet.noneOf(StepKind.class);
    steps.forEach(s -> done.add(s.getKind()));
    for (StepKind k : StepKind.values()) {
      if ((k.isRepeatable() || !done.contains(k))
          && CaseProgress.belongs(k, facts)
          && CaseProgress.missing(k, done, facts).isEmpty()
          && CaseProgress.excludedBy(k, done).isEmpty()
          && !(k == StepKind.REINSPECTION_REQUESTED && reinspectionRefused)) {
        next.add(k);
      }
    }
    return next;
  }

  /**
   * The responsible regulator asks for more time, with a reason and a date later than the deadline
   * that counts; one request waits for a decision at a time. The caller persists the extension.
   */
  public CaseExtension requestExtension(
      String reason, LocalDate newDeadline, String by, Instant at) {
    requireOpen();
    if (!newDeadline.isAfter(deadline)) {
      throw InvalidInputException.of("newDeadline", "lims.case.extension.notLater", deadline);
    }
    if (pendingExtension() != null) {
      throw new RuleViolationException("lims.case.extension.pending");
    }
    CaseExtension e = new CaseExtension(this, reason, newDeadline, by, at);
    extensions.add(e);
    return e;
  }

  /**
   * Another supervisor than the one who asked approves (the new date becomes the deadline that
   * counts) or rejects, with a note, an extension that waits for a decision.
   */
  public CaseExtension decideExtension(
      long extensionId, boolean approve, String by, Instant at, String note) {
    requireOpen();
    CaseExtension e =
        extensions.stream()
            .filter(x -> x.getId() != null && x.getId() == extensionId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("CaseExtension", extensionId));
    if (!approve && note == null) {
      throw InvalidInputException.of("note", "lims.field.required");
    }
    if (e.getState() != ExtensionState.REQUESTED) {
      throw new RuleViolationException("lims.case.extension.decided", e.getState());
    }
    if (by.equals(e.getRequestedBy())) {
      throw new AccessDeniedException("lims.case.extension.ownRequest");
    }
    e.decide(approve, by, at, note);
    if (approve) {
      this.deadline = e.getNewDeadline();
    }
    return e;
  }

  /** The extension waiting for a decision, or null. */
  public CaseExtension pendingExtension() {
    return extensions.stream()
        .filter(e -> e.getState() == ExtensionState.REQUESTED)
        .findFirst()
        .orElse(null);
  }

  /** A closed case takes no step and no extension. */
  public void requireOpen() {
    if (state.isClosed()) {
      throw new RuleViolationException("lims.case.closed", caseNumber, state);
    }
  }

  public List<CaseStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  public List<CaseExtension> getExtensions() {
    return Collections.unmodifiableList(extensions);
  }

  /** A step that the rules have let through changes the case's dates. */
  private void apply(CaseStep step) {
    LocalDate on = step.getStepDate();
    switch (step.getKind()) {
      case ACCEPTED -> acceptedOn = on;
      case DELIVERED -> {
        deliveredOn = on;
        backupExpiresOn = step.getBackupExpiresOn();
      }
      case REINSPECTION_REQUESTED -> {
        reinspectionRequestedOn = on;
        reinspectionKind = step.getRequestKind();
      }
      case LAB_DESIGNATED -> {
        designatedOn = on;
        reinspectionLab = step.getLab();
      }
      case REINSPECTION_OUTCOME -> {
        outcomeOn = on;
        outcome = step.getOutcome();
        if (outcome == ReinspectionOutcome.OVERTURNED) {
          overturnedOn = on;
        }
      }
      case REQUEST_ACCEPTED -> requestAcceptedOn = on;
      case REQUEST_REFUSED -> requestRefusedOn = on;
      case OBJECTION_RAISED -> {
        objectionRaisedOn = on;
        objectionGround = step.getObjectionGround();
      }
      case OBJECTION_ACCEPTED -> objectionAcceptedOn = on;
      case OBJECTION_REFUSED -> objectionRefusedOn = on;
      case OBJECTION_DECIDED -> {
        objectionDecidedOn = on;
        objectionOutcome = step.getObjectionOutcome();
        if (objectionOutcome == ObjectionOutcome.UPHELD) {
          overturnedOn = on;
        }
      }
      case COMPLETED -> completedOn = on;
      default -> {
        // the remaining steps change only the state and the last step's date
      }
    }
    lastStepOn = on;
    state =
        overturnedOn != null
            ? CaseState.OVERTURNED
            : settles(step.getKind()) ? settledState() : step.getKind().reaches();
  }

  /** A step that ends a request without overturning the conclusion. */
  private boolean settles(StepKind kind) {
    return kind == StepKind.REQUEST_REFUSED
        || kind == StepKind.REINSPECTION_OUTCOME
        || kind == StepKind.OBJECTION_REFUSED
        || kind == StepKind.OBJECTION_DECIDED;
  }

  /**
   * Where the case stands once a request ended without overturning the conclusion: still under
   * re-inspection or objection while the other request is pending, otherwise where the last step
   * outside the requests left it.
   */
  private CaseState settledState() {
    if (isReinspectionPending() || isObjectionPending()) {
      return CaseState.REINSPECTION;
    }
    CaseState s = CaseState.DELIVERED;
    for (CaseStep x : steps) {
      if (x.getKind().reaches() != CaseState.REINSPECTION) {
        s = x.getKind().reaches();
      }
    }
    return s;
  }

  /** An amended report found the sample conforming: nothing is left to follow up. */
  public void withdraw(LocalDate on) {
    if (!state.isClosed()) {
      this.withdrawnOn = Objects.requireNonNull(on);
      this.state = CaseState.WITHDRAWN;
    }
  }

  /** The sweep's finding; answers whether it changed. */
  public boolean markUrgency(Urgency now) {
    if (urgency == now) {
      return false;
    }
    urgency = now;
    return true;
  }

  public void noteByProducerRegulator(String note) {
    this.producerNote = note;
  }

  /** A re-inspection was asked for, not refused, and has no outcome yet. */
  public boolean isReinspectionPending() {
    return reinspectionRequestedOn != null && outcomeOn == null && requestRefusedOn == null;
  }

  /** An objection was raised, not refused and not yet decided. */
  public boolean isObjectionPending() {
    return objectionRaisedOn != null && objectionDecidedOn == null && objectionRefusedOn == null;
  }

  public LocalDate getObjectionAcceptedOn() {
    return objectionAcceptedOn;
  }

  public LocalDate getObjectionRefusedOn() {
    return objectionRefusedOn;
  }

  public LocalDate getRequestAcceptedOn() {
    return requestAcceptedOn;
  }

  public LocalDate getRequestRefusedOn() {
    return requestRefusedOn;
  }

  public LocalDate getObjectionRaisedOn() {
    return objectionRaisedOn;
  }

  public ObjectionGround getObjectionGround() {
    return objectionGround;
  }

  public LocalDate getObjectionDecidedOn() {
    return objectionDecidedOn;
  }

  public ObjectionOutcome getObjectionOutcome() {
    return objectionOutcome;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String auditLabel() {
    return caseNumber;
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return AUDITED.contains(attribute) ? Audited.super.auditFields(attribute, value) : Map.of();
  }

  /**
   * A recorded step is a line named by its kind with its date (the reason is the step's note); an
   * extension asked for is "extensionRequested" with the date asked for (the reason is the
   * request's).
   */
  @Override
  public Map<String, String> auditAdded(String attribute, Object member) {
    if (member instanceof CaseStep s && "steps".equals(attribute)) {
      return Map.of(s.getKind().name(), s.getStepDate().toString());
    }
    if (member instanceof CaseExtension e && "extensions".equals(attribute)) {
      return Map.of("extensionRequested", e.getNewDeadline().toString());
    }
    return Map.of();
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public Sample getSample() {
    return sample;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public Department getDepartment() {
    return department;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public Region getRegion() {
    return region;
  }

  public Organization getResponsible() {
    return responsible;
  }

  public Organization getProducerRegulator() {
    return producerRegulator;
  }

  public String getProducerNote() {
    return producerNote;
  }

  public boolean isMicrobiological() {
    return microbiological;
  }

  public CaseState getState() {
    return state;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public int getDisposalDays() {
    return disposalDays;
  }

  public LocalDate getStatutoryDeadline() {
    return statutoryDeadline;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public LocalDate getBackupExpiresOn() {
    return backupExpiresOn;
  }

  public LocalDate getReinspectionRequestedOn() {
    return reinspectionRequestedOn;
  }

  public RequestKind getReinspectionKind() {
    return reinspectionKind;
  }

  public LocalDate getDesignatedOn() {
    return designatedOn;
  }

  public Organization getReinspectionLab() {
    return reinspectionLab;
  }

  public LocalDate getOutcomeOn() {
    return outcomeOn;
  }

  public ReinspectionOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getLastStepOn() {
    return lastStepOn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public LocalDate getOverturnedOn() {
    return overturnedOn;
  }

  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Instant getOpenedAt() {
    return openedAt.toInstant();
  }

  public long getVersion() {
    return version;
  }
}
