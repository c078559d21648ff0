package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.ComparisonMethod;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.results.entity.Judgment;
import cn.foodsafety.lims.results.entity.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Judges one measured result against one limit, as DOMAIN.md and GB/T 8170-2008 say:
 *
 * <ul>
 *   <li>the value is first converted into the limit's unit (exactly: the factor is a power of ten);
 *   <li>full-value comparison (全数值比较法, the default) compares the unrounded value; rounded-value
 *       comparison (修约值比较法) first rounds it once to the limit's digits;
 *   <li>a result below the limit of detection ("未检出") conforms to a maximum limit and to a
 *       must-not-be-detected or not-permitted item, and fails a minimum;
 *   <li>for must-not-be-detected (不得检出) and not-permitted (不得使用) items any quantified result fails;
 *   <li>how far over a maximum a result is (超标倍数) = (value - limit) / limit, as the notices print
 *       it: 0.13 against 0.05 is 1.6 times, 67.8 against 0.2 is 338 times.
 * </ul>
 */
public final class LimitEvaluator {

  private LimitEvaluator() {}

  /** A reported result: a value with its unit, or "not detected" (below the LOD). */
  public record Measurement(BigDecimal value, boolean notDetected, String unit) {

    public static Measurement of(String value, String unit) {
      return new Measurement(new BigDecimal(value), false, unit);
    }

    public static Measurement notDetected(String unit) {
      return new Measurement(null, true, unit);
    }
  }

  /** Thrown when the result's unit cannot be converted into the limit's. */
  public static final class IncompatibleUnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public IncompatibleUnitException(String from, String to) {
      super(from + " -> " + to);
    }
  }

  public static Judgment judge(Measurement m, Limit limit) {
    if (m.notDetected()) {
      Verdict v =
          limit.operator() == LimitOperator.GE || limit.operator() == LimitOperator.RANGE
              ? Verdict.NON_CONFORMING
              : Verdict.CONFORMING;
      return new Judgment(v, null, null, null);
    }
    if (m.value().signum() < 0) {
      throw new IllegalArgumentException("a concentration is not negative");
    }
    BigDecimal value =
        Units.convert(m.value(), m.unit(), limit.unit())
            .orElseThrow(() -> new IncompatibleUnitException(m.unit(), limit.unit()));
    return switch (limit.operator()) {
      case NOT_DETECTED, NOT_PERMITTED -> new Judgment(Verdict.NON_CONFORMING, value, value, null);
      case LE -> {
        BigDecimal compared = compared(value, limit.value(), limit.comparison());
        boolean ok = compared.compareTo(limit.value()) <= 0;
        yield new Judgment(
            ok ? Verdict.CONFORMING : Verdict.NON_CONFORMING,
            value,
            compared,
            ok ? null : timesOver(value, limit.value()));
      }
      case GE -> {
        BigDecimal compared = compared(value, limit.value(), limit.comparison());
        boolean ok = compared.compareTo(limit.value()) >= 0;
        yield new Judgment(ok ? Verdict.CONFORMING : Verdict.NON_CONFORMING, value, compared, null);
      }
      case RANGE -> {
        BigDecimal digits =
            limit.value().scale() >= limit.upper().scale() ? limit.value() : limit.upper();
        BigDecimal compared = compared(value, digits, limit.comparison());
        boolean ok =
            compared.compareTo(limit.value()) >= 0 && compared.compareTo(limit.upper()) <= 0;
        yield new Judgment(
            ok ? Verdict.CONFORMING : Verdict.NON_CONFORMING,
            value,
            compared,
            !ok && compared.compareTo(limit.upper()) > 0 ? timesOver(value, limit.upper()) : null);
      }
    };
  }

  private static BigDecimal compared(BigDecimal value, BigDecimal limit, ComparisonMethod method) {
    return method == ComparisonMethod.ROUNDED_VALUE ? Gb8170.roundLike(value, limit) : value;
  }

  /**
   * (value - limit) / limit on the measured value, given with two decimals and no trailing zeros
   * (1.6, 338, 0.15), rounded once per GB/T 8170.
   */
  public static BigDecimal timesOver(BigDecimal value, BigDecimal limit) {
    if (limit.signum() == 0) {
      return null;
    }
    BigDecimal exact = value.subtract(limit).divide(limit, 10, RoundingMode.HALF_EVEN);
    BigDecimal rounded = Gb8170.round(exact, 2).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
