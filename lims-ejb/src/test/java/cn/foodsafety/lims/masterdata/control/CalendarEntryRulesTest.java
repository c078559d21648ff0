package cn.foodsafety.lims.masterdata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.Violations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarEntryRulesTest {

  private static List<FieldError> check(String date, DayKind kind) {
    return FieldErrors.of(CalendarEntryRules.check(LocalDate.parse(date), kind, new Violations()));
  }

  @Test
  void aMakeUpWorkingDayOnASundayPasses() {
    // 2025-01-26, a Sunday, was worked for the Spring Festival
    assertThat(check("2025-01-26", DayKind.WORKDAY)).isEmpty();
  }

  @Test
  void aMakeUpWorkingDayOnAWeekdayFailsOnTheKind() {
    assertThat(check("2025-01-27", DayKind.WORKDAY))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("kind", "lims.calendar.workdayOnWeekday"));
  }

  @Test
  void aHolidayOnAWeekdayPasses() {
    assertThat(check("2025-01-01", DayKind.HOLIDAY)).isEmpty();
  }

  @Test
  void aHolidayOnAWeekendPassesAsThePublishedPeriodsListThem() {
    // 2025-10-04, a Saturday within the National Day holiday
    assertThat(check("2025-10-04", DayKind.HOLIDAY)).isEmpty();
  }

  @Test
  void theDuplicateMessageNamesTheDateAndTheExistingKind() {
    assertThat(
            Messages.text(
                Locale.ENGLISH,
                "lims.calendar.duplicate",
                LocalDate.parse("2025-01-01"),
                DayKind.HOLIDAY))
        .startsWith("2025-01-01 is already entered as \"holiday\"");
    assertThat(
            Messages.text(
                Messages.CHINESE,
                "lims.calendar.duplicate",
                LocalDate.parse("2025-01-26"),
                DayKind.WORKDAY))
        .startsWith("2025-01-26 已登记为“调休上班”");
  }

  @Test
  void everyCalendarMessageIsTranslated() {
    assertThat(
            List.of(
                "lims.calendar.duplicate",
                "lims.calendar.workdayOnWeekday",
                "lims.calendar.date.fixed",
                "lims.calendar.compute.nothingAsked",
                "lims.calendar.compute.spanTooLong",
                "lims.calendar.restTooLong",
                "enum.DayOfWeek.MONDAY",
                "enum.DayOfWeek.SUNDAY"))
        .allMatch(FieldErrors::translated);
  }

  /**
   * Holidays on every weekday from Saturday 2090-01-07 through Sunday 2091-01-07: 366 rest days in
   * a row, Friday 2090-01-06 and Monday 2091-01-08 working days.
   */
  private static WorkingDayCalendar aYearOfRest() {
    var entries = new HashMap<LocalDate, DayKind>();
    for (LocalDate d = LocalDate.parse("2090-01-07");
        d.isBefore(LocalDate.parse("2091-01-08"));
        d = d.plusDays(1)) {
      if (!CalendarEntryRules.isWeekend(d)) {
        entries.put(d, DayKind.HOLIDAY);
      }
    }
    return new WorkingDayCalendar(entries);
  }

  private static List<FieldError> checkRest(
      WorkingDayCalendar calendar, String date, DayKind kind) {
    return FieldErrors.of(
        CalendarEntryRules.checkRest(calendar, LocalDate.parse(date), kind, new Violations()));
  }

  @Test
  void aYearOfRestInARowIsStillACalendar() {
    WorkingDayCalendar calendar = aYearOfRest();
    assertThat(LocalDate.parse("2090-01-07").getDayOfWeek()).hasToString("SATURDAY");
    assertThat(calendar.restDaysAround(LocalDate.parse("2090-06-01"))).isEqualTo(366);
    assertThat(calendar.addWorkingDays(LocalDate.parse("2090-01-06"), 1))
        .isEqualTo(LocalDate.parse("2091-01-08"));
    // a holiday entered again inside the run keeps it at 366 days
    assertThat(checkRest(calendar, "2090-06-01", DayKind.HOLIDAY)).isEmpty();
  }

  @Test
  void aHolidayThatMakesTheRestLongerThanAYearFailsOnTheKind() {
    // Monday 2091-01-08 as a holiday: 367 rest days in a row
    assertThat(checkRest(aYearOfRest(), "2091-01-08", DayKind.HOLIDAY))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("kind", "lims.calendar.restTooLong"));
    // the Friday before it likewise, from the other end
    assertThat(checkRest(aYearOfRest(), "2090-01-06", DayKind.HOLIDAY))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("kind", "lims.calendar.restTooLong"));
  }

  @Test
  void aHolidayBesideAShortRestPasses() {
    // Friday 2091-01-12 before its weekend: a rest of three days
    assertThat(
            aYearOfRest()
                .with(LocalDate.parse("2091-01-12"), DayKind.HOLIDAY)
                .restDaysAround(LocalDate.parse("2091-01-12")))
        .isEqualTo(3);
    assertThat(checkRest(aYearOfRest(), "2091-01-12", DayKind.HOLIDAY)).isEmpty();
  }

  @Test
  void removingAMakeUpWorkingDayThatJoinsTwoRestsIntoOneTooLongFailsOnTheDate() {
    // the year of rest and Monday 2091-01-08, split by a make-up working Saturday 2090-07-01
    WorkingDayCalendar split =
        aYearOfRest()
            .with(LocalDate.parse("2091-01-08"), DayKind.HOLIDAY)
            .with(LocalDate.parse("2090-07-01"), DayKind.WORKDAY);
    assertThat(split.restDaysAround(LocalDate.parse("2090-06-30"))).isEqualTo(175);
    assertThat(split.restDaysAround(LocalDate.parse("2090-07-02"))).isEqualTo(191);
    assertThat(checkRest(split, "2090-07-01", null))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("date", "lims.calendar.restTooLong"));
  }

  @Test
  void theRestMessageNamesTheDateAndTheLimit() {
    assertThat(
            Messages.text(
                Locale.ENGLISH, "lims.calendar.restTooLong", LocalDate.parse("2091-01-07"), 366))
        .startsWith("with this entry 2091-01-07 would lie in more than 366 rest days in a row");
    assertThat(
            Messages.text(
                Messages.CHINESE, "lims.calendar.restTooLong", LocalDate.parse("2091-01-07"), 366))
        .startsWith("登记后 2091-01-07 所在的连续休息日将超过 366 天");
  }
}
