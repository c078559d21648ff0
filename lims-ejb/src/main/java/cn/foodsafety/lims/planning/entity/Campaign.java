package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Special sampling (专项抽检) added to a plan, with its reason and period: its batches per unit and
 * category come on top of the quota, at its level and department, in the months of its period.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(
    name = Campaign.FIND_BY_PLAN,
    query = "select c from Campaign c where c.plan = :plan order by c.startDate, c.id")
public class Campaign {

  public static final String FIND_BY_PLAN = "Campaign.findByPlan";

  @Id
  @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private SamplingPlan plan;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignReason reason;

  private String description;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_level", nullable = false)
  private SamplingLevel level = SamplingLevel.MUNICIPAL;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Department department = Department.MARKET_REGULATION;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_batches", joinColumns = @JoinColumn(name = "campaign_id"))
  private List<CampaignBatches> batches = new ArrayList<>();

  /** The kind of sampling the campaign's tasks take (the plan's unless the planner says). */
  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_kind", nullable = false)
  private SamplingKind kind = SamplingKind.SUPERVISORY;

  @Version private long version;

  protected Campaign() {}

  public Campaign(
      SamplingPlan plan,
      String name,
      CampaignReason reason,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String createdBy) {
    if (endDate.isBefore(startDate)) {
      throw InvalidInputException.of("endDate", "lims.campaign.endBeforeStart");
    }
    this.plan = Objects.requireNonNull(plan);
    this.name = Objects.requireNonNull(name);
    this.reason = Objects.requireNonNull(reason);
    this.description = description;
    this.startDate = startDate;
    this.endDate = endDate;
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  /** Who samples the campaign's batches (the city's market regulation unless said otherwise). */
  public void orderedBy(SamplingLevel level, Department department) {
    this.level = Objects.requireNonNull(level);
    this.department = Objects.requireNonNull(department);
  }

  public void add(CampaignBatches b) {
    batches.add(Objects.requireNonNull(b));
  }

  /**
   * The weight of each month of the plan's year (12): the days of the campaign in that month, so
   * that its batches are spread over its period.
   */
  public List<BigDecimal> monthWeights(int year) {
    List<BigDecimal> weights = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = YearMonth.of(year, m);
      LocalDate from = max(ym.atDay(1), startDate);
      LocalDate to = min(ym.atEndOfMonth(), endDate);
      long days = to.isBefore(from) ? 0 : to.toEpochDay() - from.toEpochDay() + 1;
      weights.add(BigDecimal.valueOf(days));
    }
    return weights;
  }

  /** True when some day of the campaign lies in the year. */
  public boolean overlaps(int year) {
    return !startDate.isAfter(LocalDate.of(year, 12, 31))
        && !endDate.isBefore(LocalDate.of(year, 1, 1));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  public int totalBatches() {
    return batches.stream().mapToInt(CampaignBatches::getBatches).sum();
  }

  public Long getId() {
    return id;
  }

  public SamplingPlan getPlan() {
    return plan;
  }

  public String getName() {
    return name;
  }

  public CampaignReason getReason() {
    return reason;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public SamplingKind getKind() {
    return kind;
  }

  /** Set when the campaign is created: the planner's choice, else the plan's kind. */
  public Campaign ofKind(SamplingKind kind) {
    this.kind = kind == null ? plan.getKind() : kind;
    return this;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public Department getDepartment() {
    return department;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<CampaignBatches> getBatches() {
    return List.copyOf(batches);
  }

  public long getVersion() {
    return version;
  }
}
