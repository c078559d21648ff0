package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.platform.control.Violations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/**
 * The period the figures cover (a year, a quarter, a month, or from-to within one calendar year)
 * and the date they are taken as of: samples taken up to the earlier of the period's end and the
 * as-of date count; results approved, cases started and completed after the as-of date have not
 * happened yet. The as-of date defaults to the period's end or today, whichever comes first.
 */
public record Period(LocalDate from, LocalDate to, LocalDate asOf, String label) {

  /** The period asked for, or field errors (nothing half-understood). */
  public static Period of(
      Integer year,
      Integer quarter,
      Integer month,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      LocalDate today) {
    Violations v = new Violations();
    boolean range = from != null || to != null;
    v.addIf(range && year != null, "year", "lims.stats.period.yearOrRange");
    v.addIf(quarter != null && month != null, "month", "lims.stats.period.quarterOrMonth");
    v.addIf(year != null && (year < 2000 || year > 2100), "year", "lims.stats.period.year");
    v.addIf(
        quarter != null && (quarter < 1 || quarter > 4), "quarter", "lims.stats.period.quarter");
    v.addIf(month != null && (month < 1 || month > 12), "month", "lims.stats.period.month");
    v.addIf(range && from == null, "from", "lims.field.required");
    v.addIf(range && to == null, "to", "lims.field.required");
    v.addIf(range && (quarter != null || month != null), "from", "lims.stats.period.yearOrRange");
    v.throwIfAny();
    LocalDate start;
    LocalDate end;
    String label;
    if (range) {
      v.addIf(to.isBefore(from), "to", "lims.stats.period.endBeforeStart", from);
      v.addIf(to.getYear() != from.getYear(), "to", "lims.stats.period.oneYear");
      start = from;
      end = to;
      label = from + "~" + to;
    } else {
      int y = year != null ? year : today.getYear();
      if (month != null) {
        YearMonth ym = YearMonth.of(y, month);
        start = ym.atDay(1);
        end = ym.atEndOfMonth();
        label = ym.toString();
      } else if (quarter != null) {
        start = LocalDate.of(y, quarter * 3 - 2, 1);
        end = YearMonth.of(y, quarter * 3).atEndOfMonth();
        label = y + "-Q" + quarter;
      } else {
        start = LocalDate.of(y, 1, 1);
        end = LocalDate.of(y, 12, 31);
        label = String.valueOf(y);
      }
    }
    v.throwIfAny();
    LocalDate counted = asOf != null ? asOf : (end.isBefore(today) ? end : today);
    v.addIf(counted.isAfter(today), "asOf", "lims.stats.asOf.future", today);
    v.addIf(
        !counted.isAfter(today) && counted.isBefore(start),
        "asOf",
        "lims.stats.asOf.beforeStart",
        start);
    v.throwIfAny();
    return new Period(start, end, counted, label);
  }

  /** The last sampling date that counts: the period's end or the as-of date, the earlier. */
  public LocalDate lastSamplingDay() {
    return to.isBefore(asOf) ? to : asOf;
  }

  public int year() {
    return from.getYear();
  }

  /** The months (1-12) the period touches, for the plan's quotas. */
  public Set<Integer> months() {
    Set<Integer> m = new TreeSet<>();
    for (YearMonth ym = YearMonth.from(from);
        !ym.isAfter(YearMonth.from(to));
        ym = ym.plusMonths(1)) {
      m.add(ym.getMonthValue());
    }
    return m;
  }
}
