package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The weight of a top-level food category (risk and consumption) and the minimum batches that each
 * unit × level × department gives it first (key categories: dairy, meat, grain, ...).
 */
@Embeddable
public class CategoryWeight {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private FoodCategory category;

  @Convert(converter = DecimalText.class)
  @Column(nullable = false)
  private BigDecimal weight;

  @Column(name = "minimum_batches", nullable = false)
  private int minimumBatches;

  protected CategoryWeight() {}

  public CategoryWeight(FoodCategory category, BigDecimal weight, int minimumBatches) {
    if (minimumBatches < 0) {
      throw InvalidInputException.of("minimumBatches", "lims.field.notNegative");
    }
    this.category = Objects.requireNonNull(category);
    this.weight = DepartmentWeight.requireNotNegative(weight);
    this.minimumBatches = minimumBatches;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public int getMinimumBatches() {
    return minimumBatches;
  }
}
