package cn.foodsafety.lims.masterdata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.SeededCalendar;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the real 2025/2026 calendar (the seeded migration's rows). */
class WorkingDayCalendarTest {

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void loadTheSeededCalendar() throws IOException {
    calendar = SeededCalendar.load();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void makeUpSundayBeforeSpringFestivalIsAWorkingDay() {
    assertThat(calendar.isWorkingDay(d("2025-01-26"))).isTrue(); // Sunday, 春节调休
    assertThat(calendar.isWorkingDay(d("2025-01-28"))).isFalse(); // Tuesday, 春节
    assertThat(calendar.isWorkingDay(d("2025-02-08"))).isTrue(); // Saturday, 春节调休
    assertThat(calendar.isWorkingDay(d("2025-02-09"))).isFalse(); // plain Sunday
  }

  @Test
  void fiveWorkingDaysAcrossSpringFestival2025() {
    // Friday 24 Jan: Sun 26 (make-up) and Mon 27 count, 28 Jan - 4 Feb are holidays,
    // then Wed 5, Thu 6, Fri 7 Feb.
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 5)).isEqualTo(d("2025-02-07"));
    // the make-up Saturday 8 Feb is the sixth
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 6)).isEqualTo(d("2025-02-08"));
  }

  @Test
  void nonConformingConclusionApprovedBeforeNationalDayIsDueOnTheTenth() {
    // DOMAIN.md: approved 2025-09-30, reported within 2 working days: by 2025-10-10.
    assertThat(calendar.addWorkingDays(d("2025-09-30"), 2)).isEqualTo(d("2025-10-10"));
  }

  @Test
  void makeUpSaturdayAfterNationalDayCounts() {
    // 2025-10-11 is a Saturday worked in exchange for the holiday
    assertThat(calendar.addWorkingDays(d("2025-10-10"), 1)).isEqualTo(d("2025-10-11"));
  }

  @Test
  void twentyWorkingDaysAcrossTheYearEnd() {
    // received Mon 15 Dec 2025: 16-31 Dec has 12 working days, 1 Jan 2026 is 元旦; the 2026
    // notice makes Sunday 4 Jan a working day.
    LocalDate due = calendar.addWorkingDays(d("2025-12-15"), 20);
    assertThat(calendar.workingDaysBetween(d("2025-12-15"), due)).isEqualTo(20);
    assertThat(due).isEqualTo(expectedByCounting(d("2025-12-15"), 20));
  }

  @Test
  void countingIsTheInverseOfAdding() {
    LocalDate from = d("2025-01-20");
    for (int n = 0; n < 60; n++) {
      assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
    }
  }

  @Test
  void workingDaysBetweenIsNegativeBackwards() {
    assertThat(calendar.workingDaysBetween(d("2025-10-10"), d("2025-09-30"))).isEqualTo(-2);
    assertThat(calendar.workingDaysBetween(d("2025-10-10"), d("2025-10-10"))).isZero();
  }

  @Test
  void ninetyCalendarDaysEndingOnARestDayMoveToTheNextWorkingDay() {
    // 2025-07-03 + 90 days = 2025-10-01 (National Day): the period ends on Thu 9 Oct.
    assertThat(calendar.addCalendarDays(d("2025-07-03"), 90)).isEqualTo(d("2025-10-09"));
    // a plain working day stays
    assertThat(calendar.addCalendarDays(d("2025-03-03"), 90)).isEqualTo(d("2025-06-03"));
  }

  @Test
  void coversOnlyPublishedYears() {
    assertThat(calendar.covers(2025)).isTrue();
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2027)).isFalse();
  }

  @Test
  void negativeCountIsRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-01-01"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** An independent count: walk day by day with the published lists. */
  private static LocalDate expectedByCounting(LocalDate from, int n) {
    var holidays2026 = java.util.Set.of(d("2026-01-01"), d("2026-01-02"), d("2026-01-03"));
    LocalDate d = from;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      boolean working = d.equals(d("2026-01-04")) || (!weekend && !holidays2026.contains(d));
      if (working) {
        counted++;
      }
    }
    return d;
  }
}
