package cn.foodsafety.lims.sampling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class SampleNumberTest {

  @Test
  void numberIsRegionYearLevelLetterAndSixDigits() {
    SampleNumber n = SampleNumber.of("410105", 2026, SamplingLevel.MUNICIPAL, 42);
    assertThat(n).hasToString("410105-2026-M-000042");
    assertThat(n.prefix()).isEqualTo("410105-2026-M");
  }

  @Test
  void everyLevelHasItsLetter() {
    assertThat(SampleNumber.prefix("410122", 2025, SamplingLevel.NATIONAL))
        .isEqualTo("410122-2025-G");
    assertThat(SampleNumber.prefix("410122", 2025, SamplingLevel.PROVINCIAL))
        .isEqualTo("410122-2025-S");
    assertThat(SampleNumber.prefix("410122", 2025, SamplingLevel.COUNTY))
        .isEqualTo("410122-2025-C");
    assertThat(SampleNumber.prefix("410122", 2025, SamplingLevel.ROUTINE_MONITORING))
        .isEqualTo("410122-2025-R");
  }

  @Test
  void numbersReadBackAndSortInTheOrderTheyWereTaken() {
    SampleNumber n = SampleNumber.parse("410105-2026-M-000042");
    assertThat(n.sequence()).isEqualTo(42);
    assertThat(n.prefix()).isEqualTo("410105-2026-M");
    assertThat(SampleNumber.of("410105", 2026, SamplingLevel.MUNICIPAL, 9).toString())
        .isLessThan(SampleNumber.of("410105", 2026, SamplingLevel.MUNICIPAL, 10).toString());
  }

  @Test
  void malformedNumbersAndSequencesAreRefused() {
    assertThat(SampleNumber.isValid("410105-2026-M-42")).isFalse();
    assertThat(SampleNumber.isValid("410105-26-M-000042")).isFalse();
    assertThatThrownBy(() -> SampleNumber.of("410105", 2026, SamplingLevel.MUNICIPAL, 0))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> SampleNumber.of("410105", 2026, SamplingLevel.MUNICIPAL, 1_000_000))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> SampleNumber.prefix("41-0105", 2026, SamplingLevel.MUNICIPAL))
        .isInstanceOf(RuleViolationException.class);
  }
}
