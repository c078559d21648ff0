package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Recomputes the facts of the samples taken in a period (widened to whole months) from the raw rows
 * and lists every difference: a sample's or a case's fact row, the monthly counts, and the figures'
 * inputs as the dashboard reads them against the plain recomputation of {@link StatsQueries}.
 */
public final class Reconciliation {

  /** At most this many differences are listed (the count is always complete). */
  static final int LISTED = 200;

  private Reconciliation() {}

  @Schema(name = "FactDifference", description = "One fact that differs from the raw rows")
  public record Difference(String fact, String key, String expected, String actual) {}

  @Schema(
      name = "Reconciliation",
      description = "The facts of a period compared with a recomputation from the raw rows")
  public record Result(
      LocalDate from,
      LocalDate to,
      long samples,
      long cases,
      long monthlyRows,
      long differenceCount,
      List<Difference> differences,
      long millis) {

    public boolean clean() {
      return differenceCount == 0;
    }
  }

  public static Result of(
      Connection c,
      LocalDate from,
      LocalDate to,
      WorkingDayCalendar calendar,
      Reference ref,
      Set<Long> units,
      LocalDate today)
      throws SQLException {
    long t0 = System.nanoTime();
    LocalDate start = from.withDayOfMonth(1);
    LocalDate end = to.withDayOfMonth(to.lengthOfMonth());
    List<Difference> diffs = new ArrayList<>();
    long[] count = {0};
    List<Object> range = new ArrayList<>(List.of(start, end));
    String where = " WHERE s.sampled_on >= ? AND s.sampled_on <= ?";

    // ---- one row per sample
    Map<Long, Facts.SampleFact> raw = new HashMap<>();
    for (Facts.SampleFact f : Facts.rawSamples(c, where, range, Facts.topCategories(c), calendar)) {
      raw.put(f.sampleId(), f);
    }
    Map<Long, Facts.SampleFact> stored = new HashMap<>();
    for (Facts.SampleFact f : Facts.storedSamples(c, where, range)) {
      stored.put(f.sampleId(), f);
    }
    for (long id : new TreeSet<>(union(raw.keySet(), stored.keySet()))) {
      Facts.SampleFact a = raw.get(id);
      Facts.SampleFact b = stored.get(id);
      if (!Objects.equals(a, b)) {
        add(diffs, count, "sample", String.valueOf(id), text(a), text(b));
      }
    }

    // ---- monthly counts: what the raw rows add up to against what the appended rows sum to
    Map<List<Object>, int[]> months = new LinkedHashMap<>();
    Map<List<Object>, int[]> turnaround = new LinkedHashMap<>();
    Map<List<Object>, int[]> approvals = new LinkedHashMap<>();
    Map<List<Object>, int[]> turnaroundApprovals = new LinkedHashMap<>();
    for (Facts.SampleFact f : raw.values()) {
      Facts.contribute(months, turnaround, f, 1);
      Facts.contributeApprovals(approvals, turnaroundApprovals, f, 1);
    }
    List<Object> monthRange = new ArrayList<>(List.of(start, end));
    long[] monthlyRows = {0};
    compare(
        diffs,
        count,
        "month",
        months,
        sums(
            c,
            "SELECT "
                + Facts.MONTH_KEY
                + ", SUM(batches), SUM(judged), SUM(conforming), COUNT(*) FROM sample_month_fact"
                + " WHERE month_start >= ? AND month_start <= ? GROUP BY "
                + Facts.MONTH_KEY,
            monthRange,
            7,
            3,
            monthlyRows));
    compare(
        diffs,
        count,
        "turnaround",
        turnaround,
        sums(
            c,
            "SELECT "
                + Facts.TURNAROUND_KEY
                + ", SUM(approved), COUNT(*) FROM turnaround_month_fact"
                + " WHERE month_start >= ? AND month_start <= ? GROUP BY "
                + Facts.TURNAROUND_KEY,
            monthRange,
            4,
            1,
            monthlyRows));

    compare(
        diffs,
        count,
        "approval",
        approvals,
        sums(
            c,
            "SELECT approved_month, "
                + Facts.MONTH_KEY
                + ", SUM(judged), SUM(conforming), COUNT(*) FROM sample_approval_fact"
                + " WHERE month_start >= ? AND month_start <= ? GROUP BY approved_month, "
                + Facts.MONTH_KEY,
            monthRange,
            8,
            2,
            monthlyRows));
    compare(
        diffs,
        count,
        "turnaround.approval",
        turnaroundApprovals,
        sums(
            c,
            "SELECT approved_month, "
                + Facts.TURNAROUND_KEY
                + ", SUM(approved), COUNT(*) FROM turnaround_approval_fact"
                + " WHERE month_start >= ? AND month_start <= ? GROUP BY approved_month, "
                + Facts.TURNAROUND_KEY,
            monthRange,
            5,
            1,
            monthlyRows));

    // ---- one row per case
    String caseWhere = " WHERE s.sampled_on >= ? AND s.sampled_on <= ?";
    Map<Long, Facts.CaseRow> rawCases = new TreeMap<>();
    Facts.rawCases(c, caseWhere, range).forEach(x -> rawCases.put(x.caseId(), x));
    Map<Long, Facts.CaseRow> storedCases = new TreeMap<>();
    Facts.storedCases(c, caseWhere, range).forEach(x -> storedCases.put(x.caseId(), x));
    for (long id : new TreeSet<>(union(rawCases.keySet(), storedCases.keySet()))) {
      Facts.CaseRow a = rawCases.get(id);
      Facts.CaseRow b = storedCases.get(id);
      if (!Objects.equals(a, b)) {
        add(diffs, count, "case", String.valueOf(id), text(a), text(b));
      }
    }
    // the case counts: the changes of the raw cases against what the appended rows sum to
    compare(
        diffs,
        count,
        "case.counts",
        CaseCounts.changes(
            new ArrayList<>(rawCases.values()),
            CaseCounts.rawExtensions(c, " WHERE s.sampled_on >= ? AND s.sampled_on <= ?", range)),
        sums(
            c,
            "SELECT "
                + CaseCounts.KEY
                + ", SUM(must_follow), SUM(started), SUM(completed), SUM(on_time),"
                + " SUM(on_time_due), COUNT(*) FROM case_count_fact"
                + " WHERE month_start >= ? AND month_start <= ? GROUP BY "
                + CaseCounts.KEY,
            monthRange,
            8,
            5,
            monthlyRows));
    Map<List<Object>, int[]> rawExt = extensions(c, "case_extension", "id", true);
    Map<List<Object>, int[]> storedExt = extensions(c, "case_deadline_fact", "extension_id", false);
    compare(diffs, count, "extension", rawExt, storedExt);

    // ---- the figures' inputs, as the dashboard reads them, against the plain recomputation
    Scope all = new Scope(null, null, null, null, null);
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      LocalDate a = start.getYear() == y ? start : LocalDate.of(y, 1, 1);
      LocalDate b = end.getYear() == y ? end : LocalDate.of(y, 12, 31);
      if (a.isAfter(today)) {
        break;
      }
      Period p = Period.of(null, null, null, a, b, b.isAfter(today) ? today : b, today);
      compareFigures(diffs, count, c, p, all, ref, units, calendar);
    }

