package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.oversight.control.PublicationDeadline.Status;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationDeadlineTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void twentyWorkingDaysSkipWeekendsAndHolidays() {
    // approved Friday 2025-09-26; National Day week 10-01..10-08 off, Sunday 09-28 and Saturday
    // 10-11 worked (调休)
    WorkingDayCalendar cal =
        new WorkingDayCalendar(
            Map.of(
                d("2025-09-28"), DayKind.WORKDAY,
                d("2025-10-01"), DayKind.HOLIDAY,
                d("2025-10-02"), DayKind.HOLIDAY,
                d("2025-10-03"), DayKind.HOLIDAY,
                d("2025-10-06"), DayKind.HOLIDAY,
                d("2025-10-07"), DayKind.HOLIDAY,
                d("2025-10-08"), DayKind.HOLIDAY,
                d("2025-10-11"), DayKind.WORKDAY));
    // working days: 9-28, 9-29, 9-30 (3), 10-9, 10-10, 10-11 (6), 10-13..10-17 (11),
    // 10-20..10-24 (16), 10-27, 10-28, 10-29, 10-30: the 20th is 10-30
    assertThat(PublicationDeadline.deadline(d("2025-09-26"), 20, cal)).isEqualTo(d("2025-10-30"));
  }

  @Test
  void statusOnTheAsOfDay() {
    LocalDate deadline = d("2025-10-28");
    assertThat(PublicationDeadline.status(deadline, d("2025-10-28"), d("2025-12-31")))
        .isEqualTo(Status.ON_TIME);
    assertThat(PublicationDeadline.status(deadline, d("2025-10-29"), d("2025-12-31")))
        .isEqualTo(Status.LATE);
    assertThat(PublicationDeadline.status(deadline, null, d("2025-12-31")))
        .isEqualTo(Status.OVERDUE);
    // published after the as-of day: not yet published on that day
    assertThat(PublicationDeadline.status(deadline, d("2025-11-05"), d("2025-11-01")))
        .isEqualTo(Status.OVERDUE);
    assertThat(PublicationDeadline.status(deadline, d("2025-10-01"), d("2025-10-20")))
        .isEqualTo(Status.NOT_YET_DUE);
    assertThat(Status.NOT_YET_DUE.due()).isFalse();
    assertThat(Status.LATE.due()).isTrue();
  }
}
