package cn.foodsafety.lims.oversight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The balance index of sampling against its plan (均衡抽检, in the State Council's assessment of
 * provincial governments since 2021): how close the spread of the batches taken over the parts
 * (months, units or categories) is to the spread the plan gives them.
 *
 * <p>Definition: index = 1 − ½ · Σ |a<sub>i</sub>/A − p<sub>i</sub>/P|, as a percentage with one
 * decimal, where a<sub>i</sub> are the batches taken in part i, A their sum, p<sub>i</sub> the
 * batches the plan gives part i and P their sum. ½ · Σ |…| is the share of the batches that would
 * have to move to another part to match the plan (0 to 1), so 100% is sampling exactly as planned
 * and 0% all of it where the plan has none. Without batches taken or without a plan there is no
 * index (null).
 */
public final class BalanceIndex {

  private BalanceIndex() {}

  public static <K> BigDecimal of(Map<K, Long> actual, Map<K, Long> planned) {
    long a = actual.values().stream().mapToLong(Long::longValue).sum();
    long p = planned.values().stream().mapToLong(Long::longValue).sum();
    if (a <= 0 || p <= 0) {
      return null;
    }
    Set<K> parts = new java.util.HashSet<>(actual.keySet());
    parts.addAll(planned.keySet());
    // Σ |a_i·P − p_i·A| / (A·P), exact in integers before the one division
    BigDecimal deviation = BigDecimal.ZERO;
    for (K k : parts) {
      long ai = actual.getOrDefault(k, 0L);
      long pi = planned.getOrDefault(k, 0L);
      deviation =
          deviation.add(
              BigDecimal.valueOf(ai)
                  .multiply(BigDecimal.valueOf(p))
                  .subtract(BigDecimal.valueOf(pi).multiply(BigDecimal.valueOf(a)))
                  .abs());
    }
    BigDecimal moved =
        deviation.divide(
            BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(p)).multiply(BigDecimal.valueOf(2)),
            10,
            RoundingMode.HALF_EVEN);
    return BigDecimal.ONE
        .subtract(moved)
        .multiply(BigDecimal.valueOf(100))
        .setScale(1, RoundingMode.HALF_EVEN);
  }

  /**
   * The share of the batches taken in November and December, in percent with one decimal (null
   * without batches): bunching at year end when it is above the setting {@code
   * target.balance.yearEndShare}.
   */
  public static BigDecimal yearEndShare(Map<Integer, Long> byMonth) {
    long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
    if (total <= 0) {
      return null;
    }
    long end = byMonth.getOrDefault(11, 0L) + byMonth.getOrDefault(12, 0L);
    return BigDecimal.valueOf(end * 100)
        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_EVEN);
  }

  /** Whether the months asked about reach into the year's end (the flag means nothing before). */
  public static boolean coversYearEnd(Set<Integer> months) {
    return new TreeSet<>(months).contains(11) || months.contains(12);
  }
}
