package cn.foodsafety.lims.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

  private final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void failuresCountInARowAndALockHoldsUntilItsEnd() {
    SignInGuard g = new SignInGuard(7);
    assertThat(g.fail(t0)).isEqualTo(1);
    assertThat(g.fail(t0.plusSeconds(1))).isEqualTo(2);
    g.lockUntil(t0.plus(Duration.ofMinutes(15)));
    assertThat(g.isLocked(t0.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(g.isLocked(t0.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aLockThatRanOutStartsTheCountAgain() {
    SignInGuard g = new SignInGuard(7);
    for (int i = 0; i < 5; i++) {
      g.fail(t0);
    }
    g.lockUntil(t0.plus(Duration.ofMinutes(15)));
    assertThat(g.fail(t0.plus(Duration.ofMinutes(16)))).isEqualTo(1);
    assertThat(g.getLockedUntil()).isNull();
  }

  @Test
  void resetEndsLockAndCount() {
    SignInGuard g = new SignInGuard(7);
    g.fail(t0);
    g.lockUntil(t0.plus(Duration.ofMinutes(15)));
    g.reset();
    assertThat(g.isLocked(t0)).isFalse();
    assertThat(g.getFailures()).isZero();
  }
}
