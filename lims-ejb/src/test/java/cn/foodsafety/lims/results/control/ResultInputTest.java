package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.masterdata.control.FieldErrors;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Violations;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultInputTest {

  private static List<FieldError> errors(
      String value, boolean nd, String lod, String unit, String limitUnit) {
    Violations v = new Violations();
    ResultInput.check(value, nd, lod, unit, limitUnit, "results[0].", v);
    return FieldErrors.of(v);
  }

  @Test
  void theValueKeepsTheDigitsTheLabWrote() {
    var checked =
        ResultInput.check("0.130", false, null, "mg/kg", "mg/kg", "", new Violations())
            .orElseThrow();
    assertThat(checked.value().toPlainString()).isEqualTo("0.130");
    assertThat(checked.notDetected()).isFalse();
  }

  @Test
  void notANumberIsAFieldErrorOnTheValue() {
    assertThat(errors("abc", false, null, "mg/kg", "mg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("results[0].value", "lims.field.number"));
  }

  @Test
  void aNegativeConcentrationIsRefused() {
    assertThat(errors("-0.01", false, null, "mg/kg", "mg/kg"))
        .extracting(FieldError::key)
        .containsExactly("lims.field.notNegative");
  }

  @Test
  void aUnitOfAnotherFamilyCannotBeConverted() {
    assertThat(errors("0.1", false, null, "mg/L", "mg/kg"))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "results[0].unit", "lims.result.unit.incompatible"));
    assertThat(errors("0.1", false, null, "furlong", "mg/kg"))
        .extracting(FieldError::key)
        .containsExactly("lims.import.unitUnknown");
  }

  @Test
  void microgramsConvertIntoMilligrams() {
    assertThat(errors("130", false, null, "μg/kg", "mg/kg")).isEmpty();
    assertThat(errors("130", false, null, "ug/kg", "mg/kg")).isEmpty();
  }

  @Test
  void notDetectedTakesTheLodAndNoValue() {
    var checked =
        ResultInput.check(null, true, "0.005", "mg/kg", "mg/kg", "", new Violations())
            .orElseThrow();
    assertThat(checked.value()).isNull();
    assertThat(checked.lod().toPlainString()).isEqualTo("0.005");
    assertThat(errors("0.1", true, null, "mg/kg", "mg/kg"))
        .extracting(FieldError::key)
        .containsExactly("lims.result.valueWithNotDetected");
  }

  @Test
  void aValueBelowTheItemsLodIsNotAMeasurement() {
    Violations v = new Violations();
    var checked =
        ResultInput.check(
            "0.003",
            false,
            null,
            "mg/kg",
            "mg/kg",
            "毒死蜱",
            new BigDecimal("0.005"),
            "mg/kg",
            "r.",
            v);
    assertThat(checked).isEmpty();
    assertThat(FieldErrors.of(v))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("r.value", "lims.result.belowLod"));
    assertThat(FieldErrors.of(v).get(0).args()).containsExactly("0.003", "0.005", "mg/kg", "毒死蜱");
  }

  @Test
  void theLodFollowsTheUnitTheLabWritesIn() {
    // 0.005 mg/kg = 5 μg/kg: 3 μg/kg is below it, 5 μg/kg is not
    Violations v = new Violations();
    ResultInput.check(
        "3", false, null, "μg/kg", "mg/kg", "毒死蜱", new BigDecimal("0.005"), "mg/kg", "", v);
    assertThat(FieldErrors.of(v))
        .extracting(FieldError::key)
        .containsExactly("lims.result.belowLod");
    assertThat(
            ResultInput.check(
                "5",
                false,
                null,
                "μg/kg",
                "mg/kg",
                "毒死蜱",
                new BigDecimal("0.005"),
                "mg/kg",
                "",
                new Violations()))
        .isPresent();
  }

  @Test
  void theLodWrittenWithTheResultCountsAndNotDetectedIsAccepted() {
    assertThat(errors("0.003", false, "0.004", "mg/kg", "mg/kg"))
        .extracting(FieldError::key)
        .containsExactly("lims.result.belowLod");
    assertThat(errors("0.004", false, "0.004", "mg/kg", "mg/kg")).isEmpty();
    assertThat(
            ResultInput.check(
                null,
                true,
                "0.005",
                "mg/kg",
                "mg/kg",
                "毒死蜱",
                new BigDecimal("0.005"),
                "mg/kg",
                "",
                new Violations()))
        .isPresent();
  }

  @Test
  void aMissingValueAndUnitAreBothReported() {
    assertThat(errors(" ", false, null, null, "mg/kg"))
        .extracting(FieldError::field)
        .containsExactly("results[0].value", "results[0].unit");
  }

  @Test
  void everyKeyHasBothLanguages() {
    for (String key :
        List.of(
            "lims.result.unit.incompatible",
            "lims.result.valueWithNotDetected",
            "lims.result.belowLod",
            "lims.result.ownReview",
            "lims.result.signature.wrongPassword",
            "lims.result.approved",
            "lims.result.locked",
            "lims.result.item.unknown",
            "lims.import.sample.unknown",
            "lims.import.analyte.unknown")) {
      assertThat(FieldErrors.translated(key)).as(key).isTrue();
    }
  }
}
