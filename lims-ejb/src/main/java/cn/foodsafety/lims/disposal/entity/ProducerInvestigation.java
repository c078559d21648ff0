package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The producer's regulator's task beside a case handled by the sampled operator's regulator
 * (产品溯源/生产环节核查): trace the product to its producer in the city, investigate production and take
 * measures, within its own deadline. Its steps come once each and in order (received, investigated,
 * measures, closed), each dated between the previous step (or the opening) and today.
 */
@Entity
@Table(name = "producer_investigation")
@NamedQuery(
    name = ProducerInvestigation.OF_CASE,
    query = "select i from ProducerInvestigation i where i.followUpCase.id = :case")
@NamedQuery(
    name = ProducerInvestigation.OPEN,
    query =
        "select i from ProducerInvestigation i where i.state <>"
            + " cn.foodsafety.lims.disposal.entity.InvestigationState.CLOSED")
public class ProducerInvestigation implements Audited {

  public static final String OF_CASE = "ProducerInvestigation.ofCase";
  public static final String OPEN = "ProducerInvestigation.open";

  @Id
  @SequenceGenerator(
      name = "producer_investigation_seq",
      sequenceName = "producer_investigation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "producer_investigation_seq")
  private Long id;

  @Column(name = "task_number", nullable = false, updatable = false)
  private String taskNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private FollowUpCase followUpCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "regulator_id", updatable = false)
  private Organization regulator;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", updatable = false)
  private Region region;

  @Column(name = "producer_name", updatable = false)
  private String producerName;

  @Column(name = "producer_address", updatable = false)
  private String producerAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvestigationState state = InvestigationState.OPEN;

  @Column(name = "opened_on", nullable = false, updatable = false)
  private LocalDate openedOn;

  @Column(name = "working_days", nullable = false, updatable = false)
  private int workingDays;

  @Column(nullable = false, updatable = false)
  private LocalDate deadline;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Column(name = "investigated_on")
  private LocalDate investigatedOn;

  private String finding;

  @Column(name = "measures_on")
  private LocalDate measuresOn;

  private String measures;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  private String summary;

  @Column(name = "last_by")
  private String lastBy;

  @Version private long version;

  protected ProducerInvestigation() {}

  /**
   * A task for {@code regulator} about the producer of the case's sample, opened on the day the
   * case was received and due {@code deadline} ({@code workingDays} working days later).
   */
  public ProducerInvestigation(
      FollowUpCase followUpCase,
      Organization regulator,
      Region region,
      String producerName,
      String producerAddress,
      LocalDate openedOn,
      int workingDays,
      LocalDate deadline) {
    this.followUpCase = Objects.requireNonNull(followUpCase);
    this.taskNumber = "XC-" + followUpCase.getSample().getSampleNumber();
    this.regulator = Objects.requireNonNull(regulator);
    this.region = Objects.requireNonNull(region);
    this.producerName = producerName;
    this.producerAddress = producerAddress;
    this.openedOn = Objects.requireNonNull(openedOn);
    this.workingDays = workingDays;
    this.deadline = Objects.requireNonNull(deadline);
  }

  /** The step that may come next, or null once closed. */
  public InvestigationStep nextStep() {
    for (InvestigationStep s : InvestigationStep.values()) {
      if (dateOf(s) == null) {
        return s;
      }
    }
    return null;
  }

  /**
   * Records a step on {@code on} with its text (the finding, the measures, the summary): each step
   * once, after the one before it, dated between the previous step and today. A broken rule is a
   * field error and nothing changes.
   */
  public void record(
      InvestigationStep step, LocalDate on, String text, String by, LocalDate today) {
    if (state == InvestigationState.CLOSED) {
      throw new RuleViolationException("lims.investigation.closed", taskNumber);
    }
    Violations v = new Violations();
    if (step == null) {
      v.add("step", "lims.field.required").throwIfAny();
    }
    if (dateOf(step) != null) {
      v.add("step", "lims.investigation.step.twice", step).throwIfAny();
    }
    InvestigationStep next = nextStep();
    if (step != next) {
      v.add("step", "lims.investigation.step.outOfOrder", step, next).throwIfAny();
    }
    LocalDate previous = lastStepOn();
    if (on == null) {
      v.add("date", "lims.field.required");
    } else if (on.isAfter(today)) {
      v.add("date", "lims.case.step.future", today);
    } else if (on.isBefore(previous)) {
      v.add("date", "lims.case.step.beforePrevious", previous);
    }
    String t = text == null || text.isBlank() ? null : text.strip();
    v.addIf(step.needsText() && t == null, "note", "lims.field.required");
    v.throwIfAny();
    switch (step) {
      case RECEIVED -> receivedOn = on;
      case INVESTIGATED -> {
        investigatedOn = on;
        finding = t;
      }
      case MEASURES -> {
        measuresOn = on;
        measures = t;
      }
      case CLOSED -> {
        closedOn = on;
        summary = t;
      }
    }
    state = step.reaches();
    lastBy = Objects.requireNonNull(by);
  }

  /** The date of the last step, or the opening day before any. */
  public LocalDate lastStepOn() {
    LocalDate last = openedOn;
    for (InvestigationStep s : InvestigationStep.values()) {
      if (dateOf(s) != null) {
        last = dateOf(s);
      }
    }
    return last;
  }

  public LocalDate dateOf(InvestigationStep step) {
    return switch (step) {
      case RECEIVED -> receivedOn;
      case INVESTIGATED -> investigatedOn;
      case MEASURES -> measuresOn;
      case CLOSED -> closedOn;
    };
  }

  public Long getId() {
    return id;
  }

  /** The task's history: its state, and each step as a line named by the step with its date. */
  private static final Map<String, String> AUDITED =
      Map.of(
          "state", "state",
          "receivedOn", InvestigationStep.RECEIVED.name(),
          "investigatedOn", InvestigationStep.INVESTIGATED.name(),
          "measuresOn", InvestigationStep.MEASURES.name(),
          "closedOn", InvestigationStep.CLOSED.name());

  @Override
  public String auditLabel() {
    return taskNumber;
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    String field = AUDITED.get(attribute);
    return field == null ? Map.of() : Audited.super.auditFields(field, value);
  }

  public String getTaskNumber() {
    return taskNumber;
  }

  public FollowUpCase getFollowUpCase() {
    return followUpCase;
  }

  public Organization getRegulator() {
    return regulator;
  }

  public Region getRegion() {
    return region;
  }

  public String getProducerName() {
    return producerName;
  }

  public String getProducerAddress() {
    return producerAddress;
  }

  public InvestigationState getState() {
    return state;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getInvestigatedOn() {
    return investigatedOn;
  }

  public String getFinding() {
    return finding;
  }

  public LocalDate getMeasuresOn() {
    return measuresOn;
  }

  public String getMeasures() {
    return measures;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getSummary() {
    return summary;
  }

  public String getLastBy() {
    return lastBy;
  }

  public long getVersion() {
    return version;
  }
}
