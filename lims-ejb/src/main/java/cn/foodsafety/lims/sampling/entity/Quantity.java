package cn.foodsafety.lims.sampling.entity;

import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of food with its unit, as the sampling form writes it ({@code 2 千克}, {@code 6 袋}): the
 * amount keeps its digits and is more than zero, the unit is named. Columns {@code quantity} and
 * {@code quantity_unit}.
 */
@Embeddable
public class Quantity {

  /** The longest unit the columns and forms take. */
  public static final int MAX_UNIT_LENGTH = 20;

  @Convert(converter = DecimalText.class)
  @Column(name = "quantity", nullable = false)
  private BigDecimal amount;

  @Column(name = "quantity_unit", nullable = false)
  private String unit;

  protected Quantity() {}

  private Quantity(BigDecimal amount, String unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * A quantity, or a field error on {@code field} (an amount of zero or less, or none) or on {@code
   * field + "Unit"} (no unit): what the form's fields are called.
   */
  public static Quantity of(BigDecimal amount, String unit, String field) {
    Objects.requireNonNull(field);
    if (amount == null || amount.signum() <= 0) {
      throw InvalidInputException.of(field, "lims.field.positive");
    }
    if (unit == null || unit.isBlank()) {
      throw InvalidInputException.of(field + "Unit", "lims.field.required");
    }
    return new Quantity(amount, unit.strip());
  }

  /** Another amount in the same unit (a backup sample is counted in the sample's unit). */
  public Quantity withAmount(BigDecimal other, String field) {
    return of(other, unit, field);
  }

  public BigDecimal amount() {
    return amount;
  }

  public String unit() {
    return unit;
  }

  /** As forms print it: {@code 2 千克}, the amount with its digits. */
  public String text() {
    return amount.toPlainString() + " " + unit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q
        && Objects.equals(amount, q.amount)
        && Objects.equals(unit, q.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, unit);
  }

  @Override
  public String toString() {
    return text();
  }
}
