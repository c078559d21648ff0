package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The regulator's time limits on a re-inspection application (SAMR Order No. 15, Art. 32), in
 * working days on the national calendar: it accepts or refuses the application within {@code
 * decisionDays} of receiving it (default 5), and designates the re-inspection laboratory within
 * {@code designationDays} of acceptance (default 5), which may be extended by {@code extraDays}
 * (default 5) only for a cause it records. An objection (异议) is accepted for review or refused
 * within {@code objectionDecisionDays} of receiving it (default 5): DOMAIN.md gives no figure of
 * its own for objections, so the window of a re-inspection application (Art. 32), which the
 * operator files in the same 7 working days and the same office decides, is taken. All four are
 * settings ({@code case.request.decisionDays}, {@code case.request.designationDays}, {@code
 * case.request.designationExtraDays}, {@code case.request.objectionDecisionDays}). "N working days
 * from X" ends on the N-th working day after X (the day of X is not counted).
 */
public record RequestWindows(
    WorkingDayCalendar calendar,
    int decisionDays,
    int designationDays,
    int extraDays,
    int objectionDecisionDays) {

  public static final int DEFAULT_DECISION_DAYS = 5;
  public static final int DEFAULT_DESIGNATION_DAYS = 5;
  public static final int DEFAULT_EXTRA_DAYS = 5;
  public static final int DEFAULT_OBJECTION_DECISION_DAYS = 5;

  public static final String DECISION_DAYS = "case.request.decisionDays";
  public static final String DESIGNATION_DAYS = "case.request.designationDays";
  public static final String EXTRA_DAYS = "case.request.designationExtraDays";
  public static final String OBJECTION_DECISION_DAYS = "case.request.objectionDecisionDays";

  public RequestWindows {
    Objects.requireNonNull(calendar);
  }

  /** The statutory windows (5, 5 and +5 working days; 5 for an objection). */
  public static RequestWindows of(WorkingDayCalendar calendar) {
    return new RequestWindows(
        calendar,
        DEFAULT_DECISION_DAYS,
        DEFAULT_DESIGNATION_DAYS,
        DEFAULT_EXTRA_DAYS,
        DEFAULT_OBJECTION_DECISION_DAYS);
  }

  /** The last day to accept or refuse an objection received on {@code raisedOn}. */
  public LocalDate objectionDecisionDue(LocalDate raisedOn) {
    return calendar.addWorkingDays(raisedOn, objectionDecisionDays);
  }

  /**
   * Whether an objection raised on {@code raisedOn} is, on {@code today}, neither accepted nor
   * refused after its window (a decision on the last day is in time).
   */
  public boolean objectionDecisionOverdue(
      LocalDate raisedOn, LocalDate acceptedOn, LocalDate refusedOn, LocalDate today) {
    return raisedOn != null
        && acceptedOn == null
        && refusedOn == null
        && today.isAfter(objectionDecisionDue(raisedOn));
  }

  /** The last day to accept or refuse an application received on {@code requestedOn}. */
  public LocalDate decisionDue(LocalDate requestedOn) {
    return calendar.addWorkingDays(requestedOn, decisionDays);
  }

  /** The last day to designate the re-inspection lab without a cause for the delay. */
  public LocalDate designationDue(LocalDate acceptedOn) {
    return calendar.addWorkingDays(acceptedOn, designationDays);
  }

  /** The last day to designate it at all: the window extended for a recorded cause. */
  public LocalDate extendedDesignationDue(LocalDate acceptedOn) {
    return calendar.addWorkingDays(acceptedOn, designationDays + extraDays);
  }

  /** Where a designation on {@code on} stands against its windows. */
  public enum Designation {
    IN_TIME,
    NEEDS_CAUSE,
    TOO_LATE
  }

  public Designation designation(LocalDate acceptedOn, LocalDate on) {
    if (!on.isAfter(designationDue(acceptedOn))) {
      return Designation.IN_TIME;
    }
    return on.isAfter(extendedDesignationDue(acceptedOn))
        ? Designation.TOO_LATE
        : Designation.NEEDS_CAUSE;
  }
}
