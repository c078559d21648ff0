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

  /**
   * The database's sums of signed rows (H2: one GROUP BY per grouping) equal the cells' sums made
   * here; rows that take counts back (approvals after the as-of date) included.
   */
  @Test
  void theDatabaseSumsSignedRowsLikeTheCells() throws java.sql.SQLException {
    try (java.sql.Connection c =
        java.sql.DriverManager.getConnection("jdbc:h2:mem:totals" + System.nanoTime())) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE x_rows (r BIGINT, l VARCHAR(20), d VARCHAR(30), k BIGINT, m INTEGER,"
                + " b INTEGER, j INTEGER, c INTEGER)");
      }
      java.util.Random random = new java.util.Random(5);
      Map<List<Object>, long[]> cells = new LinkedHashMap<>();
      String[] levels = {"COUNTY", "CITY", "PROVINCIAL"};
      String[] departments = {"MARKET_REGULATION", "AGRICULTURE"};
      try (java.sql.PreparedStatement s =
          c.prepareStatement("INSERT INTO x_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < 2000; i++) {
          long r = 10 + random.nextInt(5);
          String l = levels[random.nextInt(3)];
          String d = departments[random.nextInt(2)];
          long k = 1 + random.nextInt(6);
          int m = 1 + random.nextInt(12);
          int sign = random.nextInt(4) == 0 ? -1 : 1;
          long[] v = {
            sign == 1 ? random.nextInt(5) : 0, sign * random.nextInt(4), sign * random.nextInt(3)
          };
          s.setLong(1, r);
          s.setString(2, l);
          s.setString(3, d);
          s.setLong(4, k);
          s.setInt(5, m);
          s.setLong(6, v[0]);
          s.setLong(7, v[1]);
          s.setLong(8, v[2]);
          s.executeUpdate();
          long[] sum = cells.computeIfAbsent(List.of(r, l, d, k, m), x -> new long[3]);
          for (int n = 0; n < 3; n++) {
            sum[n] += v[n];
          }
        }
      }
      List<StatsQueries.SampleCell> list = new java.util.ArrayList<>();
      cells.forEach(
          (key, v) ->
              list.add(
                  new StatsQueries.SampleCell(
                      (Long) key.get(0),
                      (String) key.get(1),
                      (String) key.get(2),
                      (Long) key.get(3),
                      (Integer) key.get(4),
                      v[0],
                      v[1],
                      v[2])));
      SampleTotals java = SampleTotals.of(list, new Reference(Map.of(), Map.of(), Map.of()));
      SampleTotals database =
          SampleTotals.sum(c, "SELECT r, l, d, k, m, b, j, c FROM x_rows", List.of());

      assertThat(database.total()).isEqualTo(java.total());
      assertThat(nonZero(database.byUnit())).isEqualTo(nonZero(java.byUnit())).isNotEmpty();
      assertThat(nonZero(database.byLevel())).isEqualTo(nonZero(java.byLevel()));
      assertThat(nonZero(database.byDepartment())).isEqualTo(nonZero(java.byDepartment()));
      assertThat(nonZero(database.byCategory())).isEqualTo(nonZero(java.byCategory()));
      assertThat(nonZero(database.byMonth())).isEqualTo(nonZero(java.byMonth()));
      for (String l : levels) {
        assertThat(nonZero(database.byLevelAndCategory().getOrDefault(l, Map.of())))
            .isEqualTo(nonZero(java.byLevelAndCategory().getOrDefault(l, Map.of())));
      }
    }
  }

  private static <K> Map<K, Counts> nonZero(Map<K, Counts> m) {
    Map<K, Counts> out = new java.util.HashMap<>(m);
    out.values().removeIf(Counts::isNone);
    return out;
  }
}
