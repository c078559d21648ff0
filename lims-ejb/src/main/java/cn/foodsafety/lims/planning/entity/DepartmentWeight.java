package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** The share of a department in each planned level's batches (a weight; they need not sum to 1). */
@Embeddable
public class DepartmentWeight {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Department department;

  @Convert(converter = DecimalText.class)
  @Column(nullable = false)
  private BigDecimal weight;

  protected DepartmentWeight() {}

  public DepartmentWeight(Department department, BigDecimal weight) {
    this.department = Objects.requireNonNull(department);
    this.weight = requireNotNegative(weight);
  }

  static BigDecimal requireNotNegative(BigDecimal weight) {
    if (Objects.requireNonNull(weight).signum() < 0) {
      throw InvalidInputException.of("weight", "lims.field.notNegative");
    }
    return weight;
  }

  public Department getDepartment() {
    return department;
  }

  public BigDecimal getWeight() {
    return weight;
  }
}
