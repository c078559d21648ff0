package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a calendar entry may say. Monday to Friday are working days anyway, so only a Saturday or
 * Sunday can be a make-up working day (调休上班). A holiday on a weekend is accepted: the published
 * notices list whole holiday periods, weekend days included, and the seeded data keeps them so.
 */
public final class CalendarEntryRules {

  private CalendarEntryRules() {}

  public static Violations check(LocalDate date, DayKind kind, Violations into) {
    into.addIf(
        date != null && kind == DayKind.WORKDAY && !isWeekend(date),
        "kind",
        "lims.calendar.workdayOnWeekday",
        date);
    return into;
  }

  /**
   * An edit that leaves the day {@code kind} (null: its entry removed) must not make a run of more
   * than {@link WorkingDayCalendar#LONGEST_REST} consecutive rest days: no deadline could be
   * counted across it. The refusal names the field that makes the day a rest day.
   */
  public static Violations checkRest(
      WorkingDayCalendar calendar, LocalDate date, DayKind kind, Violations into) {
    if (date == null) {
      return into;
    }
    int run = calendar.with(date, kind).restDaysAround(date);
    into.addIf(
        run > WorkingDayCalendar.LONGEST_REST,
        kind == null ? "date" : "kind",
        "lims.calendar.restTooLong",
        date,
        WorkingDayCalendar.LONGEST_REST);
    return into;
  }

  public static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
