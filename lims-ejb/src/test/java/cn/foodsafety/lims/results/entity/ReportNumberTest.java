package cn.foodsafety.lims.results.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class ReportNumberTest {

  @Test
  void aNumberIsLabYearAndSixDigits() {
    assertThat(new ReportNumber("LAB-ZZAQ", 2026, 123).toString())
        .isEqualTo("LAB-ZZAQ-2026-000123");
  }

  @Test
  void aLabCodeWithDashesIsReadBack() {
    ReportNumber n = ReportNumber.parse("LAB-ZZAQ-2026-000123");
    assertThat(n).isEqualTo(new ReportNumber("LAB-ZZAQ", 2026, 123));
    assertThat(ReportNumber.parse("L1-2027-1234567").sequence()).isEqualTo(1_234_567);
  }

  @Test
  void textThatIsNoReportNumberIsAFieldError() {
    assertThat(ReportNumber.isValid("LAB-2026-12")).isFalse();
    assertThat(ReportNumber.isValid("LAB-2026-000000")).isFalse();
    assertThat(ReportNumber.isValid("LAB-ZZAQ-2026-000001")).isTrue();
    assertThatThrownBy(() -> ReportNumber.parse("410102-2026-M-000001"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("reportNumber"));
  }

  @Test
  void aLabCodeWithSpacesOrAYearOfOtherDigitsIsRefused() {
    assertThatThrownBy(() -> new ReportNumber("LAB ZZ", 2026, 1))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new ReportNumber("LAB", 26, 1))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new ReportNumber("LAB", 2026, 0))
        .isInstanceOf(RuleViolationException.class);
  }
}
