package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.masterdata.control.FieldErrors;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Violations;
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
