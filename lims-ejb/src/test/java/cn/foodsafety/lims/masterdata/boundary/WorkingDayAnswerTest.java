package cn.foodsafety.lims.masterdata.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The working-day question of the API, on the 2025 National Day holiday. */
class WorkingDayAnswerTest {

  private static final WorkingDayCalendar CALENDAR2025 = nationalDay2025();

  private static WorkingDayCalendar nationalDay2025() {
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (LocalDate d = d("2025-10-01"); !d.isAfter(d("2025-10-08")); d = d.plusDays(1)) {
      days.put(d, DayKind.HOLIDAY);
    }
    days.put(d("2025-09-28"), DayKind.WORKDAY);
    days.put(d("2025-10-11"), DayKind.WORKDAY);
    return new WorkingDayCalendar(days);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theDueDateSkipsTheHolidayPeriod() {
    WorkingDayAnswer answer = WorkingDayAnswer.compute(CALENDAR2025, d("2025-09-30"), 2, null);

    assertThat(answer.dueDate()).isEqualTo(d("2025-10-10"));
    assertThat(answer.workingDaysBetween()).isNull();
    assertThat(answer.years()).containsExactly(2025);
    assertThat(answer.calendarCovers()).isTrue();
    assertThat(answer.uncoveredYears()).isEmpty();
  }

  @Test
  void workingDaysBetweenCountsTheMakeUpSaturday() {
    WorkingDayAnswer answer =
        WorkingDayAnswer.compute(CALENDAR2025, d("2025-09-30"), null, d("2025-10-12"));

    // 9 and 10 October, and Saturday 11 October worked in exchange
    assertThat(answer.workingDaysBetween()).isEqualTo(3);
    assertThat(answer.dueDate()).isNull();
  }

  @Test
  void bothQuestionsAreAnsweredTogether() {
    WorkingDayAnswer answer =
        WorkingDayAnswer.compute(CALENDAR2025, d("2025-09-26"), 1, d("2025-09-29"));

    // Sunday 28 September is a make-up working day
    assertThat(answer.dueDate()).isEqualTo(d("2025-09-28"));
    assertThat(answer.workingDaysBetween()).isEqualTo(2);
  }

  @Test
  void anEndDateBeforeTheStartGivesANegativeCount() {
    assertThat(
            WorkingDayAnswer.compute(CALENDAR2025, d("2025-10-10"), null, d("2025-09-30"))
                .workingDaysBetween())
        .isEqualTo(-2);
  }

  @Test
  void aDueDateInAYearWithoutCalendarIsFlagged() {
    WorkingDayAnswer answer = WorkingDayAnswer.compute(CALENDAR2025, d("2025-12-20"), 20, null);

    assertThat(answer.dueDate().getYear()).isEqualTo(2026);
    assertThat(answer.years()).containsExactly(2025, 2026);
    assertThat(answer.calendarCovers()).isFalse();
    assertThat(answer.uncoveredYears()).containsExactly(2026);
  }

  @Test
  void anEarlierEndDateWidensTheYearsBackwards() {
    WorkingDayAnswer answer =
        WorkingDayAnswer.compute(CALENDAR2025, d("2025-01-05"), 0, d("2023-12-29"));

    assertThat(answer.dueDate()).isEqualTo(d("2025-01-05"));
    assertThat(answer.years()).containsExactly(2023, 2024, 2025);
    assertThat(answer.uncoveredYears()).containsExactly(2023, 2024);
  }

  @Test
  void aQuestionWithoutDaysOrEndDateFails() {
    assertThatThrownBy(() -> WorkingDayAnswer.compute(CALENDAR2025, d("2025-01-05"), null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::key)
                    .containsExactly(tuple("workingDays", "lims.calendar.compute.nothingAsked")));
  }

  @Test
  void aQuestionWithoutStartFails() {
    assertThatThrownBy(() -> WorkingDayAnswer.compute(CALENDAR2025, null, 5, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("from"));
  }

  @Test
  void negativeOrHugeWorkingDaysFail() {
    assertThatThrownBy(() -> WorkingDayAnswer.compute(CALENDAR2025, d("2025-01-05"), -1, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::key)
                    .containsExactly("lims.field.notNegative"));
    assertThatThrownBy(
            () ->
                WorkingDayAnswer.compute(
                    CALENDAR2025, d("2025-01-05"), WorkingDayAnswer.MAX_WORKING_DAYS + 1, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::key)
                    .containsExactly("lims.field.max"));
  }

  @Test
  void datesTooFarApartFail() {
    assertThatThrownBy(
            () -> WorkingDayAnswer.compute(CALENDAR2025, d("2025-01-05"), null, d("2040-01-01")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::key)
                    .containsExactly(tuple("to", "lims.calendar.compute.spanTooLong")));
  }
}
