package cn.foodsafety.lims.masterdata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.platform.control.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitRulesTest {

  private static List<FieldError> check(
      LimitOperator operator, String value, String upper, String lod, String unit) {
    return FieldErrors.of(
        LimitRules.check(operator, decimal(value), decimal(upper), decimal(lod), unit));
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  @Test
  void aMaximumWithValueAndUnitPasses() {
    assertThat(check(LimitOperator.LE, "0.05", null, "0.005", "mg/kg")).isEmpty();
  }

  @Test
  void aMinimumWithValueAndUnitPasses() {
    assertThat(check(LimitOperator.GE, "3.1", null, null, "g/100g")).isEmpty();
  }

  @Test
  void aRangeWithLowerBelowUpperPasses() {
    assertThat(check(LimitOperator.RANGE, "6.0", "7.5", null, "pH")).isEmpty();
  }

  @Test
  void mustNotBeDetectedWithoutValuePasses() {
    assertThat(check(LimitOperator.NOT_DETECTED, null, null, "0.5", "μg/kg")).isEmpty();
    assertThat(check(LimitOperator.NOT_PERMITTED, null, null, null, "g/kg")).isEmpty();
  }

  @Test
  void aZeroLimitIsAllowed() {
    assertThat(check(LimitOperator.LE, "0", null, "0", "mg/kg")).isEmpty();
  }

  @Test
  void aMaximumWithoutValueFailsOnTheValue() {
    assertThat(check(LimitOperator.LE, null, null, null, "mg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitValue", "lims.testItem.limit.valueRequired"));
  }

  @Test
  void theMissingValueMessageNamesTheOperator() {
    FieldError error = check(LimitOperator.GE, null, null, null, "mg/kg").get(0);
    assertThat(FieldErrors.english(error)).isEqualTo("operator \"≥\" needs a limit value");
  }

  @Test
  void aRangeWithUpperBelowLowerFailsOnTheUpper() {
    assertThat(check(LimitOperator.RANGE, "7.5", "6.0", null, "pH"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitUpper", "lims.testItem.limit.rangeOrder"));
  }

  @Test
  void aRangeWhoseBoundsAreEqualFails() {
    assertThat(check(LimitOperator.RANGE, "6.0", "6.00", null, "pH"))
        .extracting(FieldError::key)
        .containsExactly("lims.testItem.limit.rangeOrder");
  }

  @Test
  void aRangeWithoutUpperFails() {
    assertThat(check(LimitOperator.RANGE, "6.0", null, null, "pH"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitUpper", "lims.testItem.limit.upperRequired"));
  }

  @Test
  void aRangeWithoutAnyValueFailsOnBoth() {
    assertThat(check(LimitOperator.RANGE, null, null, null, "pH"))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("limitValue", "limitUpper");
  }

  @Test
  void mustNotBeDetectedWithValueFails() {
    assertThat(check(LimitOperator.NOT_DETECTED, "0.5", null, null, "μg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitValue", "lims.testItem.limit.noValue"));
  }

  @Test
  void anUpperValueOutsideARangeFailsRatherThanBeingDropped() {
    assertThat(check(LimitOperator.LE, "0.05", "0.1", null, "mg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitUpper", "lims.testItem.limit.noValue"));
  }

  @Test
  void aNegativeValueFails() {
    assertThat(check(LimitOperator.LE, "-0.05", null, null, "mg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitValue", "lims.testItem.limit.notNegative"));
  }

  @Test
  void aNegativeUpperOrDetectionLimitFails() {
    assertThat(check(LimitOperator.RANGE, "1", "-2", "-0.1", "pH"))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("limitUpper", "lod");
  }

  @Test
  void aLimitWithoutAUnitFailsOnTheUnit() {
    assertThat(check(LimitOperator.LE, "0.05", null, null, null))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("unit", "lims.field.required"));
    assertThat(check(LimitOperator.LE, "0.05", null, null, "  "))
        .extracting(FieldError::field)
        .containsExactly("unit");
  }

  @Test
  void aMissingOperatorFailsOnTheOperatorOnly() {
    assertThat(check(null, "0.05", null, null, "mg/kg"))
        .extracting(FieldError::field)
        .containsExactly("limitOperator");
  }

  @Test
  void aValueTooLongToStoreFails() {
    assertThat(check(LimitOperator.LE, "1E+50", null, null, "mg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("limitValue", "lims.field.tooLong"));
  }

  @Test
  void everyErrorIsCollectedAtOnce() {
    assertThat(check(LimitOperator.NOT_DETECTED, "1", "2", "-1", null))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("unit", "limitValue", "limitUpper", "lod");
  }

  @Test
  void everyLimitMessageIsTranslated() {
    assertThat(
            List.of(
                "lims.testItem.limit.valueRequired",
                "lims.testItem.limit.upperRequired",
                "lims.testItem.limit.rangeOrder",
                "lims.testItem.limit.noValue",
                "lims.testItem.limit.notNegative"))
        .allMatch(FieldErrors::translated);
  }
}
