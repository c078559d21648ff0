package cn.foodsafety.lims.sampling.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How long a backup sample is kept (SAMR Order No. 15, Art. 25): 3 months after a conforming
 * conclusion, 6 months after a non-conforming one, or to the end of the food's shelf life if that
 * comes first. While a re-inspection or objection is pending the backup is still needed, whatever
 * the date: it is kept until the outcome. Without a conclusion there is no end yet.
 */
public final class BackupRetention {

  public static final int CONFORMING_MONTHS = 3;
  public static final int NON_CONFORMING_MONTHS = 6;

  private BackupRetention() {}

  /** The last day the backup must be kept, or null while the conclusion is not known. */
  public static LocalDate retentionEnd(
      LocalDate conclusionOn, Boolean conforming, LocalDate shelfLifeEnd) {
    if (conclusionOn == null || conforming == null) {
      return null;
    }
    LocalDate end = conclusionOn.plusMonths(conforming ? CONFORMING_MONTHS : NON_CONFORMING_MONTHS);
    return shelfLifeEnd != null && shelfLifeEnd.isBefore(end) ? shelfLifeEnd : end;
  }

  /** Whether the backup may be disposed of on a day: past its end and not needed by a request. */
  public static boolean disposable(LocalDate retentionEnd, boolean requestPending, LocalDate on) {
    return !requestPending && retentionEnd != null && on.isAfter(retentionEnd);
  }

  /**
   * Whether a backup still in the store is overdue for disposal (the sweep flags it): its retention
   * ended before today and nothing needs it.
   */
  public static boolean overdue(LocalDate retentionEnd, boolean requestPending, LocalDate today) {
    return disposable(retentionEnd, requestPending, today);
  }

  /**
   * Whether the backup can serve a re-inspection requested on a day: still in the store and not
   * past its retention end (an expired backup sample allows no re-inspection: Art. 33).
   */
  public static boolean usableFor(boolean inStore, LocalDate retentionEnd, LocalDate on) {
    return inStore && (retentionEnd == null || !on.isAfter(retentionEnd));
  }

  /** Monday and Sunday of the week of a day: "due for disposal this week". */
  public static LocalDate[] week(LocalDate day) {
    return new LocalDate[] {
      day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
      day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
    };
  }
}
