package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.oversight.control.WarningRules.FailingItem;
import cn.foodsafety.lims.oversight.control.WarningRules.Hazard;
import cn.foodsafety.lims.oversight.control.WarningRules.WarningClass;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

  private final WarningRules rules = WarningRules.defaults();

  private static FailingItem other(String times) {
    return new FailingItem(Hazard.OTHER, times == null ? null : new BigDecimal(times));
  }

  @Test
  void aProhibitedSubstanceFoundIsClassA() {
    assertThat(Hazard.of("NOT_DETECTED", false)).isEqualTo(Hazard.PROHIBITED);
    assertThat(Hazard.of("NOT_PERMITTED", false)).isEqualTo(Hazard.PROHIBITED);
    assertThat(rules.classify(new FailingItem(Hazard.PROHIBITED, null))).isEqualTo(WarningClass.A);
  }

  @Test
  void aMicrobiologicalFailureIsAtLeastClassB() {
    assertThat(Hazard.of("LE", true)).isEqualTo(Hazard.MICROBIOLOGICAL);
    assertThat(rules.classify(new FailingItem(Hazard.MICROBIOLOGICAL, new BigDecimal("1.2"))))
        .isEqualTo(WarningClass.B);
    assertThat(rules.classify(new FailingItem(Hazard.MICROBIOLOGICAL, new BigDecimal("12"))))
        .isEqualTo(WarningClass.A);
  }

  @Test
  void timesOverTheLimitGivesTheClassAtEachThreshold() {
    assertThat(rules.classify(other("10"))).isEqualTo(WarningClass.A);
    assertThat(rules.classify(other("9.99"))).isEqualTo(WarningClass.B);
    assertThat(rules.classify(other("5"))).isEqualTo(WarningClass.B);
    assertThat(rules.classify(other("4.9"))).isEqualTo(WarningClass.C);
    assertThat(rules.classify(other("2"))).isEqualTo(WarningClass.C);
    assertThat(rules.classify(other("1.3"))).isEqualTo(WarningClass.D);
    assertThat(rules.classify(other(null))).isEqualTo(WarningClass.D);
  }

  @Test
  void aResultTakesItsMostSeriousItem() {
    assertThat(rules.classify(List.of(other("1.5"), other("6"), other("2.5"))))
        .isEqualTo(WarningClass.B);
    assertThat(rules.classify(List.of())).isEqualTo(WarningClass.D);
  }

  @Test
  void thresholdsComeFromTheSettings() {
    WarningRules strict =
        new WarningRules(BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.ONE);
    assertThat(strict.classify(other("3"))).isEqualTo(WarningClass.A);
    assertThat(strict.classify(other("1.1"))).isEqualTo(WarningClass.C);
  }
}
