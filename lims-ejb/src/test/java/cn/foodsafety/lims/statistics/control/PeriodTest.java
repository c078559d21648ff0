package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static List<String> fields(Runnable r) {
    try {
      r.run();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  void theCurrentYearCountsUpToToday() {
    Period p = Period.of(2026, null, null, null, null, null, TODAY);
    assertThat(p.from()).isEqualTo(d("2026-01-01"));
    assertThat(p.to()).isEqualTo(d("2026-12-31"));
    assertThat(p.asOf()).isEqualTo(TODAY);
    assertThat(p.lastSamplingDay()).isEqualTo(TODAY);
    assertThat(p.months()).hasSize(12);
  }

  @Test
  void aPastQuarterIsTakenAsOfItsEnd() {
    Period p = Period.of(2026, 3, null, null, null, null, TODAY);
    assertThat(p.from()).isEqualTo(d("2026-07-01"));
    assertThat(p.to()).isEqualTo(d("2026-09-30"));
    assertThat(p.asOf()).isEqualTo(d("2026-09-30"));
    assertThat(p.months()).containsExactly(7, 8, 9);
    assertThat(p.label()).isEqualTo("2026-Q3");
  }

  @Test
  void aLaterAsOfDateCountsLaterApprovalsButNoLaterSamples() {
    Period p = Period.of(2026, null, 2, null, null, d("2026-05-10"), TODAY);
    assertThat(p.to()).isEqualTo(d("2026-02-28"));
    assertThat(p.asOf()).isEqualTo(d("2026-05-10"));
    assertThat(p.lastSamplingDay()).isEqualTo(d("2026-02-28"));
  }

  @Test
  void badPeriodsAreFieldErrors() {
    assertThat(
            fields(
                () -> Period.of(null, null, null, d("2026-03-02"), d("2026-03-01"), null, TODAY)))
        .containsExactly("to");
    assertThat(
            fields(
                () -> Period.of(null, null, null, d("2025-12-01"), d("2026-01-31"), null, TODAY)))
        .containsExactly("to");
    assertThat(fields(() -> Period.of(2026, null, null, null, null, d("2026-11-30"), TODAY)))
        .containsExactly("asOf");
    assertThat(fields(() -> Period.of(2026, 2, 5, null, null, null, TODAY)))
        .containsExactly("month");
    assertThat(fields(() -> Period.of(2026, 5, null, null, null, null, TODAY)))
        .containsExactly("quarter");
    assertThat(fields(() -> Period.of(2026, null, null, d("2026-01-01"), null, null, TODAY)))
        .contains("year", "to");
    assertThatThrownBy(() -> Period.of(1999, null, null, null, null, null, TODAY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aFigureWithoutDenominatorHasNoValueAndNoVerdict() {
    Figure none = Figure.percent(0, 0, new BigDecimal("98"));
    assertThat(none.display()).isEqualTo("-");
    assertThat(none.value()).isNull();
    assertThat(none.met()).isNull();
    Figure rate = Figure.percent(975, 1000, new BigDecimal("98"));
    assertThat(rate.display()).isEqualTo("97.5%");
    assertThat(rate.met()).isFalse();
    assertThat(Figure.percent(98, 100, new BigDecimal("98")).met()).isTrue();
    assertThat(Figure.percent(1, 3, null).met()).isNull();
    assertThat(Figure.perThousand(7, 1000L)).isEqualByComparingTo("7.00");
    assertThat(Figure.perThousand(7, null)).isNull();
  }
}
