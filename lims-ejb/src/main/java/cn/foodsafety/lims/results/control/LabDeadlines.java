package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.masterdata.control.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The laboratory's deadlines after approval (食品安全抽样检验管理办法, Arts. 24 and 26): a non-conforming
 * conclusion reaches the regulator within 2 working days, a conforming one within 7, counted on the
 * working-day calendar from the day after approval.
 */
public final class LabDeadlines {

  /** Non-conforming conclusions: 2 working days (Arts. 24, 26). */
  public static final int NON_CONFORMING_WORKING_DAYS = 2;

  /** Conforming conclusions: 7 working days (Art. 26). */
  public static final int CONFORMING_WORKING_DAYS = 7;

  private LabDeadlines() {}

  public static LocalDate conclusionDue(
      WorkingDayCalendar calendar, LocalDate approvedOn, Verdict conclusion) {
    Objects.requireNonNull(conclusion);
    return calendar.addWorkingDays(
        approvedOn,
        conclusion == Verdict.NON_CONFORMING
            ? NON_CONFORMING_WORKING_DAYS
            : CONFORMING_WORKING_DAYS);
  }
}
