package cn.foodsafety.lims.masterdata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LimitTest {

  private static Limit limit(LimitOperator op, String value, String upper, String unit) {
    return new Limit(
        op,
        value == null ? null : new BigDecimal(value),
        upper == null ? null : new BigDecimal(upper),
        unit,
        "GB 2763",
        "2021",
        null);
  }

  @Test
  void aMaximumReadsWithItsOperatorValueAndUnit() {
    assertThat(limit(LimitOperator.LE, "100", null, "μg/kg").text()).isEqualTo("≤ 100 μg/kg");
    assertThat(limit(LimitOperator.GE, "10", null, "g/100g").text(Locale.ENGLISH))
        .isEqualTo("≥ 10 g/100g");
  }

  @Test
  void theValueKeepsTheDigitsItWasWrittenWith() {
    assertThat(limit(LimitOperator.LE, "0.050", null, "mg/kg").text()).isEqualTo("≤ 0.050 mg/kg");
    assertThat(limit(LimitOperator.RANGE, "6.0", "7.5", "pH").text()).isEqualTo("6.0–7.5 pH");
  }

  @Test
  void mustNotBeDetectedHasNoNumberAndReadsInTheReadersLanguage() {
    Limit nd = limit(LimitOperator.NOT_DETECTED, null, null, "μg/kg");
    assertThat(nd.text()).isEqualTo("不得检出");
    assertThat(nd.text(Locale.ENGLISH)).isEqualTo("must not be detected");
    assertThat(limit(LimitOperator.NOT_PERMITTED, null, null, "g/kg").text()).isEqualTo("不得使用");
  }

  @Test
  void valuesTheOperatorDoesNotReadAreDropped() {
    Limit nd = limit(LimitOperator.NOT_DETECTED, "0.01", "0.02", "mg/kg");
    assertThat(nd.value()).isNull();
    assertThat(nd.upper()).isNull();
    assertThat(limit(LimitOperator.LE, "0.05", "1", "mg/kg").upper()).isNull();
    assertThat(nd.comparison()).isEqualTo(ComparisonMethod.FULL_VALUE);
  }

  @Test
  void theTextFromPartsIsTheSameAsFromTheValue() {
    assertThat(Limit.text("LE", "0.05", null, "mg/kg", Locale.CHINA))
        .isEqualTo(limit(LimitOperator.LE, "0.05", null, "mg/kg").text());
    assertThat(Limit.text((String) null, null, null, null, Locale.CHINA)).isEmpty();
  }

  @Test
  void theStandardIsCitedWithItsEditionOnce() {
    assertThat(limit(LimitOperator.LE, "1", null, "mg/kg").standardText())
        .isEqualTo("GB 2763-2021");
    assertThat(Limit.standardText("GB 2763-2021", "2021")).isEqualTo("GB 2763-2021");
    assertThat(Limit.standardText("GB 2762", " ")).isEqualTo("GB 2762");
  }

  @Test
  void equalLimitsHaveEqualDigits() {
    assertThat(limit(LimitOperator.LE, "0.05", null, "mg/kg"))
        .isEqualTo(limit(LimitOperator.LE, "0.05", null, "mg/kg"))
        .hasSameHashCodeAs(limit(LimitOperator.LE, "0.05", null, "mg/kg"))
        .isNotEqualTo(limit(LimitOperator.LE, "0.050", null, "mg/kg"));
  }
}
