package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BalanceIndexTest {

  @Test
  void samplingExactlyAsPlannedIsAHundred() {
    assertThat(BalanceIndex.of(Map.of(1, 10L, 2, 20L), Map.of(1, 5L, 2, 10L)))
        .isEqualByComparingTo("100.0");
  }

  @Test
  void aQuarterOfTheBatchesInTheWrongMonthIsSeventyFive() {
    // plan: 50/50 over two months; taken: 75/25 -> half the distance |0.75-0.5|+|0.25-0.5| = 0.25
    assertThat(BalanceIndex.of(Map.of(1, 75L, 2, 25L), Map.of(1, 10L, 2, 10L)))
        .isEqualByComparingTo("75.0");
  }

  @Test
  void everythingWhereThePlanHasNothingIsZero() {
    assertThat(BalanceIndex.of(Map.of(12, 40L), Map.of(1, 10L, 2, 10L)))
        .isEqualByComparingTo("0.0");
  }

  @Test
  void aPartOnlyInThePlanCountsAsNothingTaken() {
    // plan 1/3 each over three units; taken 60 in A, 60 in B, none in C: 1 - (1/6+1/6+1/3)/2 = 2/3
    assertThat(BalanceIndex.of(Map.of("A", 60L, "B", 60L), Map.of("A", 5L, "B", 5L, "C", 5L)))
        .isEqualByComparingTo("66.7");
  }

  @Test
  void noBatchesOrNoPlanHasNoIndex() {
    assertThat(BalanceIndex.of(Map.of(), Map.of(1, 10L))).isNull();
    assertThat(BalanceIndex.of(Map.of(1, 10L), Map.of())).isNull();
    assertThat(BalanceIndex.of(Map.of(1, 0L), Map.of(1, 10L))).isNull();
  }

  @Test
  void yearEndShareIsNovemberAndDecemberOverTheYear() {
    assertThat(BalanceIndex.yearEndShare(Map.of(1, 30L, 6, 30L, 11, 15L, 12, 25L)))
        .isEqualByComparingTo(new BigDecimal("40.0"));
    assertThat(BalanceIndex.yearEndShare(Map.of())).isNull();
  }

  @Test
  void yearEndOnlyCountsWhenThePeriodReachesIt() {
    assertThat(BalanceIndex.coversYearEnd(Set.of(1, 2, 3))).isFalse();
    assertThat(BalanceIndex.coversYearEnd(Set.of(10, 11, 12))).isTrue();
  }
}
