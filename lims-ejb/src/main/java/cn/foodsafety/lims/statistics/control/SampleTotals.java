package cn.foodsafety.lims.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of a period summed the ways the figures group them: in total, by unit, level,
 * department, top-level category, month, and by level and top-level category (the key groups). A
 * province-year has tens of thousands of monthly cells but the figures need a few hundred sums, so
 * the database adds them up ({@link #sum}) instead of sending every cell; the plain recomputation
 * sums its cells here ({@link #of}).
 */
public record SampleTotals(
    Counts total,
    Map<Long, Counts> byUnit,
    Map<String, Counts> byLevel,
    Map<String, Counts> byDepartment,
    Map<Long, Counts> byCategory,
    Map<Integer, Counts> byMonth,
    Map<String, Map<Long, Counts>> byLevelAndCategory) {

  /** Samples taken, with a conclusion by the as-of date, conforming among those. */
  public record Counts(long batches, long judged, long conforming) {

    public static final Counts NONE = new Counts(0, 0, 0);

    public boolean isNone() {
      return batches == 0 && judged == 0 && conforming == 0;
    }
  }

  public Counts unit(long id) {
    return byUnit.getOrDefault(id, Counts.NONE);
  }

  public Counts level(String level) {
    return byLevel.getOrDefault(level, Counts.NONE);
  }

  public Counts department(String department) {
    return byDepartment.getOrDefault(department, Counts.NONE);
  }

  public Counts category(long topId) {
    return byCategory.getOrDefault(topId, Counts.NONE);
  }

  public Counts month(int month) {
    return byMonth.getOrDefault(month, Counts.NONE);
  }

  public Counts levelAndCategory(String level, long topId) {
    return byLevelAndCategory.getOrDefault(level, Map.of()).getOrDefault(topId, Counts.NONE);
  }

  /** The totals of cells (their categories counted under their top-level category). */
  public static SampleTotals of(Collection<StatsQueries.SampleCell> cells, Reference ref) {
    Builder b = new Builder();
    Map<Long, Long> tops = new HashMap<>();
    for (StatsQueries.SampleCell x : cells) {
      long top = tops.computeIfAbsent(x.categoryId(), ref::topCategory);
      long[] v = {x.batches(), x.judged(), x.conforming()};
      b.add(b.total, v);
      b.add(b.unit.computeIfAbsent(x.regionId(), k -> new long[3]), v);
      b.add(b.level.computeIfAbsent(x.level(), k -> new long[3]), v);
      b.add(b.department.computeIfAbsent(x.department(), k -> new long[3]), v);
      b.add(b.category.computeIfAbsent(top, k -> new long[3]), v);
      b.add(b.month.computeIfAbsent(x.month(), k -> new long[3]), v);
      b.add(
          b.levelCategory
              .computeIfAbsent(x.level(), k -> new HashMap<>())
              .computeIfAbsent(top, k -> new long[3]),
          v);
    }
    return b.build();
  }

  /**
   * The totals of signed rows {@code (unit, level, department, top category, month, batches,
   * judged, conforming)} selected by {@code rows} (columns named r, l, d, k, m, b, j, c), summed by
   * the database: PostgreSQL in one pass over them ({@code GROUPING SETS}); H2, which has no
   * grouping sets (checked on 2.2 and 2.3), one {@code GROUP BY} per grouping over the same rows
   * named once ({@code WITH}), each row marked with the code {@code GROUPING} gives.
   */
  static SampleTotals sum(Connection c, String rows, List<Object> params) throws SQLException {
    String sql =
        StatsQueries.isPostgres(c)
            ? "SELECT GROUPING(x.r, x.l, x.d, x.k, x.m), x.r, x.l, x.d, x.k, x.m, SUM(x.b),"
                + " SUM(x.j), SUM(x.c) FROM ("
                + rows
                + ") x GROUP BY GROUPING SETS ((), (x.r), (x.l), (x.d), (x.k), (x.m), (x.l, x.k))"
            : "WITH x AS ("
                + rows
                + ") SELECT 31, CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(30)),"
                + " CAST(NULL AS VARCHAR(30)), CAST(NULL AS BIGINT), CAST(NULL AS INTEGER),"
                + " SUM(x.b), SUM(x.j), SUM(x.c) FROM x"
                + grouping(15, "x.r")
                + grouping(23, "x.l")
                + grouping(27, "x.d")
                + grouping(29, "x.k")
                + grouping(30, "x.m")
                + grouping(21, "x.l", "x.k");
    Builder b = new Builder();
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long[] v = {r.getLong(7), r.getLong(8), r.getLong(9)};
        // GROUPING: one bit per column not grouped by, r the highest (16) and m the lowest (1)
        switch (r.getInt(1)) {
          case 31 -> b.add(b.total, v);
          case 15 -> b.add(b.unit.computeIfAbsent(r.getLong(2), k -> new long[3]), v);
          case 23 -> b.add(b.level.computeIfAbsent(r.getString(3), k -> new long[3]), v);
          case 27 -> b.add(b.department.computeIfAbsent(r.getString(4), k -> new long[3]), v);
          case 29 -> b.add(b.category.computeIfAbsent(r.getLong(5), k -> new long[3]), v);
          case 30 -> b.add(b.month.computeIfAbsent(r.getInt(6), k -> new long[3]), v);
          case 21 ->
              b.add(
                  b.levelCategory
                      .computeIfAbsent(r.getString(3), k -> new HashMap<>())
                      .computeIfAbsent(r.getLong(5), k -> new long[3]),
                  v);
          default -> throw new IllegalStateException("grouping " + r.getInt(1));
        }
      }
    }
    return b.build();
  }

  /** One grouping of the H2 form: the grouped columns in place, the others null. */
  private static String grouping(int code, String... columns) {
    List<String> grouped = List.of(columns);
    StringBuilder sql = new StringBuilder(" UNION ALL SELECT ").append(code);
    for (String column : new String[] {"x.r", "x.l", "x.d", "x.k", "x.m"}) {
      sql.append(", ").append(grouped.contains(column) ? column : "NULL");
    }
    return sql.append(", SUM(x.b), SUM(x.j), SUM(x.c) FROM x GROUP BY ")
        .append(String.join(", ", columns))
        .toString();
  }

  private static final class Builder {
    final long[] total = new long[3];
    final Map<Long, long[]> unit = new HashMap<>();
    final Map<String, long[]> level = new HashMap<>();
    final Map<String, long[]> department = new HashMap<>();
    final Map<Long, long[]> category = new HashMap<>();
    final Map<Integer, long[]> month = new HashMap<>();
    final Map<String, Map<Long, long[]>> levelCategory = new HashMap<>();

    void add(long[] to, long[] v) {
      to[0] += v[0];
      to[1] += v[1];
      to[2] += v[2];
    }

    SampleTotals build() {
      Map<String, Map<Long, Counts>> lc = new HashMap<>();
      levelCategory.forEach((l, m) -> lc.put(l, counts(m)));
      return new SampleTotals(
          counts(total),
          counts(unit),
          counts(level),
          counts(department),
          counts(category),
          counts(month),
          lc);
    }

    private static Counts counts(long[] v) {
      return new Counts(v[0], v[1], v[2]);
    }

    private static <K> Map<K, Counts> counts(Map<K, long[]> m) {
      Map<K, Counts> out = new HashMap<>();
      m.forEach((k, v) -> out.put(k, counts(v)));
      return out;
    }
  }
}
