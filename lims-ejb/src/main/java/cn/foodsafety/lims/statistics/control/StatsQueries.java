package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.CivilTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures' raw material, read with aggregate SQL that runs the same on PostgreSQL and H2: the
 * samples of a period grouped by unit, level, department, category and month with how many have a
 * conclusion by the as-of date and how many conform; the plan's quotas; the residents; the
 * follow-up cases with their dates; laboratory turnaround pairs and overdue reports.
 */
public final class StatsQueries {

  private StatsQueries() {}

  /** Samples of a group: taken, with a conclusion by the as-of date, conforming among those. */
  public record SampleCell(
      long regionId,
      String level,
      String department,
      long categoryId,
      int month,
      long batches,
      long judged,
      long conforming) {}

  /** A follow-up case's grouping keys and dates; deadline is the one that counts on the day. */
  public record CaseFact(
      long id,
      String level,
      long regionId,
      String department,
      long categoryId,
      LocalDate startedOn,
      LocalDate completedOn,
      LocalDate deadline,
      LocalDate overturnedOn) {

    public DisposalRates.CaseFacts facts() {
      return new DisposalRates.CaseFacts(startedOn, completedOn, deadline, overturnedOn);
    }
  }

  /**
   * The follow-up parts of the cases of one case level and unit on the reporting date: the
   * numerators and denominators of the three rates ({@link DisposalRates}).
   */
  public record CaseCount(
      String level,
      long regionId,
      long mustFollow,
      long started,
      long completed,
      long onTime,
      long onTimeDue) {

    public DisposalRates.Result rates() {
      return new DisposalRates.Result(
          new DisposalRates.Rate(started, mustFollow),
          new DisposalRates.Rate(completed, mustFollow),
          new DisposalRates.Rate(onTime, onTimeDue));
    }

    /** The sum of a group of counts (level and unit of the first, or null and 0 when none). */
    public static CaseCount sum(java.util.Collection<CaseCount> counts) {
      long[] v = new long[5];
      for (CaseCount x : counts) {
        v[0] += x.mustFollow;
        v[1] += x.started;
        v[2] += x.completed;
        v[3] += x.onTime;
        v[4] += x.onTimeDue;
      }
      return new CaseCount(null, 0, v[0], v[1], v[2], v[3], v[4]);
    }
  }

  /** Cases counted per case level and unit as of the reporting date. */
  public static List<CaseCount> caseCounts(List<CaseFact> cases, LocalDate asOf) {
    Map<List<Object>, long[]> m = new java.util.LinkedHashMap<>();
    for (CaseFact c : cases) {
      DisposalRates.Counted k = DisposalRates.classify(c.facts(), asOf);
      long[] v = m.computeIfAbsent(List.of(c.level(), c.regionId()), x -> new long[5]);
      v[0] += k.mustFollow() ? 1 : 0;
      v[1] += k.started() ? 1 : 0;
      v[2] += k.completed() ? 1 : 0;
      v[3] += k.onTimeNumerator() ? 1 : 0;
      v[4] += k.onTimeDenominator() ? 1 : 0;
    }
    List<CaseCount> out = new ArrayList<>();
    m.forEach(
        (k, v) -> {
          if (java.util.Arrays.stream(v).anyMatch(x -> x != 0)) {
            out.add(
                new CaseCount((String) k.get(0), (Long) k.get(1), v[0], v[1], v[2], v[3], v[4]));
          }
        });
    return out;
  }

  /** How many samples of a lab went from receipt on one day to approval on another. */
  public record TurnaroundPair(long labId, LocalDate received, LocalDate approved, long count) {}

  /** How many samples of a lab took a number of working days from receipt to approval. */
  public record TurnaroundCount(long labId, long workingDays, long count) {}

