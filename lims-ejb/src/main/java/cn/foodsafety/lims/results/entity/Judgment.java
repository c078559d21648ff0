package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.kernel.Verdict;
import java.math.BigDecimal;

/**
 * The outcome of judging a result against its limit ({@code LimitEvaluator}): the verdict, the
 * value in the limit's unit (null when not detected), the value that was compared (rounded or not),
 * and for a failed maximum how many times over it is.
 */
public record Judgment(
    Verdict verdict, BigDecimal valueInLimitUnit, BigDecimal comparedValue, BigDecimal timesOver) {

  public boolean conforms() {
    return verdict == Verdict.CONFORMING;
  }
}
