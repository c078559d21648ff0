package cn.foodsafety.lims.sampling.entity;

import static cn.foodsafety.lims.Aggregates.fields;
import static cn.foodsafety.lims.Aggregates.key;
import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.control.FieldErrors;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What slips past the form's checks is refused by the sample with a message, never a 500. */
class SampleRefusalsTest {

  private static final Instant SAMPLED = Instant.parse("2026-03-02T02:00:00Z");

  @Test
  void aSampleWithoutALaboratoryIsNotShipped() {
    Sample s = sample();
    assertThatThrownBy(() -> s.ship(SAMPLED.plusSeconds(3600), "快递", null))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.sample.ship.noLab"));
  }

  @Test
  void theShipmentFollowsTheSamplingAndAChilledSampleTravelsWithATemperature() {
    Sample s = sample();
    set(s, "lab", lab());
    assertThatThrownBy(() -> s.ship(SAMPLED.minusSeconds(60), "快递", new BigDecimal("4")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("shippedAt"));
    assertThatThrownBy(() -> s.ship(SAMPLED.plusSeconds(60), "快递", null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("temperature"));
    s.ship(SAMPLED.plusSeconds(60), "快递", new BigDecimal("4"));
    assertThat(s.getState()).isEqualTo(SampleState.SHIPPED);
    assertThatThrownBy(() -> s.ship(SAMPLED.plusSeconds(120), "快递", new BigDecimal("4")))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.sample.state.wrong"));
  }

  @Test
  void onlyAShippedSampleIsReceived() {
    Sample s = sample();
    assertThatThrownBy(
            () ->
                s.receive(
                    SAMPLED.plusSeconds(60), "lab", ReceiptCondition.ACCEPTED, null, null, null))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.sample.state.wrong"));
  }

  @Test
  void aTextThatIsNoSampleNumberIsAFieldErrorInBothLanguages() {
    assertThatThrownBy(() -> SampleNumber.parse("410102-26-M-1"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("sampleNumber"));
    assertThatThrownBy(() -> SampleNumber.prefix("41-01", 2026, SamplingLevel.MUNICIPAL))
        .isInstanceOf(RuleViolationException.class);
    assertThat(FieldErrors.translated("lims.sample.number.invalid")).isTrue();
    assertThat(FieldErrors.translated("lims.sample.number.regionCode")).isTrue();
    assertThat(FieldErrors.translated("lims.sample.number.exhausted")).isTrue();
    assertThat(FieldErrors.translated("lims.sample.number.year")).isTrue();
  }

  private static Sample sample() {
    Sample s = new Sample() {};
    set(s, "sampleNumber", "410102-2026-M-000001");
    set(s, "sampledAt", OffsetDateTime.ofInstant(SAMPLED, ZoneOffset.UTC));
    set(s, "storageCondition", StorageCondition.CHILLED);
    return s;
  }

  private static Organization lab() {
    Region county = new Region("410102", "中原区", RegionKind.COUNTY, null);
    return new Organization("LAB-1", "检测中心", OrganizationKind.LABORATORY, county);
  }
}
