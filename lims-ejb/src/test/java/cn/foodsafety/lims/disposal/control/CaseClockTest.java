package cn.foodsafety.lims.disposal.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseClock.Refusal;
import cn.foodsafety.lims.disposal.entity.Urgency;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseClockTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  /** National Day 2025 as published: 1-8 October off, Sunday 28 Sep and Saturday 11 Oct worked. */
  private static final CaseClock CLOCK;

  static {
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (int i = 1; i <= 8; i++) {
      days.put(LocalDate.of(2025, 10, i), DayKind.HOLIDAY);
    }
    days.put(d("2025-09-28"), DayKind.WORKDAY);
    days.put(d("2025-10-11"), DayKind.WORKDAY);
    CLOCK = new CaseClock(new WorkingDayCalendar(days));
  }

  @Test
  void ninetyDaysEndingInTheHolidayMoveToTheNextWorkingDay() {
    assertThat(CLOCK.statutoryDeadline(d("2025-07-03"), 90)).isEqualTo(d("2025-10-09"));
    assertThat(CLOCK.statutoryDeadline(d("2025-06-02"), 90)).isEqualTo(d("2025-09-01"));
  }

  @Test
  void completedOnTheDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
    LocalDate deadline = d("2025-10-09");
    assertThat(CaseClock.completedOnTime(d("2025-10-09"), deadline)).isTrue();
    assertThat(CaseClock.completedOnTime(d("2025-10-10"), deadline)).isFalse();
  }

  @Test
  void anApprovedExtensionIsTheDeadlineThatCounts() {
    LocalDate statutory = d("2025-10-09");
    LocalDate extended = CaseClock.effectiveDeadline(statutory, Optional.of(d("2025-11-30")));
    assertThat(CaseClock.completedOnTime(d("2025-11-20"), extended)).isTrue();
    // a rejected extension leaves the statutory deadline
    assertThat(CaseClock.effectiveDeadline(statutory, Optional.empty())).isEqualTo(statutory);
    assertThat(CaseClock.completedOnTime(d("2025-11-20"), statutory)).isFalse();
  }

  @Test
  void reinspectionWindowIsSevenWorkingDaysAcrossTheHoliday() {
    // delivered Tue 30 Sep: 9, 10, 11 (Sat, worked), 13, 14, 15, 16 October
    assertThat(CLOCK.reinspectionWindowEnd(d("2025-09-30"))).isEqualTo(d("2025-10-16"));
    assertThat(CLOCK.reinspectionRefusal(d("2025-09-30"), d("2025-10-16"), false, false)).isEmpty();
    assertThat(CLOCK.reinspectionRefusal(d("2025-09-30"), d("2025-10-17"), false, false))
        .contains(Refusal.AFTER_WINDOW);
  }

  @Test
  void noReinspectionForMicrobiologicalFailuresOrExpiredBackups() {
    assertThat(CLOCK.reinspectionRefusal(d("2025-09-01"), d("2025-09-02"), true, false))
        .contains(Refusal.MICROBIOLOGICAL);
    assertThat(CLOCK.reinspectionRefusal(d("2025-09-01"), d("2025-09-02"), false, true))
        .contains(Refusal.BACKUP_EXPIRED);
  }

  @Test
  void designationIsDueFiveWorkingDaysAfterAcceptance() {
    // Fri 26 Sep: Sun 28 (worked), Mon 29, Tue 30, then Thu 9 and Fri 10 October
    assertThat(CLOCK.designationDue(d("2025-09-26"))).isEqualTo(d("2025-10-10"));
  }

  @Test
  void urgencyOnTheDeadlineAndAroundIt() {
    LocalDate deadline = d("2025-12-31");
    assertThat(CaseClock.urgency(deadline, d("2025-12-01"), 15)).isEqualTo(Urgency.ON_TRACK);
    assertThat(CaseClock.urgency(deadline, d("2025-12-16"), 15)).isEqualTo(Urgency.DUE_SOON);
    assertThat(CaseClock.urgency(deadline, d("2025-12-31"), 15)).isEqualTo(Urgency.DUE_SOON);
    assertThat(CaseClock.urgency(deadline, d("2026-01-01"), 15)).isEqualTo(Urgency.OVERDUE);
  }
}
