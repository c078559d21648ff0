package cn.foodsafety.lims.sampling.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.control.FieldErrors;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleFormRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 in China

  @Test
  void quantitiesMustBeAboveZero() {
    Violations v = new Violations();
    assertThat(SampleFormRules.positiveDecimal("2.50", "quantity", v))
        .isEqualByComparingTo(new BigDecimal("2.5"));
    assertThat(SampleFormRules.positiveDecimal("0", "quantity", v)).isNull();
    assertThat(SampleFormRules.positiveDecimal("-1", "backupQuantity", v)).isNull();
    assertThat(SampleFormRules.positiveDecimal("abc", "quantity", v)).isNull();
    assertThat(SampleFormRules.positiveDecimal(" ", "backupQuantity", v)).isNull();
    assertThat(FieldErrors.of(v))
        .extracting(e -> e.field() + ":" + e.key())
        .containsExactly(
            "quantity:lims.field.positive",
            "backupQuantity:lims.field.positive",
            "quantity:lims.field.number",
            "backupQuantity:lims.field.required");
  }

  @Test
  void aKindThatKeepsABackupSampleNeedsItsQuantity() {
    Violations v = new Violations();
    assertThat(
            SampleFormRules.backupQuantity(
                true, cn.foodsafety.lims.planning.entity.SamplingKind.SUPERVISORY, "", v))
        .isNull();
    assertThat(FieldErrors.of(v))
        .extracting(e -> e.field() + ":" + e.key())
        .containsExactly("backupQuantity:lims.field.required");
  }

  @Test
  void aRiskMonitoringFormWithABackupSampleIsRefused() {
    Violations v = new Violations();
    var kind = cn.foodsafety.lims.planning.entity.SamplingKind.RISK_MONITORING;
    assertThat(SampleFormRules.backupQuantity(false, kind, "1.0", v)).isNull();
    assertThat(FieldErrors.of(v))
        .extracting(e -> e.field() + ":" + e.key())
        .containsExactly("backupQuantity:lims.sample.kind.noBackup");
    Violations none = new Violations();
    assertThat(SampleFormRules.backupQuantity(false, kind, null, none)).isNull();
    assertThat(none.isEmpty()).isTrue();
  }

  @Test
  void samplingTimeInTheFutureIsRefusedBeyondTheClockTolerance() {
    Violations v = new Violations();
    assertThat(SampleFormRules.pastMoment("2026-03-02T10:04:00+08:00", "sampledAt", NOW, v))
        .isNotNull();
    assertThat(SampleFormRules.pastMoment("2026-03-02T10:30:00", "sampledAt", NOW, v)).isNull();
    assertThat(FieldErrors.of(v))
        .singleElement()
        .extracting(FieldError::key)
        .isEqualTo("lims.sample.time.future");
  }

  @Test
  void aTimeWithoutOffsetIsChinaTime() {
    Instant at = SampleFormRules.pastMoment("2026-03-02T09:30", "sampledAt", NOW, new Violations());
    assertThat(at).isEqualTo(Instant.parse("2026-03-02T01:30:00Z"));
  }

  @Test
  void productionDateAfterTheSamplingDayIsAnError() {
    Violations v = new Violations();
    Instant sampled = Instant.parse("2026-03-01T17:00:00Z"); // 2 March 01:00 in China
    SampleFormRules.productionNotAfterSampling(LocalDate.of(2026, 3, 2), sampled, v);
    assertThat(v.isEmpty()).isTrue();
    SampleFormRules.productionNotAfterSampling(LocalDate.of(2026, 3, 3), sampled, v);
    assertThat(FieldErrors.of(v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("productionDate");
              assertThat(FieldErrors.translated(e.key())).isTrue();
            });
  }

  @Test
  void theSamePersonCannotSignAsBothSamplers() {
    Violations v = new Violations();
    SampleFormRules.differentSamplers(5L, 5L, v);
    assertThat(FieldErrors.of(v))
        .extracting(e -> e.field() + ":" + e.key())
        .containsExactly("sampler2Id:lims.sample.samplers.same");
  }

  @Test
  void aLicenceIsRequiredExceptFromASmallFarmer() {
    Violations v = new Violations();
    SampleFormRules.licenceWhereRequired(PartyKind.SMALL_FARMER, null, v);
    assertThat(v.isEmpty()).isTrue();
    SampleFormRules.licenceWhereRequired(PartyKind.SUPERMARKET, " ", v);
    assertThat(FieldErrors.of(v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("partyLicence");
              assertThat(FieldErrors.english(e)).contains("licence");
            });
  }

  @Test
  void chilledAndFrozenSamplesNeedATemperature() {
    Violations v = new Violations();
    assertThat(SampleFormRules.temperature(StorageCondition.AMBIENT, null, v)).isNull();
    assertThat(v.isEmpty()).isTrue();
    assertThat(SampleFormRules.temperature(StorageCondition.FROZEN, "-18", v))
        .isEqualByComparingTo("-18");
    SampleFormRules.temperature(StorageCondition.CHILLED, "", v);
    assertThat(FieldErrors.of(v)).extracting(FieldError::field).containsExactly("temperature");
  }
}
