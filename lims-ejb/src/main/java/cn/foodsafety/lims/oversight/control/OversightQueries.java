package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.statistics.control.Scope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the oversight figures are computed from, with the statistics' own scope conditions on
 * the per-sample facts (alias {@code s}) plus the kind of sampling. Read-only: the producer and
 * operator of a sample, its failing items and its publications are read from their owners' tables,
 * which the facts do not copy.
 */
public final class OversightQueries {

  private OversightQueries() {}

  /** An approved result and the day of its first publication (null if never published). */
  public record Approved(
      long sampleId,
      String sampleNumber,
      String foodName,
      long regionId,
      String level,
      LocalDate approvedOn,
      LocalDate firstPublished) {}

  /** A non-conforming approved sample with one failing item per row. */
  public record FailingRow(
      long sampleId,
      String sampleNumber,
      String foodName,
      long regionId,
      String level,
      long categoryId,
      LocalDate sampledOn,
      LocalDate approvedOn,
      String producerName,
      String producerLicence,
      String partyName,
      String partyLicence,
      String analyte,
      String limitOperator,
      boolean microbiological,
      BigDecimal timesOver,
      String value,
      String limitValue,
      String limitUnit) {}

  /** Counts of one month: judged batches (or tested items) and the non-conforming among them. */
  public record MonthCount(String key, int year, int month, long judged, long nonConforming) {}

  static String kindCondition(String kind, List<Object> params) {
    if (kind == null) {
      return "";
    }
    params.add(kind);
    return " AND s.sampling_kind = ?";
  }

