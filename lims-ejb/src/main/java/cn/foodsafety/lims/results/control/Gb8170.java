package cn.foodsafety.lims.results.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of numerical values per GB/T 8170-2008 (数值修约规则): a discarded part above 5 rounds up,
 * below 5 down, and exactly 5 (or 5 followed only by zeros) rounds to the even neighbour; this is
 * {@link RoundingMode#HALF_EVEN} on the decimal value. The rule also forbids rounding in steps
 * (15.4546 to 15 directly, never via 15.455, 15.46, 15.5, 16): each call rounds the value it is
 * given once, so callers pass the original value.
 */
public final class Gb8170 {

  private Gb8170() {}

  /** Rounds to the given number of decimal places (negative: to tens, hundreds, ...). */
  public static BigDecimal round(BigDecimal value, int decimalPlaces) {
    return value.setScale(decimalPlaces, RoundingMode.HALF_EVEN);
  }

  /**
   * Rounds to the same rounding interval as the reference, e.g. a limit written "0.05" gives two
   * decimal places: the rounded-value comparison (修约值比较法) compares at the limit's digits.
   */
  public static BigDecimal roundLike(BigDecimal value, BigDecimal reference) {
    return round(value, reference.scale());
  }
}
