package cn.foodsafety.lims.disposal.control;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines beside the 90-day case, on the working-day calendar (the day of receipt not
 * counted: Civil Code art. 201):
 *
 * <ul>
 *   <li>the regulator delivers the non-conforming result to the sampled operator, and to the
 *       producer where it is another business, within 5 working days of receiving it (Art. 29 of
 *       the sampling measures, SAMR Order No. 15; a setting);
 *   <li>the producer's regulator closes its investigation of the producer within 30 working days of
 *       the case's receipt (a setting). DOMAIN.md gives no figure: the case it feeds must be
 *       completed within 90 calendar days, about 60 working days, so half of that leaves the
 *       operator's regulator the other half to conclude with the producer's findings.
 * </ul>
 *
 * A delivery or a closing on the due day is on time, the day after is late; an open one is late
 * once the due day has passed.
 */
public final class NotificationClock {

  public static final int DEFAULT_NOTIFICATION_WORKING_DAYS = 5;
  public static final int DEFAULT_INVESTIGATION_WORKING_DAYS = 30;

  private final WorkingDayCalendar calendar;

  public NotificationClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar);
  }

  /** The last day to deliver a result received on {@code received}. */
  public LocalDate deliveryDue(LocalDate received, int workingDays) {
    return calendar.addWorkingDays(received, workingDays);
  }

  /** The last day of a producer investigation opened on {@code opened}. */
  public LocalDate investigationDue(LocalDate opened, int workingDays) {
    return calendar.addWorkingDays(opened, workingDays);
  }

  /**
   * Whether something due on {@code due} is late: done after it, or not done and {@code today} is
   * past it.
   */
  public static boolean late(LocalDate due, LocalDate doneOn, LocalDate today) {
    return doneOn != null ? doneOn.isAfter(due) : today.isAfter(due);
  }
}
