package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.DayKind;
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

  public static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
