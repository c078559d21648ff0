package cn.foodsafety.lims.results.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasuredValueTest {

  @Test
  void theTextKeepsTheReportedDigitsAndTheNumberIsComparable() {
    MeasuredValue v = MeasuredValue.of(new BigDecimal("0.050"));
    assertThat(v.value().toPlainString()).isEqualTo("0.050");
    assertThat(v.number()).isEqualByComparingTo("0.05");
    assertThat(v.number().scale()).isEqualTo(MeasuredValue.NUMBER_SCALE);
  }

  @Test
  void moreDecimalsThanTheColumnHoldsAreRoundedOnlyInTheNumber() {
    MeasuredValue v = MeasuredValue.of(new BigDecimal("0.000000000051"));
    assertThat(v.value().toPlainString()).isEqualTo("0.000000000051");
    assertThat(v.number()).isEqualByComparingTo("0.0000000001");
  }

  @Test
  void noValueIsNoMeasuredValue() {
    assertThat(MeasuredValue.of(null)).isNull();
  }

  @Test
  void valuesWithOtherDigitsAreDifferentValues() {
    assertThat(MeasuredValue.of(new BigDecimal("0.05")))
        .isEqualTo(MeasuredValue.of(new BigDecimal("0.05")))
        .isNotEqualTo(MeasuredValue.of(new BigDecimal("0.050")));
  }
}
