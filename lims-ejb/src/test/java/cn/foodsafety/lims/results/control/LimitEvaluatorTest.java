package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.ComparisonMethod;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.results.control.LimitEvaluator.Measurement;
import cn.foodsafety.lims.results.entity.Judgment;
import cn.foodsafety.lims.results.entity.Units;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Judgments with the values of published sampling notices (limits-from-notices.csv). */
class LimitEvaluatorTest {

  private static Limit max(String value, String unit) {
    return new Limit(
        LimitOperator.LE, new BigDecimal(value), null, unit, ComparisonMethod.FULL_VALUE);
  }

  private static Limit maxRounded(String value, String unit) {
    return new Limit(
        LimitOperator.LE, new BigDecimal(value), null, unit, ComparisonMethod.ROUNDED_VALUE);
  }

  @Test
  void chlorpyrifosInCeleryAt013IsOneAndSixTenthsTimesOver() {
    Judgment j = LimitEvaluator.judge(Measurement.of("0.13", "mg/kg"), max("0.05", "mg/kg"));
    assertThat(j.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(j.timesOver()).isEqualByComparingTo("1.6");
    assertThat(j.timesOver().toPlainString()).isEqualTo("1.6");
  }

  @Test
  void procymidoneInChivesAt678Is338TimesOver() {
    Judgment j = LimitEvaluator.judge(Measurement.of("67.8", "mg/kg"), max("0.2", "mg/kg"));
    assertThat(j.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(j.timesOver().toPlainString()).isEqualTo("338");
  }

  @Test
  void cadmiumInRiceAt023FailsTheMaximumOf02() {
    Judgment j = LimitEvaluator.judge(Measurement.of("0.23", "mg/kg"), max("0.2", "mg/kg"));
    assertThat(j.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(j.timesOver().toPlainString()).isEqualTo("0.15");
  }

  @Test
  void resultAtTheLimitConforms() {
    assertThat(LimitEvaluator.judge(Measurement.of("0.2", "mg/kg"), max("0.2", "mg/kg")).conforms())
        .isTrue();
    assertThat(
            LimitEvaluator.judge(Measurement.of("0.200", "mg/kg"), max("0.2", "mg/kg")).conforms())
        .isTrue();
  }

  @Test
  void notDetectedConformsToMustNotBeDetected() {
    Limit clenbuterol =
        new Limit(LimitOperator.NOT_DETECTED, null, null, "μg/kg", ComparisonMethod.FULL_VALUE);
    assertThat(LimitEvaluator.judge(Measurement.notDetected("μg/kg"), clenbuterol).verdict())
        .isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void anyQuantifiedResultFailsMustNotBeDetectedAndNotPermitted() {
    Limit clenbuterol =
        new Limit(LimitOperator.NOT_DETECTED, null, null, "μg/kg", ComparisonMethod.FULL_VALUE);
    Limit sorbicAcid =
        new Limit(LimitOperator.NOT_PERMITTED, null, null, "g/kg", ComparisonMethod.FULL_VALUE);
    assertThat(LimitEvaluator.judge(Measurement.of("0.6", "μg/kg"), clenbuterol).verdict())
        .isEqualTo(Verdict.NON_CONFORMING);
    assertThat(LimitEvaluator.judge(Measurement.of("0.012", "g/kg"), sorbicAcid).verdict())
        .isEqualTo(Verdict.NON_CONFORMING);
  }

  @Test
  void roundedValueComparisonRoundsHalfToEvenAtTheLimitsDigits() {
    // 0.205 rounds to 0.20 (discarded part exactly 5, kept digit 0 is even): conforms
    assertThat(
            LimitEvaluator.judge(Measurement.of("0.205", "mg/kg"), maxRounded("0.20", "mg/kg"))
                .conforms())
        .isTrue();
    // 0.215 rounds to 0.22 (kept digit 1 is odd): fails
    assertThat(
            LimitEvaluator.judge(Measurement.of("0.215", "mg/kg"), maxRounded("0.20", "mg/kg"))
                .conforms())
        .isFalse();
    // 0.2051 is above half: 0.21, fails
    assertThat(
            LimitEvaluator.judge(Measurement.of("0.2051", "mg/kg"), maxRounded("0.20", "mg/kg"))
                .conforms())
        .isFalse();
  }

  @Test
  void fullValueComparisonDoesNotRound() {
    assertThat(
            LimitEvaluator.judge(Measurement.of("0.205", "mg/kg"), max("0.20", "mg/kg")).conforms())
        .isFalse();
  }

  @Test
  void roundingIsDoneOnceNeverInSteps() {
    // GB/T 8170 example: 15.4546 rounded to an integer is 15 (stepwise would give 16)
    assertThat(Gb8170.round(new BigDecimal("15.4546"), 0)).isEqualByComparingTo("15");
    assertThat(Gb8170.round(new BigDecimal("0.0325"), 3)).isEqualByComparingTo("0.032");
    assertThat(Gb8170.round(new BigDecimal("0.0335"), 3)).isEqualByComparingTo("0.034");
    assertThat(Gb8170.round(new BigDecimal("2.5"), 0)).isEqualByComparingTo("2");
    assertThat(Gb8170.round(new BigDecimal("-2.5"), 0)).isEqualByComparingTo("-2");
    assertThat(Gb8170.round(new BigDecimal("1250"), -2)).isEqualByComparingTo("1200");
    assertThat(Gb8170.round(new BigDecimal("1350"), -2)).isEqualByComparingTo("1400");
  }

  @Test
  void resultInMicrogramsIsJudgedAgainstALimitInMilligrams() {
    // 130 μg/kg of chlorpyrifos is 0.130 mg/kg: same verdict and times as 0.13 mg/kg
    Judgment j = LimitEvaluator.judge(Measurement.of("130", "μg/kg"), max("0.05", "mg/kg"));
    assertThat(j.valueInLimitUnit()).isEqualByComparingTo("0.13");
    assertThat(j.timesOver().toPlainString()).isEqualTo("1.6");
    // enrofloxacin 0.12 mg/kg against 100 μg/kg
    assertThat(LimitEvaluator.judge(Measurement.of("0.12", "mg/kg"), max("100", "μg/kg")).verdict())
        .isEqualTo(Verdict.NON_CONFORMING);
    assertThat(Units.convert(new BigDecimal("0.05"), "g/kg", "mg/kg"))
        .contains(new BigDecimal("50"));
    assertThat(Units.convert(new BigDecimal("1.5"), "ug/kg", "μg/kg"))
        .contains(new BigDecimal("1.5"));
  }

  @Test
  void unitsOfDifferentFamiliesDoNotConvert() {
    assertThatThrownBy(
            () -> LimitEvaluator.judge(Measurement.of("1", "mg/L"), max("0.05", "mg/kg")))
        .isInstanceOf(LimitEvaluator.IncompatibleUnitException.class);
    assertThat(Units.convert(BigDecimal.ONE, "mg/kg", "cfu/g")).isEmpty();
  }

  @Test
  void minimumAndRangeLimits() {
    Limit protein =
        new Limit(
            LimitOperator.GE, new BigDecimal("2.9"), null, "g/100g", ComparisonMethod.FULL_VALUE);
    assertThat(LimitEvaluator.judge(Measurement.of("3.1", "g/100g"), protein).conforms()).isTrue();
    assertThat(LimitEvaluator.judge(Measurement.of("2.8", "g/100g"), protein).conforms()).isFalse();
    assertThat(LimitEvaluator.judge(Measurement.notDetected("g/100g"), protein).conforms())
        .isFalse();
    Limit range =
        new Limit(
            LimitOperator.RANGE,
            new BigDecimal("5.0"),
            new BigDecimal("7.0"),
            "g/kg",
            ComparisonMethod.FULL_VALUE);
    assertThat(LimitEvaluator.judge(Measurement.of("6.2", "g/kg"), range).conforms()).isTrue();
    assertThat(
            LimitEvaluator.judge(Measurement.of("7.7", "g/kg"), range).timesOver().toPlainString())
        .isEqualTo("0.1");
    assertThat(LimitEvaluator.judge(Measurement.of("4.9", "g/kg"), range).conforms()).isFalse();
  }

  @Test
  void notDetectedConformsToAMaximum() {
    assertThat(
            LimitEvaluator.judge(Measurement.notDetected("mg/kg"), max("0.05", "mg/kg")).conforms())
        .isTrue();
  }

  @Test
  void negativeConcentrationIsRefused() {
    assertThatThrownBy(
            () -> LimitEvaluator.judge(Measurement.of("-0.1", "mg/kg"), max("0.05", "mg/kg")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
