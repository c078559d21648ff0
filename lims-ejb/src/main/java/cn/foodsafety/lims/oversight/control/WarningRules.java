package cn.foodsafety.lims.oversight.control;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The warning class of a non-conforming result (A most serious, D least), from the hazard of its
 * failing items and how far they exceed their limits, for the departments' risk meetings (风险会商).
 * "Times over" is the exceedance as the laboratory reports it (超标倍数 = (result − limit) / limit,
 * results.control.LimitEvaluator). The thresholds are settings ({@code
 * oversight.warning.timesOver.A/B/C}, defaults 10, 5, 2):
 *
 * <ul>
 *   <li>A: a prohibited substance found (a limit "must not be detected" or "not permitted": illegal
 *       additions and banned drugs, Food Safety Law Art. 34 (1)-(2)), or an item at least A times
 *       its limit;
 *   <li>B: a microbiological failure (pathogens allow no re-inspection, Art. 33 of the sampling
 *       measures), or at least B times the limit;
 *   <li>C: at least C times the limit;
 *   <li>D: any other failure (just over the limit, quality indicators, labelling).
 * </ul>
 *
 * A result takes the most serious class of its failing items.
 */
public record WarningRules(BigDecimal timesA, BigDecimal timesB, BigDecimal timesC) {

  public enum WarningClass {
    A,
    B,
    C,
    D;

    /** Class A, the gravest: the warnings a dashboard marks as soon as there is one. */
    public boolean isGravest() {
      return this == A;
    }
  }

  /** The hazard of a failing item, from its limit. */
  public enum Hazard {
    PROHIBITED,
    MICROBIOLOGICAL,
    OTHER;

    public static Hazard of(String limitOperator, boolean microbiological) {
      if ("NOT_DETECTED".equals(limitOperator) || "NOT_PERMITTED".equals(limitOperator)) {
        return PROHIBITED;
      }
      return microbiological ? MICROBIOLOGICAL : OTHER;
    }
  }

  /** One failing item: its hazard and how many times its limit it is (null when not numeric). */
  public record FailingItem(Hazard hazard, BigDecimal timesOver) {}

  public WarningRules {
    Objects.requireNonNull(timesA);
    Objects.requireNonNull(timesB);
    Objects.requireNonNull(timesC);
  }

  public static WarningRules defaults() {
    return new WarningRules(BigDecimal.TEN, BigDecimal.valueOf(5), BigDecimal.valueOf(2));
  }

  public WarningClass classify(FailingItem item) {
    BigDecimal t = item.timesOver();
    if (item.hazard() == Hazard.PROHIBITED || atLeast(t, timesA)) {
      return WarningClass.A;
    }
    if (item.hazard() == Hazard.MICROBIOLOGICAL || atLeast(t, timesB)) {
      return WarningClass.B;
    }
    if (atLeast(t, timesC)) {
      return WarningClass.C;
    }
    return WarningClass.D;
  }

  /** The most serious class of a result's failing items; D for a result without any listed. */
  public WarningClass classify(Collection<FailingItem> items) {
    WarningClass worst = WarningClass.D;
    for (FailingItem i : items) {
      WarningClass c = classify(i);
      if (c.ordinal() < worst.ordinal()) {
        worst = c;
      }
    }
    return worst;
  }

  private static boolean atLeast(BigDecimal value, BigDecimal threshold) {
    return value != null && value.compareTo(threshold) >= 0;
  }
}
