package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.InvalidInputException;
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
import java.util.Objects;

/**
 * Batches of one plan cell group (unit, level, department, category) that a sampling unit is to
 * collect by a due date, optionally from one kind of sampled party.
 */
@Entity
@Table(name = "collection_task")
@NamedQuery(
    name = CollectionTask.TASKED_BATCHES,
    query =
        "select t.region.id, t.level, t.department, t.category.id, sum(t.batches) from"
            + " CollectionTask t where t.plan = :plan and t.state <> :cancelled group by"
            + " t.region.id, t.level, t.department, t.category.id")
public class CollectionTask {

  /**
   * Batches of the tasks of a plan that are not cancelled, per unit, level, department, category.
   */
  public static final String TASKED_BATCHES = "CollectionTask.taskedBatches";

  @Id
  @SequenceGenerator(
      name = "collection_task_seq",
      sequenceName = "collection_task_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_task_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private SamplingPlan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  /** The county-level unit where the batches are collected. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_level", nullable = false)
  private SamplingLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Department department;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_kind", nullable = false)
  private SamplingKind kind = SamplingKind.SUPERVISORY;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private FoodCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_kind")
  private PartyKind partyKind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sampling_unit_id")
  private Organization samplingUnit;

  private int batches;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskState state = TaskState.OPEN;

  /** Batches collected for the task so far (samples the laboratory rejected do not count). */
  @Column(nullable = false)
  private int collected;

  private String note;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected CollectionTask() {}

  public CollectionTask(
      SamplingPlan plan,
      Campaign campaign,
      Region region,
      SamplingLevel level,
      Department department,
      FoodCategory category,
      PartyKind partyKind,
      Organization samplingUnit,
      int batches,
      LocalDate dueDate,
      String note,
      String createdBy,
      Instant createdAt) {
    if (batches <= 0) {
      throw InvalidInputException.of("batches", "lims.field.positive");
    }
    this.plan = Objects.requireNonNull(plan);
    this.campaign = campaign;
    this.region = Objects.requireNonNull(region);
    this.level = Objects.requireNonNull(level);
    this.department = Objects.requireNonNull(department);
    this.category = Objects.requireNonNull(category);
    this.partyKind = partyKind;
    this.samplingUnit = Objects.requireNonNull(samplingUnit);
    this.batches = batches;
    this.dueDate = Objects.requireNonNull(dueDate);
    this.note = note;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
  }

  /**
   * A sample was taken for the task: one more batch collected, and an open task completes when the
   * collected batches reach its count; only an open task takes a batch. One statement on the task's
   * row (SQL: the same on PostgreSQL and H2), so the rule holds exactly however many samplers of
   * the task count at once: the row is locked by the update itself, from there to the commit, and
   * the condition is read under that lock (no batch counted beyond the count, none lost). An update
   * rather than a {@code SELECT ... FOR UPDATE}: on PostgreSQL it takes the row's "no key update"
   * lock, which does not wait for the "key share" locks that the transactions inserting the task's
   * samples hold through the sample's foreign key (a {@code FOR UPDATE} does, and two samplers who
   * had each inserted a sample and taken their number deadlocked). Parameter 1: the task's id;
   * updates one row, or none when the task is not open.
   */
  public static final String COUNT_BATCH =
      "UPDATE collection_task SET collected = collected + 1,"
          + " state = CASE WHEN collected + 1 >= batches THEN 'COMPLETED' ELSE state END,"
          + " version = version + 1 WHERE id = ?1 AND state = 'OPEN'";

  /**
   * The laboratory rejected a sample of the task: the batch must be taken again, so a completed
   * task re-opens when the collected batches fall below its count.
   */
  public void sampleRejected() {
    collected = Math.max(0, collected - 1);
    if (state == TaskState.COMPLETED && collected < batches) {
      state = TaskState.OPEN;
    }
  }

  /** Only an open task is cancelled; what was collected stays collected. */
  public void cancel() {
    if (!state.isCancellable()) {
      throw new RuleViolationException("lims.task.notOpen", state);
    }
    state = TaskState.CANCELLED;
  }

  public int getCollected() {
    return collected;
  }

  public boolean isOpen() {
    return state == TaskState.OPEN;
  }

  public Long getId() {
    return id;
  }

  public SamplingPlan getPlan() {
    return plan;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Region getRegion() {
    return region;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public Department getDepartment() {
    return department;
  }

  /** The kind of sampling of the task's samples. */
  public SamplingKind getKind() {
    return kind;
  }

  /** Set when the task is created: the planner's choice, else the plan's kind. */
  public CollectionTask ofKind(SamplingKind kind) {
    this.kind = SamplingKind.orDefault(kind);
    return this;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public PartyKind getPartyKind() {
    return partyKind;
  }

  public Organization getSamplingUnit() {
    return samplingUnit;
  }

  public int getBatches() {
    return batches;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public TaskState getState() {
    return state;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public long getVersion() {
    return version;
  }
}
