package cn.foodsafety.lims.disposal.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.SeededCalendar;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.results.control.LabDeadlines;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadlines of notification on the working-day calendar as seeded (the national calendar of
 * 2025 and 2026: National Day 1-8 October 2025 with make-up Saturday 11 October, Spring Festival
 * 15-23 February 2026 with make-up Saturdays 14 and 28 February): delivery of the result within 5
 * working days of receipt (Art. 29), the producer investigation within 30 working days, and the 24
 * hours of a serious hazard, which count holidays too.
 */
class NotificationDeadlinesTest {

  private static WorkingDayCalendar calendar;
  private static NotificationClock clock;

  @BeforeAll
  static void loadTheSeededCalendar() throws IOException {
    calendar = SeededCalendar.load();
    clock = new NotificationClock(calendar);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aResultReceivedBeforeNationalDayIsDeliveredFiveWorkingDaysLater() {
    // 9, 10, 11 (make-up Saturday), 13, 14 October: the holidays 1-8 October do not count
    assertThat(clock.deliveryDue(d("2025-09-30"), 5)).isEqualTo(d("2025-10-14"));
    // an ordinary week: Monday to Monday
    assertThat(clock.deliveryDue(d("2025-09-15"), 5)).isEqualTo(d("2025-09-22"));
  }

  @Test
  void aResultReceivedBeforeSpringFestivalIsDeliveredAfterIt() {
    // 13, 14 (make-up Saturday), then 24, 25, 26 February 2026
    assertThat(clock.deliveryDue(d("2026-02-12"), 5)).isEqualTo(d("2026-02-26"));
  }

  @Test
  void theProducerInvestigationRunsThirtyWorkingDaysAcrossSpringFestival() {
    // 11 working days to 14 February, 16 to the 28th (make-up), 30 on 19 March
    assertThat(clock.investigationDue(d("2026-01-30"), 30)).isEqualTo(d("2026-03-19"));
  }

  @Test
  void aDeliveryOnTheDueDayIsOnTimeTheDayAfterLate() {
    LocalDate due = d("2025-10-14");
    assertThat(NotificationClock.late(due, due, d("2025-10-20"))).isFalse();
    assertThat(NotificationClock.late(due, d("2025-10-15"), d("2025-10-20"))).isTrue();
    assertThat(NotificationClock.late(due, null, due)).isFalse();
    assertThat(NotificationClock.late(due, null, d("2025-10-15"))).isTrue();
  }

  @Test
  void aSeriousHazardIsReportedWithinTwentyFourHoursEvenOnAHoliday() {
    Instant approved = Instant.parse("2025-09-30T08:00:00Z"); // 16:00 Beijing time
    // two working days would end on 10 October (DOMAIN.md's example); 24 hours end on 1 October
    assertThat(LabDeadlines.conclusionDue(calendar, d("2025-09-30"), Verdict.NON_CONFORMING))
        .isEqualTo(d("2025-10-10"));
    assertThat(LabDeadlines.seriousHazardDue(approved, 24)).isEqualTo(d("2025-10-01"));
    assertThat(LabDeadlines.reportedWithin(approved, Instant.parse("2025-10-01T08:00:00Z"), 24))
        .isTrue();
    assertThat(LabDeadlines.reportedWithin(approved, Instant.parse("2025-10-01T08:00:01Z"), 24))
        .isFalse();
    assertThat(LabDeadlines.reportedWithin(approved, null, 24)).isFalse();
  }
}
