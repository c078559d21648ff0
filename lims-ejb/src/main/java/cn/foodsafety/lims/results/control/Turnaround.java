package cn.foodsafety.lims.results.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Turnaround of a laboratory in working days from receipt to approval: the median (the middle
 * value, or the mean of the two middle values) and the 90th percentile by the nearest-rank method
 * (the smallest value that at least 90% of the samples do not exceed).
 */
public record Turnaround(int samples, BigDecimal median, Long percentile90) {

  public static Turnaround of(Collection<Long> workingDays) {
    long[] sorted = workingDays.stream().mapToLong(Long::longValue).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return new Turnaround(0, null, null);
    }
    BigDecimal median =
        n % 2 == 1
            ? BigDecimal.valueOf(sorted[n / 2])
            : BigDecimal.valueOf(sorted[n / 2 - 1] + sorted[n / 2])
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    int rank = (int) Math.ceil(0.9 * n);
    return new Turnaround(n, median.scale() < 0 ? median.setScale(0) : median, sorted[rank - 1]);
  }

  /**
   * The same figures from how many samples took each number of working days (a province-year has
   * hundreds of thousands of samples but only a few dozen distinct durations).
   */
  public static Turnaround ofCounts(java.util.SortedMap<Long, Long> countsByDays) {
    long n = countsByDays.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return new Turnaround(0, null, null);
    }
    BigDecimal median =
        n % 2 == 1
            ? BigDecimal.valueOf(nth(countsByDays, n / 2))
            : BigDecimal.valueOf(nth(countsByDays, n / 2 - 1) + nth(countsByDays, n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    long rank = (long) Math.ceil(0.9 * n);
    return new Turnaround(
        (int) n, median.scale() < 0 ? median.setScale(0) : median, nth(countsByDays, rank - 1));
  }

  /** The value at a 0-based position of the sorted samples. */
  private static long nth(java.util.SortedMap<Long, Long> countsByDays, long index) {
    long seen = 0;
    for (var e : countsByDays.entrySet()) {
      seen += e.getValue();
      if (index < seen) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("index " + index + " beyond " + seen);
  }

  public Optional<BigDecimal> medianDays() {
    return Optional.ofNullable(median);
  }
}