  /** Approved results in scope whose approval day lies between {@code from} and {@code to}. */
  public static List<Approved> approved(
      Connection c, Scope scope, String kind, LocalDate from, LocalDate to) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(from, to));
    String sql =
        "SELECT s.sample_id, x.sample_number, x.food_name, s.region_id, s.sampling_level,"
            + " s.approved_on, (SELECT MIN(p.published_on) FROM publication p"
            + " WHERE p.sample_id = s.sample_id)"
            + " FROM sample_fact s JOIN sample x ON x.id = s.sample_id"
            + " WHERE s.counted = 1 AND s.approved_on >= ? AND s.approved_on <= ?"
            + scope.sampleConditions(params)
            + kindCondition(kind, params)
            + " ORDER BY s.approved_on, s.sample_id";
    List<Approved> out = new ArrayList<>();
    try (PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Approved(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class)));
      }
    }
    return out;
  }

  /**
   * The failing items of the non-conforming samples taken from {@code from} to {@code to} and
   * approved by {@code asOf}, one row per item; a sample judged non-conforming without a failing
   * item listed comes once with a null analyte.
   */
  public static List<FailingRow> failing(
      Connection c, Scope scope, String kind, LocalDate from, LocalDate to, LocalDate asOf)
      throws SQLException {
    List<Object> params = new ArrayList<>(List.of(asOf, from, to));
    String sql =
        "SELECT s.sample_id, x.sample_number, x.food_name, s.region_id, s.sampling_level,"
            + " s.category_id, s.sampled_on, s.approved_on, x.producer_name, x.producer_licence,"
            + " x.party_name, x.party_licence, i.analyte, i.limit_operator, i.microbiological,"
            + " i.times_over, i.reported_value, i.limit_value, i.limit_unit"
            + " FROM sample_fact s JOIN sample x ON x.id = s.sample_id"
            + " LEFT JOIN sample_item i ON i.sample_id = s.sample_id"
            + " AND i.verdict = 'NON_CONFORMING' AND i.dropped = FALSE"
            + " WHERE s.counted = 1 AND s.conforming = 0 AND s.approved_on IS NOT NULL"
            + " AND s.approved_on <= ? AND s.sampled_on >= ? AND s.sampled_on <= ?"
            + scope.sampleConditions(params)
            + kindCondition(kind, params)
            + " ORDER BY s.sampled_on DESC, s.sample_id DESC, i.analyte";
    List<FailingRow> out = new ArrayList<>();
    try (PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(
            new FailingRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getBoolean(15),
                decimal(rs.getString(16)),
                rs.getString(17),
                rs.getString(18),
                rs.getString(19)));
      }
    }
    return out;
  }

  /**
   * Judged and non-conforming batches per top-level category and month of sampling, for the years
   * {@code year - 1} and {@code year}; a batch counts as judged when approved by {@code asOf} (the
   * previous year: by the same day a year earlier, so that both years are compared alike).
   */
  public static List<MonthCount> categoryMonths(
      Connection c, Scope scope, String kind, int year, LocalDate asOf) throws SQLException {
    List<MonthCount> out = new ArrayList<>();
    for (int y : new int[] {year - 1, year}) {
      LocalDate cut = asOf.minusYears(year - y);
      List<Object> params =
          new ArrayList<>(List.of(cut, cut, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      String sql =
          "SELECT s.top_category_id, EXTRACT(MONTH FROM s.sampled_on),"
              + " SUM(CASE WHEN s.approved_on <= ? THEN 1 ELSE 0 END),"
              + " SUM(CASE WHEN s.approved_on <= ? AND s.conforming = 0 THEN 1 ELSE 0 END)"
              + " FROM sample_fact s WHERE s.counted = 1 AND s.approved_on IS NOT NULL"
              + " AND s.sampled_on >= ? AND s.sampled_on <= ?"
              + scope.sampleConditions(params)
              + kindCondition(kind, params)
              + " GROUP BY s.top_category_id, EXTRACT(MONTH FROM s.sampled_on)";
      try (PreparedStatement st = prepare(c, sql, params);
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new MonthCount(
                  Long.toString(rs.getLong(1)), y, rs.getInt(2), rs.getLong(3), rs.getLong(4)));
        }
      }
    }
    return out;
  }

  /**
   * Tested and non-conforming items per analyte and month of sampling for {@code year - 1} and
   * {@code year}, of the samples approved by {@code asOf} (a year earlier for the previous year).
   */
  public static List<MonthCount> analyteMonths(
      Connection c, Scope scope, String kind, int year, LocalDate asOf) throws SQLException {
    List<MonthCount> out = new ArrayList<>();
    for (int y : new int[] {year - 1, year}) {
      LocalDate cut = asOf.minusYears(year - y);
      List<Object> params =
          new ArrayList<>(List.of(cut, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      String sql =
          "SELECT i.analyte, EXTRACT(MONTH FROM s.sampled_on), COUNT(*),"
              + " SUM(CASE WHEN i.verdict = 'NON_CONFORMING' THEN 1 ELSE 0 END)"
              + " FROM sample_fact s JOIN sample_item i ON i.sample_id = s.sample_id"
              + " WHERE s.counted = 1 AND s.approved_on IS NOT NULL AND s.approved_on <= ?"
              + " AND i.dropped = FALSE AND i.verdict IS NOT NULL"
              + " AND s.sampled_on >= ? AND s.sampled_on <= ?"
              + scope.sampleConditions(params)
              + kindCondition(kind, params)
              + " GROUP BY i.analyte, EXTRACT(MONTH FROM s.sampled_on)";
      try (PreparedStatement st = prepare(c, sql, params);
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new MonthCount(rs.getString(1), y, rs.getInt(2), rs.getLong(3), rs.getLong(4)));
        }
      }
    }
    return out;
  }

  /** Batches taken per unit and month, from the per-sample facts (kind-aware). */
  /** A plan cell's quota for a month: unit, category and batches. */
  public record Quota(long regionId, long categoryId, int month, long batches) {}

  /**
   * The quotas of the year's plans of the kind of sampling (null: every plan) for the months, in
   * the scope (level, department, units, top-level categories).
   */
  public static List<Quota> quotas(
      Connection c,
      int year,
      java.util.Collection<Integer> months,
      Scope scope,
      java.util.Set<Long> topCategoryIds,
      String kind)
      throws SQLException {
    if (months.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(year);
    params.addAll(months);
    String sql =
        "SELECT c.region_id, c.category_id, c.month_no, SUM(c.batches) FROM plan_cell c"
            + " JOIN sampling_plan pl ON pl.id = c.plan_id WHERE pl.plan_year = ?"
            + " AND c.month_no IN ("
            + String.join(",", java.util.Collections.nCopies(months.size(), "?"))
            + ")"
            + scope.cellConditions(params, topCategoryIds);
    if (kind != null) {
      sql += " AND pl.sampling_kind = ?";
      params.add(kind);
    }
    sql += " GROUP BY c.region_id, c.category_id, c.month_no";
    List<Quota> out = new ArrayList<>();
    try (PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(new Quota(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
      }
    }
    return out;
  }

  public static Map<Long, Map<Integer, Long>> batchesByUnitAndMonth(
      Connection c, Scope scope, String kind, LocalDate from, LocalDate to) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(from, to));
    String sql =
        "SELECT s.region_id, EXTRACT(MONTH FROM s.sampled_on), SUM(s.counted)"
            + " FROM sample_fact s WHERE s.sampled_on >= ? AND s.sampled_on <= ?"
            + scope.sampleConditions(params)
            + kindCondition(kind, params)
            + " GROUP BY s.region_id, EXTRACT(MONTH FROM s.sampled_on)";
    Map<Long, Map<Integer, Long>> out = new LinkedHashMap<>();
    try (PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
            .merge(rs.getInt(2), rs.getLong(3), Long::sum);
      }
    }
    return out;
  }

  /** Batches taken per category (as recorded) from the per-sample facts (kind-aware). */
  public static Map<Long, Long> batchesByCategory(
      Connection c, Scope scope, String kind, LocalDate from, LocalDate to) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(from, to));
    String sql =
        "SELECT s.top_category_id, SUM(s.counted) FROM sample_fact s"
            + " WHERE s.sampled_on >= ? AND s.sampled_on <= ?"
            + scope.sampleConditions(params)
            + kindCondition(kind, params)
            + " GROUP BY s.top_category_id";
    Map<Long, Long> out = new LinkedHashMap<>();
    try (PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.merge(rs.getLong(1), rs.getLong(2), Long::sum);
      }
    }
    return out;
  }

  static PreparedStatement prepare(Connection c, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      st.setObject(i + 1, params.get(i));
    }
    return st;
  }

  private static BigDecimal decimal(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
