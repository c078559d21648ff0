package cn.foodsafety.lims.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.boundary.TimerClaims;
import jakarta.ejb.ScheduleExpression;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchedulesTest {

  @Test
  void theDefaultSweepScheduleIsFiveMinutesPastOneEveryDayBeijingTime() {
    ScheduleExpression e = Schedules.parse("hour=1 minute=5", "Asia/Shanghai");
    assertThat(e.getHour()).isEqualTo("1");
    assertThat(e.getMinute()).isEqualTo("5");
    assertThat(e.getSecond()).isEqualTo("0");
    assertThat(e.getDayOfMonth()).isEqualTo("*");
    assertThat(e.getTimezone()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void everyMinuteForTheClusterTest() {
    ScheduleExpression e = Schedules.parse("hour=*;minute=*, second=0", "Asia/Shanghai");
    assertThat(e.getHour()).isEqualTo("*");
    assertThat(e.getMinute()).isEqualTo("*");
  }

  @Test
  void aTypoIsRefusedInsteadOfSchedulingSomethingElse() {
    assertThatThrownBy(() -> Schedules.parse("hours=1", "UTC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hours=1");
    assertThatThrownBy(() -> Schedules.parse("minute=", "UTC"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedules.parse(" ", "UTC"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serversWhoseClocksDifferBySecondsAgreeOnTheSlotOfAFiring() {
    Instant slot = Instant.parse("2026-12-04T17:05:00Z");
    assertThat(TimerClaims.slot(Instant.parse("2026-12-04T17:04:51Z"))).isEqualTo(slot);
    assertThat(TimerClaims.slot(Instant.parse("2026-12-04T17:05:00.400Z"))).isEqualTo(slot);
    assertThat(TimerClaims.slot(Instant.parse("2026-12-04T17:05:29Z"))).isEqualTo(slot);
    assertThat(TimerClaims.slot(Instant.parse("2026-12-04T17:05:31Z")))
        .isEqualTo(Instant.parse("2026-12-04T17:06:00Z"));
  }
}
