package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures' raw material read from the facts instead of the transactional rows: the same {@link
 * FiguresReport.Inputs} as {@link StatsQueries}, so the dashboard, the workbook, the PDF and the
 * plan's progress compute from one model. Whole months of the period come from the monthly counts
 * (a few rows per unit, level, department and category), the days of a month cut by the period or
 * the as-of date from the per-sample facts, and approvals after the as-of date are taken back out
 * of the whole months: those of later months from the approval-month counts, those of the rest of
 * the as-of date's own month from the per-sample facts (none when the as-of date is today or a
 * month's last day). Overdue reports read only the samples whose report was not approved by its due
 * date. Exact at day grain; for a period of whole months as of a month's end (a past year, quarter
 * or month) no per-sample row is read, and the cost follows the number of monthly rows rather than
 * the number of samples.
 */
public final class FactQueries {

  private FactQueries() {}

  /** The whole months inside the counted days, and the days outside them. */
  record Split(LocalDate fullFrom, LocalDate fullTo, List<LocalDate[]> partial) {

    static Split of(Period p) {
      LocalDate from = p.from();
      LocalDate last = p.lastSamplingDay();
      List<LocalDate[]> partial = new ArrayList<>();
      if (last.isBefore(from)) {
        return new Split(null, null, partial);
      }
      LocalDate fullFrom = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
      LocalDate fullTo =
          last.equals(last.withDayOfMonth(last.lengthOfMonth()))
              ? last
              : last.withDayOfMonth(1).minusDays(1);
      if (fullFrom.isAfter(fullTo)) {
        partial.add(new LocalDate[] {from, last});
        return new Split(null, null, partial);
      }
      if (from.isBefore(fullFrom)) {
        partial.add(new LocalDate[] {from, fullFrom.minusDays(1)});
      }
      if (last.isAfter(fullTo)) {
        partial.add(new LocalDate[] {fullTo.plusDays(1), last});
      }
      return new Split(fullFrom, fullTo, partial);
    }

    /** Every counted day from the per-sample rows (a filter the monthly counts cannot answer). */
    static Split allDays(Period p) {
      List<LocalDate[]> partial = new ArrayList<>();
      if (!p.lastSamplingDay().isBefore(p.from())) {
        partial.add(new LocalDate[] {p.from(), p.lastSamplingDay()});
      }
      return new Split(null, null, partial);
    }

    boolean hasFull() {
      return fullFrom != null;
    }

    /** " AND (s.sampled_on BETWEEN ...)" over the partial days, or null when there are none. */
    String partialCondition(List<Object> params) {
      if (partial.isEmpty()) {
        return null;
      }
      StringBuilder sql = new StringBuilder(" AND (");
      for (int i = 0; i < partial.size(); i++) {
        sql.append(i == 0 ? "" : " OR ").append("(s.sampled_on >= ? AND s.sampled_on <= ?)");
        params.add(partial.get(i)[0]);
        params.add(partial.get(i)[1]);
      }
      return sql.append(")").toString();
    }
  }

  public static FiguresReport.Inputs inputs(
      Connection c, Period p, Scope s, Reference ref, Set<Long> units, WorkingDayCalendar calendar)
      throws SQLException {
    Set<Long> topCategories =
        s.categoryIds() == null
            ? null
            : s.categoryIds().stream()
                .filter(id -> ref.categories().get(id).parentId() == null)
                .collect(Collectors.toSet());
    StatsQueries.tune(c);
    return new FiguresReport.Inputs(
        p,
        ref,
        units,
        totals(c, p, s, ref),
        s.labId() != null
            ? StatsQueries.QuotaTotals.none()
            : StatsQueries.quotas(c, p, s, topCategories),
        StatsQueries.planResidents(c, p.year()),
        StatsQueries.planRate(c, p.year()),
        CaseCounts.read(c, p, s),
        turnaround(c, p, s),
        overdueReports(c, p, s));
  }