  /** Turnaround pairs as working days by the calendar (memoised: few distinct pairs). */
  public static List<TurnaroundCount> workingDays(
      List<TurnaroundPair> pairs, WorkingDayCalendar calendar) {
    Map<String, Long> memo = new HashMap<>();
    Map<List<Long>, Long> counts = new java.util.LinkedHashMap<>();
    for (TurnaroundPair p : pairs) {
      long d =
          memo.computeIfAbsent(
              p.received() + "/" + p.approved(),
              k -> calendar.workingDaysBetween(p.received(), p.approved()));
      counts.merge(List.of(p.labId(), d), p.count(), Long::sum);
    }
    List<TurnaroundCount> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new TurnaroundCount(k.get(0), k.get(1), n)));
    return out;
  }

  /** The moment the as-of day ends (Beijing time): what happened before it has happened. */
  public static OffsetDateTime endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(CivilTime.ZONE).toOffsetDateTime();
  }

  /**
   * Everything the figures of a period and scope are computed from, recomputed from the raw rows
   * (the baseline the facts are reconciled and benchmarked against; the application reads {@link
   * FactQueries}).
   */
  public static FiguresReport.Inputs inputs(
      Connection c, Period p, Scope s, Reference ref, Set<Long> units, WorkingDayCalendar calendar)
      throws SQLException {
    tune(c);
    return inputs(c, p, s, ref, units, calendar, samples(c, p, s));
  }

  /** The same, from cells already read by {@link #samples(Connection, Period, Scope)}. */
  public static FiguresReport.Inputs inputs(
      Connection c,
      Period p,
      Scope s,
      Reference ref,
      Set<Long> units,
      WorkingDayCalendar calendar,
      List<SampleCell> cells)
      throws SQLException {
    Set<Long> topCategories =
        s.categoryIds() == null
            ? null
            : s.categoryIds().stream()
                .filter(id -> ref.categories().get(id).parentId() == null)
                .collect(java.util.stream.Collectors.toSet());
    tune(c);
    return new FiguresReport.Inputs(
        p,
        ref,
        units,
        SampleTotals.of(cells, ref),
        s.labId() != null ? QuotaTotals.none() : quotas(c, p, s, topCategories),
        planResidents(c, p.year()),
        planRate(c, p.year()),
        caseCounts(cases(c, p, s), p.asOf()),
        workingDays(turnaround(c, p, s), calendar),
        overdueReports(c, p, s));
  }

  /**
   * On PostgreSQL, inside the caller's transaction: enough memory to aggregate a province-year in
   * memory (hash aggregation instead of sorting on disk), and Beijing time as the session's zone so
   * that a timestamp's date is its Beijing date. Other databases are left as they are.
   */
  public static boolean tune(Connection c) throws SQLException {
    if (!isPostgres(c) || c.getAutoCommit()) {
      return false;
    }
    // both in one statement (SET LOCAL takes one setting a statement): one round trip a request
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT set_config('work_mem', '64MB', true), set_config('TimeZone', ?, true)")) {
      st.setString(1, CivilTime.ZONE_ID);
      st.executeQuery().close();
    }
    return true;
  }

  static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData()
        .getDatabaseProductName()
        .toLowerCase(java.util.Locale.ROOT)
        .contains("postgres");
  }

  /**
   * The Beijing date of a timestamp column: a plain cast once {@link #tune} has set the session's
   * zone, else the portable conversion (slower on PostgreSQL).
   */
  static String beijingDate(boolean beijingSession, String column) {
    return beijingSession
        ? "CAST(" + column + " AS DATE)"
        : "CAST(" + column + " AT TIME ZONE '" + CivilTime.ZONE_ID + "' AS DATE)";
  }

  /** The base of every sample figure: taken in the period, up to the as-of date, not rejected. */
  public static String sampleBase(Period p, Scope scope, List<Object> params) {
    params.add(p.from());
    params.add(p.lastSamplingDay());
    return " s.sampled_on >= ? AND s.sampled_on <= ? AND s.state <> 'REJECTED'"
        + scope.sampleConditions(params);
  }

  public static List<SampleCell> samples(Connection c, Period p, Scope scope) throws SQLException {
    List<Object> params = new ArrayList<>();
    OffsetDateTime end = endOf(p.asOf());
    params.add(end);
    params.add(end);
    String sql =
        "SELECT s.region_id, s.sampling_level, s.department, s.category_id,"
            + " EXTRACT(MONTH FROM s.sampled_on), COUNT(*),"
            + " SUM(CASE WHEN a.first_approved_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.first_approved_at < ? AND a.conclusion = 'CONFORMING' THEN 1"
            + " ELSE 0 END)"
            + " FROM sample s LEFT JOIN analysis a ON a.sample_id = s.id WHERE"
            + sampleBase(p, scope, params)
            + " GROUP BY s.region_id, s.sampling_level, s.department, s.category_id,"
            + " EXTRACT(MONTH FROM s.sampled_on)";
    List<SampleCell> out = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(
            new SampleCell(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getLong(4),
                r.getInt(5),
                r.getLong(6),
                r.getLong(7),
                r.getLong(8)));
      }
    }
    return out;
  }

  /**
   * The plan's quotas of the period summed the ways the figures group them (unit, level,
   * department, category, month): a province's plan has hundreds of thousands of cells, but the
   * figures need a few hundred sums, so the database adds them up instead of sending every cell.
   */
  public record QuotaTotals(
      long total,
      Map<Long, Long> byUnit,
      Map<String, Long> byLevel,
      Map<String, Long> byDepartment,
      Map<Long, Long> byCategory,
      Map<Integer, Long> byMonth) {

    public static QuotaTotals none() {
      return new QuotaTotals(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
  }

  public static QuotaTotals quotas(Connection c, Period p, Scope scope, Set<Long> topCategoryIds)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    params.add(p.year());
    String from =
        " FROM plan_cell c JOIN sampling_plan pl ON pl.id = c.plan_id WHERE pl.plan_year = ?"
            + " AND c.month_no IN ("
            + String.join(",", java.util.Collections.nCopies(p.months().size(), "?"))
            + ")";
    params.addAll(p.months());
    from += scope.cellConditions(params, topCategoryIds);
    String sql;
    if (isPostgres(c)) {
      // one pass over the cells: GROUPING tells the grouping of a row (a bit per column left out)
      sql =
          "SELECT CASE GROUPING(c.region_id, c.sampling_level, c.department, c.category_id,"
              + " c.month_no) WHEN 15 THEN 'U' WHEN 23 THEN 'L' WHEN 27 THEN 'D' WHEN 29 THEN 'C'"
              + " ELSE 'M' END, CAST(COALESCE(c.region_id, c.category_id, c.month_no) AS BIGINT),"
              + " COALESCE(c.sampling_level, c.department), SUM(c.batches)"
              + from
              + " GROUP BY GROUPING SETS ((c.region_id), (c.sampling_level), (c.department),"
              + " (c.category_id), (c.month_no))";
    } else {
      String[][] groupings = {
        {"U", "c.region_id", "NULL"},
        {"L", "NULL", "c.sampling_level"},
        {"D", "NULL", "c.department"},
        {"C", "c.category_id", "NULL"},
        {"M", "c.month_no", "NULL"}
      };
      List<Object> once = List.copyOf(params);
      params.clear();
      StringBuilder union = new StringBuilder();
      for (String[] g : groupings) {
        String group = g[1].equals("NULL") ? g[2] : g[1];
        union
            .append(union.length() == 0 ? "" : " UNION ALL ")
            .append("SELECT '")
            .append(g[0])
            .append("', ")
            .append(g[1].equals("NULL") ? "CAST(NULL AS BIGINT)" : "CAST(" + g[1] + " AS BIGINT)")
            .append(", ")
            .append(g[2].equals("NULL") ? "CAST(NULL AS VARCHAR(30))" : g[2])
            .append(", SUM(c.batches)")
            .append(from)
            .append(" GROUP BY ")
            .append(group);
        params.addAll(once);
      }
      sql = union.toString();
    }
    long total = 0;
    Map<Long, Long> byUnit = new HashMap<>();
    Map<String, Long> byLevel = new HashMap<>();
    Map<String, Long> byDepartment = new HashMap<>();
    Map<Long, Long> byCategory = new HashMap<>();
    Map<Integer, Long> byMonth = new HashMap<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long n = r.getLong(4);
        switch (r.getString(1)) {
          case "U" -> {
            byUnit.merge(r.getLong(2), n, Long::sum);
            total += n;
          }
          case "L" -> byLevel.merge(r.getString(3), n, Long::sum);
          case "D" -> byDepartment.merge(r.getString(3), n, Long::sum);
          case "C" -> byCategory.merge(r.getLong(2), n, Long::sum);
          default -> byMonth.merge(r.getInt(2), n, Long::sum);
        }
      }
    }
    return new QuotaTotals(total, byUnit, byLevel, byDepartment, byCategory, byMonth);
  }

  /** Residents per unit as the year's plan took them (else the region's current figure). */
  public static Map<Long, Long> planResidents(Connection c, int year) throws SQLException {
    Map<Long, Long> m = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT u.region_id, u.residents FROM plan_unit u JOIN sampling_plan pl"
                + " ON pl.id = u.plan_id WHERE pl.plan_year = ?")) {
      s.setInt(1, year);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          m.put(r.getLong(1), r.getLong(2));
        }
      }
    }
    return m;
  }

  /** The plan's rate per 1,000 residents for the year (the first plan's), if there is a plan. */
  public static String planRate(Connection c, int year) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT rate_per_thousand FROM sampling_plan WHERE plan_year = ? ORDER BY id")) {
      s.setInt(1, year);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /**
   * The cases of the period's non-conforming samples received by the regulator by the as-of date;
   * the deadline that counts is the latest extension approved by then, else the statutory one; a
   * withdrawn case (an amended report found the sample conforming) counts like an overturned one.
   */
  public static List<CaseFact> cases(Connection c, Period p, Scope scope) throws SQLException {
    List<Object> params = new ArrayList<>();
    String base = sampleBase(p, scope, params);
    params.add(p.asOf());
    String sql =
        "SELECT d.id, d.sampling_level, d.region_id, d.department, d.category_id, d.accepted_on,"
            + " d.completed_on, d.statutory_deadline, d.deadline, d.overturned_on,"
            + " d.withdrawn_on FROM disposal_case d JOIN sample s ON s.id = d.sample_id WHERE"
            + base
            + " AND d.received_on <= ? ORDER BY d.id";
    Map<Long, LocalDate> extended = approvedExtensions(c, p.asOf());
    List<CaseFact> out = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long id = r.getLong(1);
        LocalDate overturned = date(r, 10);
        LocalDate withdrawn = date(r, 11);
        out.add(
            new CaseFact(
                id,
                r.getString(2),
                r.getLong(3),
                r.getString(4),
                r.getLong(5),
                date(r, 6),
                date(r, 7),
                extended.getOrDefault(id, date(r, 8)),
                overturned != null ? overturned : withdrawn));
      }
    }
    return out;
  }

  private static Map<Long, LocalDate> approvedExtensions(Connection c, LocalDate asOf)
      throws SQLException {
    Map<Long, LocalDate> m = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT case_id, new_deadline FROM case_extension WHERE state = 'APPROVED'"
                + " AND decided_at < ? ORDER BY decided_at, id")) {
      s.setObject(1, endOf(asOf));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          m.put(r.getLong(1), r.getDate(2).toLocalDate());
        }
      }
    }
    return m;
  }

  /** Receipt and first-approval days of the period's samples approved by the as-of date. */
  public static List<TurnaroundPair> turnaround(Connection c, Period p, Scope scope)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    params.add(endOf(p.asOf()));
    String base = sampleBase(p, scope, params);
    boolean beijingSession = tune(c);
    String received = beijingDate(beijingSession, "s.received_at");
    String approved = beijingDate(beijingSession, "a.first_approved_at");
    String sql =
        "SELECT s.lab_id, "
            + received
            + ", "
            + approved
            + ", COUNT(*) FROM sample s JOIN analysis a ON a.sample_id = s.id"
            + " WHERE a.first_approved_at < ? AND s.received_at IS NOT NULL AND"
            + base
            + " GROUP BY s.lab_id, "
            + received
            + ", "
            + approved;
    List<TurnaroundPair> out = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new TurnaroundPair(r.getLong(1), date(r, 2), date(r, 3), r.getLong(4)));
      }
    }
    return out;
  }

  /**
   * Per lab: received samples of the period whose report was due before the as-of date and not
   * approved by then.
   */
  public static Map<Long, Long> overdueReports(Connection c, Period p, Scope scope)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    params.add(p.asOf());
    params.add(endOf(p.asOf()));
    String base = sampleBase(p, scope, params);
    String sql =
        "SELECT s.lab_id, COUNT(*) FROM sample s LEFT JOIN analysis a ON a.sample_id = s.id"
            + " WHERE s.received_at IS NOT NULL AND s.report_due < ?"
            + " AND (a.first_approved_at IS NULL OR a.first_approved_at >= ?) AND"
            + base
            + " GROUP BY s.lab_id";
    Map<Long, Long> m = new HashMap<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        m.put(r.getLong(1), r.getLong(2));
      }
    }
    return m;
  }

  static PreparedStatement prepare(Connection c, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof LocalDate d) {
        s.setDate(i + 1, Date.valueOf(d));
      } else {
        s.setObject(i + 1, v);
      }
    }
    return s;
  }

  static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
