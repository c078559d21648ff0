package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.statistics.control.DisposalRates.CaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisposalRatesTest {

  private static final LocalDate AS_OF = LocalDate.parse("2025-12-31");
  private static final LocalDate DEADLINE = LocalDate.parse("2025-11-28");

  private static CaseFacts completedOn(String day) {
    return new CaseFacts(LocalDate.parse("2025-09-01"), LocalDate.parse(day), DEADLINE, null);
  }

  @Test
  void caseCompletedOnItsDeadlineDayIsOnTime() {
    var r = DisposalRates.of(List.of(completedOn("2025-11-28")), AS_OF);
    assertThat(r.onTime().numerator()).isEqualTo(1);
    assertThat(r.onTime().denominator()).isEqualTo(1);
    assertThat(r.onTime().display()).isEqualTo("100.0%");
  }

  @Test
  void caseCompletedTheDayAfterIsLate() {
    var r = DisposalRates.of(List.of(completedOn("2025-11-29")), AS_OF);
    assertThat(r.onTime().numerator()).isZero();
    assertThat(r.onTime().denominator()).isEqualTo(1);
    assertThat(r.completion().display()).isEqualTo("100.0%");
  }

  @Test
  void approvedExtensionMovesTheDeadlineThatCounts() {
    var extended =
        new CaseFacts(
            LocalDate.parse("2025-09-01"),
            LocalDate.parse("2025-12-15"),
            LocalDate.parse("2025-12-20"),
            null);
    assertThat(DisposalRates.of(List.of(extended), AS_OF).onTime().numerator()).isEqualTo(1);
  }

  @Test
  void overturnedCaseCountsNowhere() {
    var overturned =
        new CaseFacts(LocalDate.parse("2025-09-01"), null, DEADLINE, LocalDate.parse("2025-09-20"));
    var r = DisposalRates.of(List.of(overturned, completedOn("2025-10-01")), AS_OF);
    assertThat(r.disposal().denominator()).isEqualTo(1);
    assertThat(r.completion().denominator()).isEqualTo(1);
    assertThat(r.onTime().denominator()).isEqualTo(1);
  }

  @Test
  void openCaseNotYetDueCountsInNeitherPartOfTheOnTimeRate() {
    var open =
        new CaseFacts(LocalDate.parse("2025-12-01"), null, LocalDate.parse("2026-03-01"), null);
    var r = DisposalRates.of(List.of(open), AS_OF);
    assertThat(r.onTime().denominator()).isZero();
    assertThat(r.onTime().display()).isEqualTo("-");
    assertThat(r.onTime().percent()).isNull();
    assertThat(r.disposal().display()).isEqualTo("100.0%");
    assertThat(r.completion().display()).isEqualTo("0.0%");
  }

  @Test
  void openCasePastItsDeadlineCountsAsLate() {
    var overdue = new CaseFacts(null, null, DEADLINE, null);
    var r = DisposalRates.of(List.of(overdue, completedOn("2025-10-01")), AS_OF);
    assertThat(r.onTime().numerator()).isEqualTo(1);
    assertThat(r.onTime().denominator()).isEqualTo(2);
    assertThat(r.disposal().numerator()).isEqualTo(1);
    assertThat(r.disposal().denominator()).isEqualTo(2);
  }

  @Test
  void whatHappensAfterTheReportingDateHasNotHappenedYet() {
    var r = DisposalRates.of(List.of(completedOn("2025-11-20")), LocalDate.parse("2025-10-31"));
    assertThat(r.completion().numerator()).isZero();
    assertThat(r.onTime().denominator()).isZero();
  }

  @Test
  void noCasesGiveNoRatesNotZeroOrHundredPercent() {
    var r = DisposalRates.of(List.of(), AS_OF);
    assertThat(r.disposal().display()).isEqualTo("-");
    assertThat(r.completion().display()).isEqualTo("-");
    assertThat(r.onTime().display()).isEqualTo("-");
    assertThat(r.onTime().meets(new BigDecimal("90"))).isFalse();
  }

  @Test
  void targetIsMetExactlyAtTheBoundary() {
    var nineOfTen = new DisposalRates.Rate(9, 10);
    assertThat(nineOfTen.meets(new BigDecimal("90"))).isTrue();
    assertThat(new DisposalRates.Rate(85, 100).meets(new BigDecimal("85"))).isTrue();
    assertThat(new DisposalRates.Rate(84, 100).meets(new BigDecimal("85"))).isFalse();
  }
}
