package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A city's sampling plan for a year: its parameters (rate per 1,000 residents, municipal share,
 * small-farmer share, blind coding), the residents of its county-level units as they were when the
 * plan was made with each unit's quota, and the inputs of the allocation (fixed batches from above,
 * department, category and month weights). The cells ({@link PlanCell}) are the allocation itself.
 * A draft changes; an approved plan is frozen, except that special campaigns still add to it.
 */
@Entity
@EntityListeners(PlanWrites.class)
@Table(name = "sampling_plan")
@NamedQuery(
    name = SamplingPlan.FIND_BY_CITY_AND_YEAR,
    query = "select p from SamplingPlan p where p.city = :city and p.year = :year")
public class SamplingPlan implements Audited {

  public static final String FIND_BY_CITY_AND_YEAR = "SamplingPlan.findByCityAndYear";

  /** DOMAIN.md: 7 batches per 1,000 residents (Zhengzhou 2021 work plan). */
  public static final BigDecimal DEFAULT_RATE = new BigDecimal("7");

  @Id
  @SequenceGenerator(
      name = "sampling_plan_seq",
      sequenceName = "sampling_plan_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sampling_plan_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "city_id", nullable = false)
  private Region city;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Convert(converter = DecimalText.class)
  @Column(name = "rate_per_thousand", nullable = false)
  private BigDecimal ratePerThousand = DEFAULT_RATE;

  /** Share of each unit's remainder (after fixed national/provincial batches) for the city. */
  @Convert(converter = DecimalText.class)
  @Column(name = "municipal_share", nullable = false)
  private BigDecimal municipalShare = new BigDecimal("0.5");

  /** Share of edible agricultural product batches that go to small farmers (小农户). */
  @Convert(converter = DecimalText.class)
  @Column(name = "small_farmer_share", nullable = false)
  private BigDecimal smallFarmerShare = new BigDecimal("0.1");

  @Column(name = "blind_coding", nullable = false)
  private boolean blindCoding;

  /** The kind of sampling the plan's tasks take unless the planner says otherwise. */
  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_kind", nullable = false)
  private SamplingKind kind = SamplingKind.SUPERVISORY;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanState state = PlanState.DRAFT;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @ElementCollection
  @CollectionTable(name = "plan_unit", joinColumns = @JoinColumn(name = "plan_id"))
  private List<PlanUnit> units = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<FixedBatches> fixedBatches = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_department_weight", joinColumns = @JoinColumn(name = "plan_id"))
  private List<DepartmentWeight> departmentWeights = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_category_weight", joinColumns = @JoinColumn(name = "plan_id"))
  private List<CategoryWeight> categoryWeights = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_month_weight", joinColumns = @JoinColumn(name = "plan_id"))
  private List<MonthWeight> monthWeights = new ArrayList<>();

  @Version private long version;

  protected SamplingPlan() {}

  public SamplingPlan(Region city, int year) {
    this.city = Objects.requireNonNull(city);
    this.year = year;
  }

  public void setParameters(
      BigDecimal ratePerThousand,
      BigDecimal municipalShare,
      BigDecimal smallFarmerShare,
      boolean blindCoding) {
    requireDraft();
    if (ratePerThousand.signum() <= 0) {
      throw InvalidInputException.of("ratePerThousand", "lims.field.positive");
    }
    if (!isShare(municipalShare)) {
      throw InvalidInputException.of("municipalShare", "lims.plan.share.range");
    }
    if (!isShare(smallFarmerShare)) {
      throw InvalidInputException.of("smallFarmerShare", "lims.plan.share.range");
    }
    this.ratePerThousand = ratePerThousand;
    this.municipalShare = municipalShare;
    this.smallFarmerShare = smallFarmerShare;
    this.blindCoding = blindCoding;
    for (PlanUnit u : units) {
      u.requota(PlanUnit.quota(u.getResidents(), ratePerThousand));
    }
  }

  public static boolean isShare(BigDecimal share) {
    return share != null && share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0;
  }

  /**
   * Takes the residents of the county-level units as they are now and computes each unit's quota:
   * ceil(residents × rate / 1000).
   */
  public void snapshotUnits(List<Region> countyUnits) {
    requireDraft();
    units.clear();
    countyUnits.stream()
        .sorted(Comparator.comparing(Region::getCode))
        .forEach(
            r -> units.add(new PlanUnit(r, PlanUnit.quota(r.getResidents(), ratePerThousand))));
  }

  /** Replaces the allocation's inputs; the cells follow when the plan is allocated again. */
  public void replaceInputs(
      List<FixedInput> fixed,
      List<DepartmentWeight> departments,
      List<CategoryWeight> categories,
      List<MonthWeight> months) {
    requireDraft();
    if (months.size() != 12) {
      throw InvalidInputException.of("monthWeights", "lims.plan.months.twelve");
    }
    fixedBatches.clear();
    for (FixedInput f : fixed) {
      fixedBatches.add(new FixedBatches(this, f.region(), f.level(), f.category(), f.batches()));
    }
    departmentWeights.clear();
    departmentWeights.addAll(departments);
    categoryWeights.clear();
    categoryWeights.addAll(categories);
    monthWeights.clear();
    monthWeights.addAll(
        months.stream().sorted(Comparator.comparingInt(MonthWeight::getMonth)).toList());
  }

  /** Fixed batches as an input, before they belong to the plan. */
  public record FixedInput(
      Region region, SamplingLevel level, FoodCategory category, int batches) {}

  /**
   * Approves the draft, refused (every broken total as its field error, 400) while any total of the
   * plan differs from its target: {@code broken} are the totals that do not hold, {@code error}
   * names one for the planner.
   */
  public void approve(
      String by,
      Instant at,
      List<PlanTotals.Broken> broken,
      Function<PlanTotals.Broken, FieldError> error) {
    requireDraft();
    if (!broken.isEmpty()) {
      throw new InvalidInputException(broken.stream().map(error).toList());
    }
    this.state = PlanState.APPROVED;
    this.approvedBy = Objects.requireNonNull(by);
    this.approvedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public boolean isDraft() {
    return state.isEditable();
  }

  /** True when the region is one of the plan's county-level units. */
  public boolean hasUnit(Region region) {
    return units.stream().anyMatch(u -> u.getRegion().getId().equals(region.getId()));
  }

  /** The city's quota: the sum of its units' quotas (each unit reaches the rate on its own). */
  public int cityQuota() {
    return units.stream().mapToInt(PlanUnit::getQuota).sum();
  }

  public long residents() {
    return units.stream().mapToLong(PlanUnit::getResidents).sum();
  }

  private void requireDraft() {
    if (state != PlanState.DRAFT) {
      throw new RuleViolationException("lims.plan.approved", city.getName(), String.valueOf(year));
    }
  }

  public Long getId() {
    return id;
  }

  public Region getCity() {
    return city;
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getRatePerThousand() {
    return ratePerThousand;
  }

  public BigDecimal getMunicipalShare() {
    return municipalShare;
  }

  public BigDecimal getSmallFarmerShare() {
    return smallFarmerShare;
  }

  public boolean isBlindCoding() {
    return blindCoding;
  }

  public PlanState getState() {
    return state;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt == null ? null : approvedAt.toInstant();
  }

  public List<PlanUnit> getUnits() {
    return List.copyOf(units);
  }

  public List<FixedBatches> getFixedBatches() {
    return List.copyOf(fixedBatches);
  }

  public List<DepartmentWeight> getDepartmentWeights() {
    return List.copyOf(departmentWeights);
  }

  public List<CategoryWeight> getCategoryWeights() {
    return List.copyOf(categoryWeights);
  }

  public List<MonthWeight> getMonthWeights() {
    return List.copyOf(monthWeights);
  }

  public long getVersion() {
    return version;
  }

  public SamplingKind getKind() {
    return kind;
  }

  /** Set when the plan is created: the planner's choice, else supervisory sampling. */
  public SamplingPlan ofKind(SamplingKind kind) {
    this.kind = SamplingKind.orDefault(kind);
    return this;
  }

  /**
   * The parameters the trail follows field by field; approval and totals are events of their own.
   */
  private static final Set<String> AUDITED =
      Set.of("ratePerThousand", "municipalShare", "smallFarmerShare", "blindCoding");

  @Override
  public String auditLabel() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return AUDITED.contains(attribute) ? Audited.super.auditFields(attribute, value) : Map.of();
  }
}
