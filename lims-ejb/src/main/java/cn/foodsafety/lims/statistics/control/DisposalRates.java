package cn.foodsafety.lims.statistics.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The three follow-up rates exactly as DOMAIN.md defines them, as of a reporting date:
 *
 * <ul>
 *   <li>verification-and-disposal rate (核查处置率) = cases started (accepted by the responsible
 *       regulator, first action recorded) / non-conforming batches that must be followed up;
 *   <li>completion rate (处置完成率) = cases completed / cases that must be followed up;
 *   <li>on-time completion rate (按时完成率) = cases completed on or before their deadline (an approved
 *       extension counts) / cases that are completed or past their deadline on the reporting date;
 *       a case still open and not yet due counts in neither part.
 * </ul>
 *
 * A case whose conclusion a re-inspection overturned is no longer non-conforming food and counts
 * nowhere. Anything dated after the reporting date has not happened yet. A rate with a zero
 * denominator has no value (shown as "-", never 0% or 100%).
 */
public final class DisposalRates {

  private DisposalRates() {}

  /** What the rates need to know of one case. */
  public record CaseFacts(
      LocalDate startedOn, LocalDate completedOn, LocalDate deadline, LocalDate overturnedOn) {

    public CaseFacts {
      Objects.requireNonNull(deadline);
    }
  }

  /** A numerator over a denominator; {@link #percent()} is empty when the denominator is 0. */
  public record Rate(long numerator, long denominator) {

    public BigDecimal percent() {
      if (denominator == 0) {
        return null;
      }
      return BigDecimal.valueOf(numerator * 100)
          .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_EVEN);
    }

    /** "97.5%", or "-" without a denominator. */
    public String display() {
      BigDecimal p = percent();
      return p == null ? "-" : p.toPlainString() + "%";
    }

    /** Whether the rate reaches a target in percent; not met when it has no value. */
    public boolean meets(BigDecimal targetPercent) {
      BigDecimal p = percent();
      return p != null
          && BigDecimal.valueOf(numerator * 100)
                  .compareTo(targetPercent.multiply(BigDecimal.valueOf(denominator)))
              >= 0;
    }
  }

  /** The three rates of a group of cases. */
  public record Result(Rate disposal, Rate completion, Rate onTime) {}

  /** Where one case counts on the reporting date: in which numerators and denominators. */
  public record Counted(
      boolean mustFollow,
      boolean started,
      boolean completed,
      boolean onTimeNumerator,
      boolean onTimeDenominator) {}

  /** The parts of the three rates that one case counts in, as of the reporting date. */
  public static Counted classify(CaseFacts c, LocalDate asOf) {
    if (happened(c.overturnedOn(), asOf)) {
      return new Counted(false, false, false, false, false);
    }
    boolean done = happened(c.completedOn(), asOf);
    boolean onTimeDenominator = done || asOf.isAfter(c.deadline());
    return new Counted(
        true,
        happened(c.startedOn(), asOf),
        done,
        done && !c.completedOn().isAfter(c.deadline()),
        onTimeDenominator);
  }

  public static Result of(Collection<CaseFacts> cases, LocalDate asOf) {
    long mustFollow = 0;
    long started = 0;
    long completed = 0;
    long onTimeNumerator = 0;
    long onTimeDenominator = 0;
    for (CaseFacts c : cases) {
      Counted k = classify(c, asOf);
      mustFollow += k.mustFollow() ? 1 : 0;
      started += k.started() ? 1 : 0;
      completed += k.completed() ? 1 : 0;
      onTimeNumerator += k.onTimeNumerator() ? 1 : 0;
      onTimeDenominator += k.onTimeDenominator() ? 1 : 0;
    }
    return new Result(
        new Rate(started, mustFollow),
        new Rate(completed, mustFollow),
        new Rate(onTimeNumerator, onTimeDenominator));
  }

  private static boolean happened(LocalDate date, LocalDate asOf) {
    return date != null && !date.isAfter(asOf);
  }
}
