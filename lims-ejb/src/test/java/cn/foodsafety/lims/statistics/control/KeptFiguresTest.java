package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.control.ChangeLog;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The figures kept in memory, with a fake clock and fingerprints. */
class KeptFiguresTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private final KeptFigures<String> kept = new KeptFigures<>(3, nanos::get);

  private final Object reference = new Object();

  private final AtomicInteger computed = new AtomicInteger();

  private static final ChangeLog.Fingerprint F1 = new ChangeLog.Fingerprint(3, 6);

  private static final ChangeLog.Fingerprint F2 = new ChangeLog.Fingerprint(4, 10);

  private KeptFigures.Key key(int year) {
    Period p =
        new Period(
            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31), "");
    return KeptFigures.Key.of(
        p, new Scope(null, null, Set.of(1L, 2L), null, null, null), Set.of(2L), reference);
  }

  private String get(KeptFigures.Key key, ChangeLog.Fingerprint f) throws SQLException {
    return kept.get(key, f, () -> "figures " + computed.incrementAndGet());
  }

  @Test
  void theSameKeyAndFingerprintAreAnsweredFromMemory() throws SQLException {
    assertThat(get(key(2025), F1)).isEqualTo("figures 1");
    assertThat(get(key(2025), F1)).isEqualTo("figures 1");
    assertThat(kept.hits()).isEqualTo(1);
    assertThat(kept.misses()).isEqualTo(1);
  }

  @Test
  void anotherFingerprintComputesAgain() throws SQLException {
    get(key(2025), F1);
    assertThat(get(key(2025), F2)).isEqualTo("figures 2");
    assertThat(get(key(2025), F2)).isEqualTo("figures 2");
    // back to an older fingerprint (a reader that looked before the change): computed again
    assertThat(get(key(2025), F1)).isEqualTo("figures 3");
  }

  @Test
  void anotherPeriodScopeOrReferenceIsAnotherKey() throws SQLException {
    get(key(2025), F1);
    assertThat(get(key(2024), F1)).isEqualTo("figures 2");
    Period p = key(2025).period();
    Scope s = key(2025).scope();
    assertThat(kept.get(KeptFigures.Key.of(p, s, Set.of(2L), new Object()), F1, () -> "other"))
        .isEqualTo("other");
    Scope narrower = new Scope("COUNTY", null, Set.of(1L, 2L), null, null, null);
    assertThat(kept.get(KeptFigures.Key.of(p, narrower, Set.of(2L), reference), F1, () -> "county"))
        .isEqualTo("county");
    Period earlierAsOf = new Period(p.from(), p.to(), LocalDate.of(2025, 6, 30), "");
    assertThat(
            kept.get(KeptFigures.Key.of(earlierAsOf, s, Set.of(2L), reference), F1, () -> "june"))
        .isEqualTo("june");
  }

  @Test
  void keptFiguresAreNotReusedLongerThanTheChangeLogAllows() throws SQLException {
    get(key(2025), F1);
    nanos.addAndGet(ChangeLog.REUSE.toNanos() - 1);
    assertThat(get(key(2025), F1)).isEqualTo("figures 1");
    nanos.addAndGet(1);
    assertThat(get(key(2025), F1)).isEqualTo("figures 2");
  }

  @Test
  void theLeastRecentlyUsedKeyGoesFirst() throws SQLException {
    get(key(2021), F1);
    get(key(2022), F1);
    get(key(2023), F1);
    get(key(2021), F1); // used again
    get(key(2024), F1); // 2022 goes
    assertThat(kept.size()).isEqualTo(3);
    assertThat(get(key(2021), F1)).isEqualTo("figures 1");
    assertThat(get(key(2022), F1)).isEqualTo("figures 5");
  }

  @Test
  void aFailedComputationIsNotKept() throws SQLException {
    assertThatThrownBy(
            () ->
                kept.get(
                    key(2025),
                    F1,
                    () -> {
                      throw new SQLException("down");
                    }))
        .isInstanceOf(SQLException.class);
    assertThat(get(key(2025), F1)).isEqualTo("figures 1");
  }

  @Test
  void readersMissingAtOnceWaitForOneComputation() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Future<String> first =
          pool.submit(
              () ->
                  kept.get(
                      key(2025),
                      F1,
                      () -> {
                        started.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          throw new IllegalStateException(e);
                        }
                        return "figures " + computed.incrementAndGet();
                      }));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      List<Future<String>> others = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        others.add(pool.submit(() -> get(key(2025), F1)));
      }
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("figures 1");
      for (Future<String> f : others) {
        assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo("figures 1");
      }
      assertThat(computed.get()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
