package cn.foodsafety.lims.statistics.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure: a percentage of a numerator over a denominator (one decimal, half to even), shown as
 * "97.5%" or "-" when the denominator is 0 (never 0% or 100%), with its target and whether it is
 * met (unknown without a value or a target).
 */
public record Figure(
    long numerator,
    long denominator,
    BigDecimal value,
    String display,
    BigDecimal target,
    Boolean met) {

  public static Figure percent(long numerator, long denominator, BigDecimal target) {
    DisposalRates.Rate rate = new DisposalRates.Rate(numerator, denominator);
    BigDecimal value = rate.percent();
    return new Figure(
        numerator,
        denominator,
        value,
        rate.display(),
        target,
        value == null || target == null ? null : rate.meets(target));
  }

  /** Batches per 1,000 residents, two decimals; empty without residents. */
  public static BigDecimal perThousand(long batches, Long residents) {
    if (residents == null || residents == 0) {
      return null;
    }
    return BigDecimal.valueOf(batches * 1000)
        .divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_EVEN);
  }
}
