package cn.foodsafety.lims.sampling.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aConformingConclusionKeepsTheBackupThreeMonths() {
    assertThat(BackupRetention.retentionEnd(d("2026-03-31"), true, null))
        .isEqualTo(d("2026-06-30"));
  }

  @Test
  void aNonConformingConclusionKeepsTheBackupSixMonths() {
    assertThat(BackupRetention.retentionEnd(d("2026-03-02"), false, null))
        .isEqualTo(d("2026-09-02"));
  }

  @Test
  void anEarlierEndOfShelfLifeEndsTheRetention() {
    assertThat(BackupRetention.retentionEnd(d("2026-03-02"), false, d("2026-03-20")))
        .isEqualTo(d("2026-03-20"));
    assertThat(BackupRetention.retentionEnd(d("2026-03-02"), true, d("2027-01-01")))
        .isEqualTo(d("2026-06-02"));
  }

  @Test
  void withoutAConclusionThereIsNoEndYet() {
    assertThat(BackupRetention.retentionEnd(null, null, d("2026-03-20"))).isNull();
    assertThat(BackupRetention.disposable(null, false, d("2030-01-01"))).isFalse();
  }

  @Test
  void aBackupIsDisposableTheDayAfterItsRetentionEndsUnlessARequestIsPending() {
    LocalDate end = d("2026-06-30");
    assertThat(BackupRetention.disposable(end, false, d("2026-06-30"))).isFalse();
    assertThat(BackupRetention.disposable(end, false, d("2026-07-01"))).isTrue();
    assertThat(BackupRetention.disposable(end, true, d("2026-12-01"))).isFalse();
    assertThat(BackupRetention.overdue(end, true, d("2026-12-01"))).isFalse();
    assertThat(BackupRetention.overdue(end, false, d("2026-07-01"))).isTrue();
  }

  @Test
  void aReinspectionNeedsABackupInTheStoreAndNotExpired() {
    LocalDate end = d("2026-09-02");
    assertThat(BackupRetention.usableFor(true, end, d("2026-09-02"))).isTrue();
    assertThat(BackupRetention.usableFor(true, end, d("2026-09-03"))).isFalse();
    assertThat(BackupRetention.usableFor(false, end, d("2026-04-01"))).isFalse();
    assertThat(BackupRetention.usableFor(true, null, d("2026-04-01"))).isTrue();
  }

  @Test
  void theWeekRunsFromMondayToSunday() {
    LocalDate[] w = BackupRetention.week(d("2026-10-08"));
    assertThat(w).containsExactly(d("2026-10-05"), d("2026-10-11"));
  }
}
