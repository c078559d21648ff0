package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * One cell of a plan's allocation: the batches of a unit, level, department, top-level category and
 * month, of which some are to be taken from small farmers (小农户). Cells without batches are not
 * stored. A cell the planner changed by hand is flagged {@code edited}.
 */
@Entity
@EntityListeners(PlanWrites.class)
@Table(name = "plan_cell")
@NamedQuery(name = PlanCell.DELETE_BY_PLAN, query = "delete from PlanCell c where c.plan = :plan")
@NamedQuery(
    name = PlanCell.FIND_BY_KEY,
    query =
        "select c from PlanCell c where c.plan = :plan and c.region = :region and c.level = :level"
            + " and c.department = :department and c.category = :category and c.month = :month")
@NamedQuery(
    name = PlanCell.SUM_BY_GROUP,
    query =
        "select c.region.id, c.level, c.department, c.category.id, sum(c.batches),"
            + " sum(c.smallFarmerBatches) from PlanCell c where c.plan = :plan"
            + " group by c.region.id, c.level, c.department, c.category.id")
@NamedQuery(
    name = PlanCell.FIND_BY_PLAN,
    query =
        "select c from PlanCell c where c.plan = :plan order by c.region.code, c.level,"
            + " c.department, c.category.code, c.month")
public class PlanCell {

  public static final String DELETE_BY_PLAN = "PlanCell.deleteByPlan";
  public static final String FIND_BY_KEY = "PlanCell.findByKey";
  public static final String SUM_BY_GROUP = "PlanCell.sumByGroup";
  public static final String FIND_BY_PLAN = "PlanCell.findByPlan";

  @Id
  @SequenceGenerator(name = "plan_cell_seq", sequenceName = "plan_cell_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_cell_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private SamplingPlan plan;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_level", nullable = false)
  private SamplingLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private FoodCategory category;

  @Column(name = "month_no", nullable = false)
  private int month;

  @Column(nullable = false)
  private int batches;

  @Column(name = "small_farmer_batches", nullable = false)
  private int smallFarmerBatches;

  @Column(nullable = false)
  private boolean edited;

  @Version private long version;

  protected PlanCell() {}

  /** A cell as the allocator computed it. */
  public PlanCell(
      SamplingPlan plan,
      Region region,
      SamplingLevel level,
      Department department,
      FoodCategory category,
      int month,
      int batches,
      int smallFarmerBatches) {
    if (month < 1 || month > 12) {
      throw InvalidInputException.of("month", "lims.plan.month.range");
    }
    this.plan = Objects.requireNonNull(plan);
    this.region = Objects.requireNonNull(region);
    this.level = Objects.requireNonNull(level);
    this.department = Objects.requireNonNull(department);
    this.category = Objects.requireNonNull(category);
    this.month = month;
    set(batches, smallFarmerBatches);
  }

  /** The planner's hand edit; the plan's totals show what it breaks. */
  public void edit(int batches, int smallFarmerBatches) {
    if (!plan.isDraft()) {
      throw new RuleViolationException(
          "lims.plan.approved", plan.getCity().getName(), String.valueOf(plan.getYear()));
    }
    set(batches, smallFarmerBatches);
    edited = true;
  }

  /** Batches added on top by a special campaign (also to an approved plan). */
  public void add(int batches) {
    set(this.batches + batches, smallFarmerBatches);
  }

  private void set(int batches, int smallFarmerBatches) {
    if (batches < 0) {
      throw InvalidInputException.of("batches", "lims.field.notNegative");
    }
    if (smallFarmerBatches < 0) {
      throw InvalidInputException.of("smallFarmerBatches", "lims.field.notNegative");
    }
    if (smallFarmerBatches > batches) {
      throw InvalidInputException.of(
          "smallFarmerBatches", "lims.plan.cell.smallFarmersAboveBatches");
    }
    this.batches = batches;
    this.smallFarmerBatches = smallFarmerBatches;
  }

  public Long getId() {
    return id;
  }

  public SamplingPlan getPlan() {
    return plan;
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

  public FoodCategory getCategory() {
    return category;
  }

  public int getMonth() {
    return month;
  }

  public int getBatches() {
    return batches;
  }

  public int getSmallFarmerBatches() {
    return smallFarmerBatches;
  }

  public boolean isEdited() {
    return edited;
  }

  public long getVersion() {
    return version;
  }
}
