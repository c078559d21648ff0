package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an approved result must be public and where it stands on a day. Results are published "in
 * time" after approval (依法及时公布, Food Safety Law Art. 118 and the sampling measures Art. 43); the
 * city's rule is a number of working days after approval, a setting (default 20), counted on the
 * working-day calendar: the deadline is the N-th working day after the approval day.
 */
public final class PublicationDeadline {

  /** Where a result stands on the as-of day. */
  public enum Status {
    /** Published on or before its deadline. */
    ON_TIME,
    /** Published, but after its deadline. */
    LATE,
    /** Its deadline has passed and it is not published. */
    OVERDUE,
    /** Its deadline is still ahead (published or not): not yet counted by the rate. */
    NOT_YET_DUE;

    /** Whether the publication rate counts it in its denominator. */
    public boolean due() {
      return this != NOT_YET_DUE;
    }

    /** Whether the result missed its deadline (published late or not at all). */
    public boolean isMissed() {
      return this == OVERDUE || this == LATE;
    }

    public boolean isOverdue() {
      return this == OVERDUE;
    }
  }

  private PublicationDeadline() {}

  public static LocalDate deadline(LocalDate approvedOn, int workingDays, WorkingDayCalendar cal) {
    return cal.addWorkingDays(Objects.requireNonNull(approvedOn), workingDays);
  }

  /**
   * The status on {@code asOf}: a publication after {@code asOf} has not happened yet.
   *
   * @param firstPublished the day of its first publication (a later withdrawal does not undo that
   *     it was published), or null
   */
  public static Status status(LocalDate deadline, LocalDate firstPublished, LocalDate asOf) {
    LocalDate published =
        firstPublished == null || firstPublished.isAfter(asOf) ? null : firstPublished;
    if (deadline.isAfter(asOf)) {
      return Status.NOT_YET_DUE;
    }
    if (published == null) {
      return Status.OVERDUE;
    }
    return published.isAfter(deadline) ? Status.LATE : Status.ON_TIME;
  }
}