  /**
   * The period's samples summed per grouping by the database (a few hundred rows instead of every
   * monthly cell).
   */
  public static SampleTotals totals(Connection c, Period p, Scope scope, Reference ref)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    return SampleTotals.sum(c, signedRows(p, scope, ref, params), params);
  }

  /**
   * The period's samples per unit, level, department, top-level category and month (the grain of
   * the monthly counts; a category is counted under its top-level category).
   */
  public static List<StatsQueries.SampleCell> samples(
      Connection c, Period p, Scope scope, Reference ref) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql =
        "SELECT x.r, x.l, x.d, x.k, x.m, SUM(x.b), SUM(x.j), SUM(x.c) FROM ("
            + signedRows(p, scope, ref, params)
            + ") x GROUP BY x.r, x.l, x.d, x.k, x.m";
    List<StatsQueries.SampleCell> out = new ArrayList<>();
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long batches = r.getLong(6);
        long judged = r.getLong(7);
        long conforming = r.getLong(8);
        if (batches != 0 || judged != 0 || conforming != 0) {
          out.add(
              new StatsQueries.SampleCell(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getLong(4),
                  r.getInt(5),
                  batches,
                  judged,
                  conforming));
        }
      }
    }
    return out;
  }

  /** The signed rows whose sums are the period's sample counts (see {@link #signedRows}). */
  static String signedRows(Period p, Scope scope, Reference ref, List<Object> params) {
    List<Object> monthParams = new ArrayList<>();
    String monthly = monthScope(scope, ref, monthParams);
    return monthly == null
        ? signedRows(p, scope, Split.allDays(p), null, null, params)
        : signedRows(p, scope, Split.of(p), monthly, monthParams, params);
  }

  /**
   * The scope's conditions on the monthly sample counts, or null when they cannot answer it: a lab,
   * or categories that are not whole top-level categories (the counts keep the top level only).
   */
  static String monthScope(Scope s, Reference ref, List<Object> params) {
    if (s.labId() != null) {
      return null;
    }
    Set<Long> tops = null;
    if (s.categoryIds() != null) {
      tops =
          s.categoryIds().stream()
              .filter(id -> ref.categories().get(id).parentId() == null)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      Set<Long> covered =
          tops.stream().flatMap(t -> ref.categoryAndBelow(t).stream()).collect(Collectors.toSet());
      if (!covered.equals(s.categoryIds())) {
        return null;
      }
    }
    String sql =
        new Scope(s.level(), s.department(), s.regionIds(), null, null, s.kind())
            .sampleConditions(params);
    if (tops != null) {
      if (tops.isEmpty()) {
        return sql + " AND 1 = 0";
      }
      sql +=
          " AND s.top_category_id IN ("
              + tops.stream().map(t -> "?").collect(Collectors.joining(","))
              + ")";
      params.addAll(tops);
    }
    return sql;
  }

  /** Unit, level, department and top-level category of a row of any of the sample facts. */
  private static final String ROW_KEY =
      "s.region_id AS r, s.sampling_level AS l, s.department AS d, s.top_category_id AS k, ";

  /**
   * Signed rows (columns r, l, d, k, m: unit, level, department, top-level category, month; b, j,
   * c: batches, judged, conforming) whose sums are the period's sample counts as of its date: the
   * monthly counts of its whole months, less the approvals after the as-of date (whole later months
   * of approval from the approval counts, the rest of the as-of date's own month from the
   * per-sample rows), plus the days outside whole months from the per-sample rows.
   */
  static String signedRows(
      Period p,
      Scope scope,
      Split split,
      String monthly,
      List<Object> monthParams,
      List<Object> params) {
    List<String> rows = new ArrayList<>();
    if (split.hasFull()) {
      params.addAll(List.of(split.fullFrom(), split.fullTo()));
      params.addAll(monthParams);
      rows.add(
          "SELECT "
              + ROW_KEY
              + "EXTRACT(MONTH FROM s.month_start) AS m, s.batches AS b, s.judged AS j,"
              + " s.conforming AS c FROM sample_month_fact s"
              + " WHERE s.month_start >= ? AND s.month_start <= ?"
              + monthly);
      params.addAll(List.of(nextMonth(p.asOf()), split.fullFrom(), split.fullTo()));
      params.addAll(monthParams);
      rows.add(
          "SELECT "
              + ROW_KEY
              + "EXTRACT(MONTH FROM s.month_start) AS m, 0 AS b, -s.judged AS j,"
              + " -s.conforming AS c"
              + " FROM sample_approval_fact s WHERE s.approved_month >= ?"
              + " AND s.month_start >= ? AND s.month_start <= ?"
              + monthly);
      if (!isMonthEnd(p.asOf())) {
        params.addAll(List.of(p.asOf(), nextMonth(p.asOf()), split.fullFrom(), split.fullTo()));
        rows.add(
            "SELECT "
                + ROW_KEY
                + "EXTRACT(MONTH FROM s.sampled_on) AS m, 0 AS b, -s.counted AS j,"
                + " -(s.counted * s.conforming) AS c"
                + " FROM sample_fact s WHERE s.approved_on > ?"
                + " AND s.approved_on < ? AND s.sampled_on >= ? AND s.sampled_on <= ?"
                + scope.sampleConditions(params));
      }
    }
    List<Object> dayParams = new ArrayList<>(List.of(p.asOf(), p.asOf()));
    String days = split.partialCondition(dayParams);
    if (days != null) {
      params.addAll(dayParams);
      rows.add(
          "SELECT "
              + ROW_KEY
              + "EXTRACT(MONTH FROM s.sampled_on) AS m, s.counted AS b,"
              + " CASE WHEN s.approved_on <= ? THEN s.counted ELSE 0 END AS j,"
              + " CASE WHEN s.approved_on <= ? THEN s.counted * s.conforming ELSE 0 END AS c"
              + " FROM sample_fact s WHERE 1 = 1"
              + days
              + scope.sampleConditions(params));
    }
    if (rows.isEmpty()) {
      // no counted day: one row that adds nothing keeps the caller's query valid
      return "SELECT CAST(NULL AS BIGINT) AS r, CAST(NULL AS VARCHAR(20)) AS l,"
          + " CAST(NULL AS VARCHAR(30)) AS d, CAST(NULL AS BIGINT) AS k, 0 AS m, 0 AS b, 0 AS j,"
          + " 0 AS c FROM sample_month_fact s WHERE 1 = 0";
    }
    return String.join(" UNION ALL ", rows);
  }

  /** How many samples of each lab took each number of working days from receipt to approval. */
  public static List<StatsQueries.TurnaroundCount> turnaround(
      Connection c, Period p, Scope kindScope) throws SQLException {
    Scope scope = kindScope.anyKind();
    // the monthly turnaround counts hold unit and lab only
    boolean monthly =
        scope.level() == null && scope.department() == null && scope.categoryIds() == null;
    Split split = monthly ? Split.of(p) : Split.allDays(p);
    String approvedSample =
        " s.counted = 1 AND s.received_on IS NOT NULL AND s.lab_id IS NOT NULL"
            + " AND s.working_days IS NOT NULL";
    // signed counts per lab and working days, summed by the database in one statement
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (split.hasFull()) {
      params.addAll(List.of(split.fullFrom(), split.fullTo()));
      parts.add(
          "SELECT s.lab_id AS lab, s.working_days AS wd, SUM(s.approved) AS n"
              + " FROM turnaround_month_fact s WHERE s.month_start >= ? AND s.month_start <= ?"
              + scope.sampleConditions(params)
              + " GROUP BY s.lab_id, s.working_days");
      params.addAll(List.of(nextMonth(p.asOf()), split.fullFrom(), split.fullTo()));
      parts.add(
          "SELECT s.lab_id AS lab, s.working_days AS wd, -SUM(s.approved) AS n"
              + " FROM turnaround_approval_fact s"
              + " WHERE s.approved_month >= ? AND s.month_start >= ? AND s.month_start <= ?"
              + scope.sampleConditions(params)
              + " GROUP BY s.lab_id, s.working_days");
      if (!isMonthEnd(p.asOf())) {
        params.addAll(List.of(p.asOf(), nextMonth(p.asOf()), split.fullFrom(), split.fullTo()));
        parts.add(
            "SELECT s.lab_id AS lab, s.working_days AS wd, -COUNT(*) AS n FROM sample_fact s"
                + " WHERE s.approved_on > ?"
                + " AND s.approved_on < ? AND s.sampled_on >= ? AND s.sampled_on <= ? AND"
                + approvedSample
                + scope.sampleConditions(params)
                + " GROUP BY s.lab_id, s.working_days");
      }
    }
    List<Object> dayParams = new ArrayList<>(List.of(p.asOf()));
    String days = split.partialCondition(dayParams);
    if (days != null) {
      params.addAll(dayParams);
      parts.add(
          "SELECT s.lab_id AS lab, s.working_days AS wd, COUNT(*) AS n FROM sample_fact s"
              + " WHERE s.approved_on <= ?"
              + " AND"
              + approvedSample
              + days
              + scope.sampleConditions(params)
              + " GROUP BY s.lab_id, s.working_days");
    }
    List<StatsQueries.TurnaroundCount> out = new ArrayList<>();
    if (parts.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT x.lab, x.wd, SUM(x.n) FROM ("
            + String.join(" UNION ALL ", parts)
            + ") x GROUP BY x.lab, x.wd";
    try (PreparedStatement st = StatsQueries.prepare(c, sql, params);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        long n = r.getLong(3);
        if (n != 0) {
          out.add(new StatsQueries.TurnaroundCount(r.getLong(1), r.getLong(2), n));
        }
      }
    }
    return out;
  }

  /**
   * Per lab: received samples whose report was due before the as-of date and not approved by then.
   * Only a report not approved by its due date can be overdue on any date, so the read is of those
   * rows alone ({@code report_late}, indexed with the sampling day), not of the period's samples.
   */
  public static Map<Long, Long> overdueReports(Connection c, Period p, Scope scope)
      throws SQLException {
    Map<Long, Long> m = new HashMap<>();
    List<Object> params = new ArrayList<>(List.of(p.from(), p.lastSamplingDay(), p.asOf()));
    params.add(p.asOf());
    String sql =
        "SELECT s.lab_id, COUNT(*) FROM sample_fact s WHERE s.report_late = 1"
            + " AND s.sampled_on >= ? AND s.sampled_on <= ? AND s.report_due < ?"
            + " AND (s.approved_on IS NULL OR s.approved_on > ?)"
            + scope.sampleConditions(params)
            + " GROUP BY s.lab_id";
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        m.merge(r.getLong(1), r.getLong(2), Long::sum);
      }
    }
    return m;
  }

  private static LocalDate nextMonth(LocalDate day) {
    return day.withDayOfMonth(1).plusMonths(1);
  }

  private static boolean isMonthEnd(LocalDate day) {
    return day.getDayOfMonth() == day.lengthOfMonth();
  }
}
