package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.statistics.control.SampleTotals.Counts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleTotalsTest {

  /** Top-level categories 1 and 3; 2 below 1, 4 below 2. */
  private static Reference reference() {
    Map<Long, Reference.Node> categories = new LinkedHashMap<>();
    categories.put(1L, new Reference.Node(1, "04", "肉", "Meat", null, 0));
    categories.put(2L, new Reference.Node(2, "0401", "猪肉", "Pork", 1L, 0));
    categories.put(4L, new Reference.Node(4, "040101", "鲜猪肉", "Fresh pork", 2L, 0));
    categories.put(3L, new Reference.Node(3, "05", "乳", "Dairy", null, 0));
    return new Reference(Map.of(), categories, Map.of());
  }

  private static StatsQueries.SampleCell cell(
      long unit, String level, long category, int month, long batches, long judged, long ok) {
    return new StatsQueries.SampleCell(
        unit, level, "MARKET_REGULATION", category, month, batches, judged, ok);
  }

  @Test
  void cellsAreSummedPerGroupingUnderTheirTopLevelCategory() {
    SampleTotals t =
        SampleTotals.of(
            List.of(
                cell(10, "ROUTINE_MONITORING", 4, 1, 5, 4, 3),
                cell(10, "ROUTINE_MONITORING", 1, 2, 2, 2, 2),
                cell(11, "SPECIAL", 3, 2, 7, 6, 6),
                cell(11, "ROUTINE_MONITORING", 2, 12, 1, 0, 0)),
            reference());

    assertThat(t.total()).isEqualTo(new Counts(15, 12, 11));
    assertThat(t.unit(10)).isEqualTo(new Counts(7, 6, 5));
    assertThat(t.unit(11)).isEqualTo(new Counts(8, 6, 6));
    assertThat(t.level("ROUTINE_MONITORING")).isEqualTo(new Counts(8, 6, 5));
    assertThat(t.department("MARKET_REGULATION")).isEqualTo(new Counts(15, 12, 11));
    assertThat(t.category(1)).isEqualTo(new Counts(8, 6, 5));
    assertThat(t.category(3)).isEqualTo(new Counts(7, 6, 6));
    assertThat(t.byCategory()).containsOnlyKeys(1L, 3L);
    assertThat(t.month(2)).isEqualTo(new Counts(9, 8, 8));
    assertThat(t.month(12)).isEqualTo(new Counts(1, 0, 0));
    assertThat(t.levelAndCategory("ROUTINE_MONITORING", 1)).isEqualTo(new Counts(8, 6, 5));
    assertThat(t.levelAndCategory("SPECIAL", 3)).isEqualTo(new Counts(7, 6, 6));
  }

  @Test
  void aGroupWithoutSamplesCountsNothing() {
    SampleTotals t = SampleTotals.of(List.of(), reference());

    assertThat(t.total().isNone()).isTrue();
    assertThat(t.unit(10)).isEqualTo(Counts.NONE);
    assertThat(t.levelAndCategory("SPECIAL", 3)).isEqualTo(Counts.NONE);
  }
}
