package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limits of a follow-up case (SAMR Order No. 15, 2019), on the working-day calendar:
 *
 * <ul>
 *   <li>verification and disposal within 90 calendar days of receiving the non-conforming
 *       conclusion (Art. 45; configurable per level); a last day that is a rest day moves to the
 *       next working day (Civil Code art. 203). A longer time needs an approved extension, and then
 *       the approved date is the deadline that counts;
 *   <li>re-inspection or objection within 7 working days of the operator receiving the result
 *       (Arts. 30-35), none for microbiological failures or an expired backup sample;
 *   <li>the regulator designates the re-inspection lab within 5 working days of acceptance (Art.
 *       32).
 * </ul>
 *
 * A pending re-inspection does not stop the case clock. A case completed on its deadline day is on
 * time; the day after is late.
 */
public final class CaseClock {

  public static final int DEFAULT_DISPOSAL_DAYS = 90;
  public static final int REINSPECTION_WINDOW_WORKING_DAYS = 7;
  public static final int DESIGNATION_WORKING_DAYS = 5;
  public static final int DEFAULT_DUE_SOON_DAYS = 15;

  private final WorkingDayCalendar calendar;

  public CaseClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar);
  }

  /** The statutory deadline from the day the regulator received the conclusion. */
  public LocalDate statutoryDeadline(LocalDate received, int days) {
    return calendar.addCalendarDays(received, days);
  }

  /** The deadline that counts: the approved extension's date, else the statutory one. */
  public static LocalDate effectiveDeadline(
      LocalDate statutory, Optional<LocalDate> approvedExtension) {
    return approvedExtension.orElse(statutory);
  }

  public static boolean completedOnTime(LocalDate completedOn, LocalDate deadline) {
    return !completedOn.isAfter(deadline);
  }

  /** The last day on which the operator may ask for re-inspection or raise an objection. */
  public LocalDate reinspectionWindowEnd(LocalDate resultDelivered) {
    return calendar.addWorkingDays(resultDelivered, REINSPECTION_WINDOW_WORKING_DAYS);
  }

  /** The last day to designate the re-inspection laboratory. */
  public LocalDate designationDue(LocalDate requestAccepted) {
    return calendar.addWorkingDays(requestAccepted, DESIGNATION_WORKING_DAYS);
  }

  /** Why a re-inspection request cannot be accepted, if it cannot. */
  public enum Refusal {
    AFTER_WINDOW,
    MICROBIOLOGICAL,
    BACKUP_EXPIRED
  }

  public Optional<Refusal> reinspectionRefusal(
      LocalDate resultDelivered,
      LocalDate requested,
      boolean microbiologicalFailure,
      boolean backupExpired) {
    if (microbiologicalFailure) {
      return Optional.of(Refusal.MICROBIOLOGICAL);
    }
    if (backupExpired) {
      return Optional.of(Refusal.BACKUP_EXPIRED);
    }
    if (requested.isAfter(reinspectionWindowEnd(resultDelivered))) {
      return Optional.of(Refusal.AFTER_WINDOW);
    }
    return Optional.empty();
  }

  public static Urgency urgency(LocalDate deadline, LocalDate today, int dueSoonDays) {
    if (today.isAfter(deadline)) {
      return Urgency.OVERDUE;
    }
    return today.plusDays(dueSoonDays).isBefore(deadline) ? Urgency.ON_TRACK : Urgency.DUE_SOON;
  }

  /** The working-day calendar the limits count on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }
}
