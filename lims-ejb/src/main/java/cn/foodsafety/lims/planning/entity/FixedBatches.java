package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.InvalidInputException;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Batches that arrive from above as fixed counts for a unit and category: national and provincial
 * supervisory sampling, and routine monitoring of edible agricultural products.
 */
@Entity
@Table(name = "plan_fixed_batches")
public class FixedBatches {

  @Id
  @SequenceGenerator(
      name = "plan_fixed_batches_seq",
      sequenceName = "plan_fixed_batches_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_fixed_batches_seq")
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

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private FoodCategory category;

  @Column(nullable = false)
  private int batches;

  protected FixedBatches() {}

  FixedBatches(
      SamplingPlan plan, Region region, SamplingLevel level, FoodCategory category, int batches) {
    if (!isFixedLevel(level)) {
      throw InvalidInputException.of("level", "lims.plan.fixed.level");
    }
    if (batches < 0) {
      throw InvalidInputException.of("batches", "lims.field.notNegative");
    }
    this.plan = Objects.requireNonNull(plan);
    this.region = Objects.requireNonNull(region);
    this.level = level;
    this.category = Objects.requireNonNull(category);
    this.batches = batches;
  }

  /** Levels whose batches arrive as fixed counts from above. */
  public static boolean isFixedLevel(SamplingLevel level) {
    return level != null && level.isFixedInPlan();
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

  public FoodCategory getCategory() {
    return category;
  }

  public int getBatches() {
    return batches;
  }
}
