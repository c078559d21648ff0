package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** How much of the year's sampling falls in a month (1-12), e.g. more in the summer. */
@Embeddable
public class MonthWeight {

  @Column(name = "month_no", nullable = false)
  private int month;

  @Convert(converter = DecimalText.class)
  @Column(nullable = false)
  private BigDecimal weight;

  protected MonthWeight() {}

  public MonthWeight(int month, BigDecimal weight) {
    if (month < 1 || month > 12) {
      throw InvalidInputException.of("month", "lims.plan.month.range");
    }
    this.month = month;
    this.weight = DepartmentWeight.requireNotNegative(weight);
  }

  public int getMonth() {
    return month;
  }

  public BigDecimal getWeight() {
    return weight;
  }
}