    return new Result(
        start,
        end,
        raw.size(),
        rawCases.size(),
        monthlyRows[0],
        count[0],
        diffs,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * The figures' inputs of one period and scope as the dashboard reads them (any as-of date, also
   * inside a month) against the plain recomputation from the raw rows: the number of differences,
   * the first of them listed.
   */
  public static long figureDifferences(
      Connection c,
      Period p,
      Scope scope,
      Reference ref,
      Set<Long> units,
      WorkingDayCalendar calendar,
      List<Difference> listed)
      throws SQLException {
    long[] count = {0};
    compareFigures(listed, count, c, p, scope, ref, units, calendar);
    return count[0];
  }

  /**
   * The figures' inputs from the facts against the plain recomputation: the sample cells (unit,
   * level, department, top-level category, month), the sums per grouping the figures read, and the
   * turnaround, overdue and case parts.
   */
  private static void compareFigures(
      List<Difference> diffs,
      long[] count,
      Connection c,
      Period p,
      Scope scope,
      Reference ref,
      Set<Long> units,
      WorkingDayCalendar calendar)
      throws SQLException {
    List<StatsQueries.SampleCell> plainCells = StatsQueries.samples(c, p, scope);
    FiguresReport.Inputs plain = StatsQueries.inputs(c, p, scope, ref, units, calendar, plainCells);
    FiguresReport.Inputs facts = FactQueries.inputs(c, p, scope, ref, units, calendar);
    Map<List<Object>, int[]> a = new HashMap<>();
    Map<List<Object>, int[]> b = new HashMap<>();
    for (var x : plainCells) {
      cell(a, x, ref);
    }
    for (var x : FactQueries.samples(c, p, scope, ref)) {
      cell(b, x, ref);
    }
    compare(diffs, count, "figure.samples", a, b);
    compare(diffs, count, "figure.totals", totals(plain.samples()), totals(facts.samples()));
    Map<List<Object>, int[]> ta = new HashMap<>();
    Map<List<Object>, int[]> tb = new HashMap<>();
    plain
        .turnaround()
        .forEach(
            t ->
                ta.computeIfAbsent(List.of(t.labId(), t.workingDays()), k -> new int[1])[0] +=
                    (int) t.count());
    facts
        .turnaround()
        .forEach(
            t ->
                tb.computeIfAbsent(List.of(t.labId(), t.workingDays()), k -> new int[1])[0] +=
                    (int) t.count());
    compare(diffs, count, "figure.turnaround", ta, tb);
    Map<List<Object>, int[]> oa = new HashMap<>();
    Map<List<Object>, int[]> ob = new HashMap<>();
    plain.overdueReports().forEach((k, v) -> oa.put(List.of(k), new int[] {v.intValue()}));
    facts.overdueReports().forEach((k, v) -> ob.put(List.of(k), new int[] {v.intValue()}));
    compare(diffs, count, "figure.overdue", oa, ob);
    compare(diffs, count, "figure.cases", caseParts(plain.cases()), caseParts(facts.cases()));
  }

