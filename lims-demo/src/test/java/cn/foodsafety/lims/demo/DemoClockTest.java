package cn.foodsafety.lims.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DemoClockTest {

  private final DemoClock clock = new DemoClock(ZoneOffset.UTC);
  private final Instant moment = Instant.parse("2026-03-02T01:30:00Z");

  @Test
  void nowIsTheMomentOfTheStepOnTheWritingThread() {
    Instant seen = DemoClock.at(moment, clock::instant);
    assertThat(seen).isEqualTo(moment);
  }

  @Test
  void otherThreadsAndLaterCallsSeeTheSystemClock() throws Exception {
    Instant other =
        DemoClock.at(moment, () -> CompletableFuture.supplyAsync(clock::instant).join());
    assertThat(Duration.between(other, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    assertThat(Duration.between(clock.instant(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aNestedMomentIsUndoneAfterItsStep() {
    Instant later = moment.plusSeconds(3600);
    Instant after =
        DemoClock.at(
            moment,
            () -> {
              assertThat(DemoClock.at(later, clock::instant)).isEqualTo(later);
              return clock.instant();
            });
    assertThat(after).isEqualTo(moment);
  }

  @Test
  void aZonedCopyKeepsTheMoment() {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    Instant seen = DemoClock.at(moment, () -> clock.withZone(china).instant());
    assertThat(seen).isEqualTo(moment);
    assertThat(clock.withZone(china).getZone()).isEqualTo(china);
  }
}
