package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.masterdata.entity.DecimalText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A measured value as the laboratory reported it, kept twice: as text with the reported digits
 * ("0.050" stays "0.050": the digits say how precisely it was measured, and GB/T 8170 rounds to
 * them) and as a number the database can compare, sort and sum (NUMERIC(38,10); a value with more
 * than ten decimals is rounded there, never in the text). The two are written together, so they
 * never disagree. Columns by default {@code reported_value} and {@code reported_number}; other
 * values override them.
 */
@Embeddable
public class MeasuredValue {

  /** The scale of the numeric column (NUMERIC(38,10)). */
  public static final int NUMBER_SCALE = 10;

  @Convert(converter = DecimalText.class)
  @Column(name = "reported_value")
  private BigDecimal text;

  @Column(name = "reported_number", precision = 38, scale = NUMBER_SCALE)
  private BigDecimal number;

  protected MeasuredValue() {}

  private MeasuredValue(BigDecimal value) {
    this.text = Objects.requireNonNull(value);
    this.number = numeric(value);
  }

  /** The value with its digits, or null for none (not detected, not yet measured). */
  public static MeasuredValue of(BigDecimal value) {
    return value == null ? null : new MeasuredValue(value);
  }

  /** The value as the number column holds it (what a database comparison sees). */
  static BigDecimal numeric(BigDecimal value) {
    return value.setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN);
  }

  /** The value with the digits it was reported with. */
  public BigDecimal value() {
    return text;
  }

  /** The value as the database compares it (scale 10). */
  public BigDecimal number() {
    return number;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeasuredValue m && Objects.equals(text, m.text);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(text);
  }

  @Override
  public String toString() {
    return text == null ? "" : text.toPlainString();
  }
}
