package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.Department;
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
import java.util.Objects;

/**
 * The stored total of one cell group of a plan (unit × level × department × top-level category):
 * its target, as the allocator computed it from the plan's inputs and campaigns, and the batches
 * its cells hold. Targets are written when the inputs change; the planned batches follow every
 * change of the cells. The plan's broken totals are these rows rolled up, so reading a plan never
 * re-runs the allocator.
 */
@Entity
@Table(name = "plan_total")
@NamedQuery(name = PlanTotal.DELETE_BY_PLAN, query = "delete from PlanTotal t where t.plan = :plan")
@NamedQuery(
    name = PlanTotal.FIND_BY_PLAN,
    query =
        "select t.regionId, t.level, t.department, t.categoryId, t.target, t.planned"
            + " from PlanTotal t where t.plan = :plan")
@NamedQuery(
    name = PlanTotal.ADD_PLANNED,
    query =
        "update PlanTotal t set t.planned = t.planned + :delta where t.plan = :plan and t.regionId"
            + " = :region and t.level = :level and t.department = :department and t.categoryId ="
            + " :category")
public class PlanTotal {

  public static final String DELETE_BY_PLAN = "PlanTotal.deleteByPlan";
  public static final String FIND_BY_PLAN = "PlanTotal.findByPlan";
  public static final String ADD_PLANNED = "PlanTotal.addPlanned";

  @Id
  @SequenceGenerator(name = "plan_total_seq", sequenceName = "plan_total_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_total_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private SamplingPlan plan;

  @Column(name = "region_id", nullable = false)
  private long regionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_level", nullable = false)
  private SamplingLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Department department;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  @Column(nullable = false)
  private int target;

  @Column(nullable = false)
  private int planned;

  protected PlanTotal() {}

  public PlanTotal(
      SamplingPlan plan,
      long regionId,
      SamplingLevel level,
      Department department,
      long categoryId,
      int target,
      int planned) {
    this.plan = Objects.requireNonNull(plan);
    this.regionId = regionId;
    this.level = Objects.requireNonNull(level);
    this.department = Objects.requireNonNull(department);
    this.categoryId = categoryId;
    this.target = target;
    this.planned = planned;
  }

  public Long getId() {
    return id;
  }

  public long getRegionId() {
    return regionId;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public Department getDepartment() {
    return department;
  }

  public long getCategoryId() {
    return categoryId;
  }

  public int getTarget() {
    return target;
  }

  public int getPlanned() {
    return planned;
  }
}
