package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conclusion deadlines on the 2025 National Day holidays (DOMAIN.md's example). */
class LabDeadlinesTest {

  private static WorkingDayCalendar calendar() {
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (int d = 1; d <= 8; d++) {
      days.put(LocalDate.of(2025, 10, d), DayKind.HOLIDAY);
    }
    days.put(LocalDate.of(2025, 9, 28), DayKind.WORKDAY);
    days.put(LocalDate.of(2025, 10, 11), DayKind.WORKDAY);
    return new WorkingDayCalendar(days);
  }

  @Test
  void aNonConformingConclusionApprovedBeforeTheHolidaysIsDueOnTheTenth() {
    assertThat(
            LabDeadlines.conclusionDue(
                calendar(), LocalDate.of(2025, 9, 30), Verdict.NON_CONFORMING))
        .isEqualTo(LocalDate.of(2025, 10, 10));
  }

  @Test
  void aConformingConclusionHasSevenWorkingDays() {
    // 10-09, 10-10, 10-11 (make-up day), 10-13, 10-14, 10-15, 10-16
    assertThat(
            LabDeadlines.conclusionDue(calendar(), LocalDate.of(2025, 9, 30), Verdict.CONFORMING))
        .isEqualTo(LocalDate.of(2025, 10, 16));
  }
}
