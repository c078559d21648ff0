package cn.foodsafety.lims.planning.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Integer apportionment by the largest-remainder (Hamilton) method, computed exactly with
 * BigDecimal: each part first gets the integer part of {@code total × weight / Σweights}; the
 * batches still left go, one each, to the parts with the largest remainders.
 *
 * <ul>
 *   <li>The parts always sum exactly to the total, none is negative, and a zero weight gets zero.
 *   <li>Tie-break: of two equal remainders the part with the lower index wins. Callers order their
 *       parts in a documented order (units and categories by code, departments and levels in enum
 *       order, months January to December), so the result is deterministic.
 *   <li>All weights zero: a total of zero gives zeros; a positive total has nowhere to go and is an
 *       {@link IllegalArgumentException} (the boundaries refuse such inputs as a field error before
 *       they reach this class).
 *   <li>A negative weight or total is an {@link IllegalArgumentException}.
 * </ul>
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /** Splits {@code total} over the weights; the result has one part per weight. */
  public static int[] split(int total, List<BigDecimal> weights) {
    return of(weights).split(total);
  }

  /**
   * Weights prepared once for many splits (the month weights are used for every category of every
   * department of every unit): scaled to integers, so that each split is exact integer arithmetic.
   */
  public static Weights of(List<BigDecimal> weights) {
    return new Weights(weights);
  }

  /** Weights scaled to integers with their sum. */
  public static final class Weights {
    private final BigInteger[] scaled;
    private final BigInteger denominator;
    // the same in long arithmetic when total × weight cannot overflow (always, in practice)
    private final long[] small;
    private final long smallDenominator;

    private Weights(List<BigDecimal> weights) {
      int scale = 0;
      for (BigDecimal w : weights) {
        if (w.signum() < 0) {
          throw new IllegalArgumentException("negative weight " + w);
        }
        scale = Math.max(scale, Math.max(0, w.stripTrailingZeros().scale()));
      }
      int n = weights.size();
      scaled = new BigInteger[n];
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        scaled[i] = weights.get(i).movePointRight(scale).toBigIntegerExact();
        sum = sum.add(scaled[i]);
      }
      denominator = sum;
      boolean fits = sum.bitLength() < 31;
      small = fits ? new long[n] : null;
      if (fits) {
        for (int i = 0; i < n; i++) {
          small[i] = scaled[i].longValue();
        }
      }
      smallDenominator = fits ? sum.longValue() : 0;
    }

    public int size() {
      return scaled.length;
    }

    public boolean isPositive(int i) {
      return scaled[i].signum() > 0;
    }

    public int[] split(int total) {
      if (total < 0) {
        throw new IllegalArgumentException("negative total " + total);
      }
      int n = scaled.length;
      int[] parts = new int[n];
      if (total == 0) {
        return parts;
      }
      if (denominator.signum() == 0) {
        throw new IllegalArgumentException("no positive weight to split " + total + " over");
      }
      long[] remainders = new long[n];
      BigInteger[] bigRemainders = small == null ? new BigInteger[n] : null;
      long given = 0;
      for (int i = 0; i < n; i++) {
        if (small != null) {
          long numerator = total * small[i];
          parts[i] = (int) (numerator / smallDenominator);
          remainders[i] = numerator % smallDenominator;
        } else {
          BigInteger[] qr =
              BigInteger.valueOf(total).multiply(scaled[i]).divideAndRemainder(denominator);
          parts[i] = qr[0].intValueExact();
          bigRemainders[i] = qr[1];
        }
        given += parts[i];
      }
      int left = (int) (total - given);
      // the batches left go to the largest remainders; equal remainders: lower index first
      for (int k = 0; k < left; k++) {
        int best = -1;
        for (int i = 0; i < n; i++) {
          boolean positive = small != null ? remainders[i] > 0 : bigRemainders[i].signum() > 0;
          if (!positive) {
            continue;
          }
          if (best < 0
              || (small != null
                  ? remainders[i] > remainders[best]
                  : bigRemainders[i].compareTo(bigRemainders[best]) > 0)) {
            best = i;
          }
        }
        parts[best]++;
        // taken: it cannot win twice (left is smaller than the number of positive remainders)
        if (small != null) {
          remainders[best] = 0;
        } else {
          bigRemainders[best] = BigInteger.ZERO;
        }
      }
      return parts;
    }
  }

  /** Splits over integer weights (e.g. the batches of cells, to share their small-farmer part). */
  public static int[] splitByCounts(int total, int[] counts) {
    List<BigDecimal> weights = new ArrayList<>(counts.length);
    for (int c : counts) {
      weights.add(BigDecimal.valueOf(c));
    }
    return split(total, weights);
  }

  /**
   * Splits with a minimum per part, honoured first: each part with a positive weight gets its
   * minimum, and what is left is split by the weights. A part with zero weight gets zero, even with
   * a minimum. When the minimums together exceed the total, the total is split in proportion to the
   * minimums instead (each part then gets at most its minimum).
   */
  public static int[] splitWithMinimums(int total, List<BigDecimal> weights, int[] minimums) {
    return splitWithMinimums(total, of(weights), minimums);
  }

  /** {@link #splitWithMinimums(int, List, int[])} over prepared weights. */
  public static int[] splitWithMinimums(int total, Weights weights, int[] minimums) {
    int n = weights.size();
    if (minimums.length != n) {
      throw new IllegalArgumentException("one minimum per weight");
    }
    int[] effective = new int[n];
    long sumMinimums = 0;
    for (int i = 0; i < n; i++) {
      if (minimums[i] < 0) {
        throw new IllegalArgumentException("negative minimum " + minimums[i]);
      }
      effective[i] = weights.isPositive(i) ? minimums[i] : 0;
      sumMinimums += effective[i];
    }
    if (sumMinimums == 0) {
      return weights.split(total);
    }
    if (sumMinimums >= total) {
      return splitByCounts(total, effective);
    }
    int[] rest = weights.split((int) (total - sumMinimums));
    for (int i = 0; i < n; i++) {
      rest[i] += effective[i];
    }
    return rest;
  }
}
