package cn.foodsafety.lims.masterdata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.Violations;
import java.time.LocalDate;
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
                "enum.DayOfWeek.MONDAY",
                "enum.DayOfWeek.SUNDAY"))
        .allMatch(FieldErrors::translated);
  }
}
