package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
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

  /** Serious hazards (illegal additions, banned substances): within 24 hours (DOMAIN.md). */
  public static final int SERIOUS_HAZARD_HOURS = 24;

  /**
   * A non-conforming conclusion on a serious hazard is reported at once, within {@code hours} of
   * approval (24 in practice) instead of 2 working days: due on the civil day the hours end,
   * whether it is a working day or not.
   */
  public static LocalDate seriousHazardDue(java.time.Instant approvedAt, int hours) {
    return cn.foodsafety.lims.platform.control.CivilTime.dayOf(
        approvedAt.plus(java.time.Duration.ofHours(hours)));
  }

  /** Whether a conclusion reported at {@code reportedAt} came within the hours after approval. */
  public static boolean reportedWithin(
      java.time.Instant approvedAt, java.time.Instant reportedAt, int hours) {
    return reportedAt != null
        && !reportedAt.isAfter(approvedAt.plus(java.time.Duration.ofHours(hours)));
  }
}