  private static Map<List<Object>, int[]> caseParts(List<StatsQueries.CaseCount> counts) {
    Map<List<Object>, int[]> m = new HashMap<>();
    for (StatsQueries.CaseCount x : counts) {
      int[] v = m.computeIfAbsent(Arrays.asList(x.level(), x.regionId()), k -> new int[5]);
      v[0] += (int) x.mustFollow();
      v[1] += (int) x.started();
      v[2] += (int) x.completed();
      v[3] += (int) x.onTime();
      v[4] += (int) x.onTimeDue();
    }
    return m;
  }

  /** The sums per grouping as rows keyed by grouping and group. */
  private static Map<List<Object>, int[]> totals(SampleTotals t) {
    Map<List<Object>, int[]> m = new HashMap<>();
    total(m, List.of("total"), t.total());
    t.byUnit().forEach((k, v) -> total(m, List.of("unit", k), v));
    t.byLevel().forEach((k, v) -> total(m, List.of("level", k), v));
    t.byDepartment().forEach((k, v) -> total(m, List.of("department", k), v));
    t.byCategory().forEach((k, v) -> total(m, List.of("category", k), v));
    t.byMonth().forEach((k, v) -> total(m, List.of("month", k), v));
    t.byLevelAndCategory()
        .forEach(
            (l, byTop) -> byTop.forEach((k, v) -> total(m, List.of("level+category", l, k), v)));
    return m;
  }

  private static void total(Map<List<Object>, int[]> m, List<Object> key, SampleTotals.Counts v) {
    if (!v.isNone()) {
      m.put(key, new int[] {(int) v.batches(), (int) v.judged(), (int) v.conforming()});
    }
  }

  /** Figures count by top-level category (the monthly counts keep no finer one). */
  private static void cell(Map<List<Object>, int[]> m, StatsQueries.SampleCell x, Reference ref) {
    int[] v =
        m.computeIfAbsent(
            Arrays.asList(
                x.regionId(),
                x.level(),
                x.department(),
                ref.topCategory(x.categoryId()),
                x.month()),
            k -> new int[3]);
    v[0] += (int) x.batches();
    v[1] += (int) x.judged();
    v[2] += (int) x.conforming();
  }

  private static Map<List<Object>, int[]> extensions(
      Connection c, String table, String id, boolean raw) throws SQLException {
    Map<List<Object>, int[]> m = new HashMap<>();
    String sql =
        "SELECT "
            + id
            + ", case_id, decided_at, new_deadline FROM "
            + table
            + (raw ? " WHERE state = 'APPROVED' AND decided_at IS NOT NULL" : "");
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        m.put(
            Arrays.asList(
                r.getLong(1),
                r.getLong(2),
                r.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                r.getDate(4).toLocalDate()),
            new int[] {1});
      }
    }
    return m;
  }

  private static Map<List<Object>, int[]> sums(
      Connection c, String sql, List<Object> params, int keys, int measures, long[] rows)
      throws SQLException {
    Map<List<Object>, int[]> m = new HashMap<>();
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        List<Object> key = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
          Object o = r.getObject(i);
          if (o instanceof java.sql.Date d) {
            o = d.toLocalDate();
          }
          key.add(o);
        }
        int[] v = new int[measures];
        for (int i = 0; i < measures; i++) {
          v[i] = r.getInt(keys + 1 + i);
        }
        rows[0] += r.getLong(keys + measures + 1);
        m.put(key, v);
      }
    }
    return m;
  }

  private static void compare(
      List<Difference> diffs,
      long[] count,
      String fact,
      Map<List<Object>, int[]> expected,
      Map<List<Object>, int[]> actual) {
    for (List<Object> k : union(expected.keySet(), actual.keySet())) {
      int[] a = expected.get(k);
      int[] b = actual.get(k);
      if (!Arrays.equals(zeroIfEmpty(a, b), zeroIfEmpty(b, a))) {
        add(diffs, count, fact, k.toString(), Arrays.toString(a), Arrays.toString(b));
      }
    }
  }

  /** A missing row is a row of zeros (a difference that summed to nothing was compacted away). */
  private static int[] zeroIfEmpty(int[] v, int[] other) {
    return v != null ? v : new int[other.length];
  }

  private static <T> List<T> union(Set<T> a, Set<T> b) {
    java.util.LinkedHashSet<T> u = new java.util.LinkedHashSet<>(a);
    u.addAll(b);
    return new ArrayList<>(u);
  }

  private static void add(
      List<Difference> diffs, long[] count, String fact, String key, String a, String b) {
    count[0]++;
    if (diffs.size() < LISTED) {
      diffs.add(new Difference(fact, key, a, b));
    }
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
