package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.platform.control.CivilTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The follow-up figures as counts (V39_1__case_count_facts.sql). Where one case counts in the three
 * rates ({@link DisposalRates#classify}) is a step function of the reporting date: it changes only
 * on the day the regulator received, accepted or completed the case, the day it was overturned or
 * withdrawn, the day an extension was decided, and the day after a deadline. Each case therefore
 * adds, on each of those days, the change of its five parts (must follow, started, completed, on
 * time, due for the on-time rate); the parts of any set of cases on a date are the sum of the
 * changes up to that date. {@code case_count_fact} keeps these changes summed by month of the
 * change and the keys the figures group and filter by (month of sampling, unit, level, department,
 * kind of the sample; unit and level of the case), appended as differences like the monthly sample
 * counts. Read as of a month's last day, the changes up to that month are the answer; as of another
 * day, the changes up to the month before plus, per case with a change in the as-of month, its
 * parts on the as-of date minus those on the last day of the previous month (a few cases, from
 * {@code case_fact}). Exact at day grain with one definition ({@link #parts}) for the event path,
 * the rebuild, the reconciliation and the per-case reads.
 */
public final class CaseCounts {

  private CaseCounts() {}

  /** An approved extension as the facts keep it. */
  public record Extension(long id, long caseId, OffsetDateTime decidedAt, LocalDate newDeadline) {

    /**
     * The civil day of the decision: decided before the end of day d iff this is on or before d.
     */
    LocalDate decidedOn() {
      return decidedAt.atZoneSameInstant(CivilTime.ZONE).toLocalDate();
    }
  }

  static final String KEY =
      "event_month, month_start, region_id, sampling_level, department, sampling_kind,"
          + " case_region_id, case_level";

  static final String[] MEASURES = {
    "must_follow", "started", "completed", "on_time", "on_time_due"
  };

  private static final Comparator<Extension> DECISION_ORDER =
      Comparator.comparing((Extension e) -> e.decidedAt().toInstant()).thenComparing(Extension::id);

  /** The deadline that counts on day t: the latest extension decided by then, else the statute. */
  static LocalDate deadline(Facts.CaseRow c, List<Extension> extensions, LocalDate t) {
    LocalDate d = c.statutoryDeadline();
    for (Extension e : extensions) {
      if (!e.decidedOn().isAfter(t)) {
        d = e.newDeadline();
      }
    }
    return d;
  }

  /**
   * The five parts one case counts in on day t (must follow, started, completed, on time, due for
   * the on-time rate); nothing before the regulator received it or when its sample is not counted.
   */
  static int[] parts(Facts.CaseRow c, List<Extension> extensions, LocalDate t) {
    if (c.counted() != 1 || c.receivedOn() == null || c.receivedOn().isAfter(t)) {
      return new int[5];
    }
    DisposalRates.Counted k =
        DisposalRates.classify(
            new DisposalRates.CaseFacts(
                c.acceptedOn(),
                c.completedOn(),
                deadline(c, extensions, t),
                c.overturnedOn() != null ? c.overturnedOn() : c.withdrawnOn()),
            t);
    return new int[] {
      k.mustFollow() ? 1 : 0,
      k.started() ? 1 : 0,
      k.completed() ? 1 : 0,
      k.onTimeNumerator() ? 1 : 0,
      k.onTimeDenominator() ? 1 : 0
    };
  }

  /** The days on which a case's parts can change. */
  static TreeSet<LocalDate> changeDays(Facts.CaseRow c, List<Extension> extensions) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate d :
        Arrays.asList(
            c.receivedOn(), c.acceptedOn(), c.completedOn(), c.overturnedOn(), c.withdrawnOn())) {
      if (d != null) {
        days.add(d);
      }
    }
    days.add(c.statutoryDeadline().plusDays(1));
    for (Extension e : extensions) {
      days.add(e.decidedOn());
      days.add(e.newDeadline().plusDays(1));
    }
    return days;
  }

  /** Adds (sign +1) or takes back (-1) a case's changes, by month of the change and the keys. */
  static void contribute(
      Map<List<Object>, int[]> counts, Facts.CaseRow c, List<Extension> extensions, int sign) {
    if (c == null || c.counted() != 1) {
      return;
    }
    List<Extension> ordered = new ArrayList<>(extensions);
    ordered.sort(DECISION_ORDER);
    int[] before = new int[5];
    for (LocalDate day : changeDays(c, ordered)) {
      int[] now = parts(c, ordered, day);
      if (!Arrays.equals(now, before)) {
        int[] v = counts.computeIfAbsent(key(c, day.withDayOfMonth(1)), k -> new int[5]);
        for (int i = 0; i < 5; i++) {
          v[i] += sign * (now[i] - before[i]);
        }
        before = now;
      }
    }
  }

  static List<Object> key(Facts.CaseRow c, LocalDate eventMonth) {
    return Arrays.asList(
        eventMonth,
        c.sampledOn().withDayOfMonth(1),
        c.regionId(),
        c.level(),
        c.department(),
        c.kind(),
        c.caseRegionId(),
        c.caseLevel());
  }

  /** The approved extensions a query selects (id, case_id, decided_at, new_deadline), by case. */
  static Map<Long, List<Extension>> extensions(Connection c, String sql, List<Object> params)
      throws SQLException {
    Map<Long, List<Extension>> m = new HashMap<>();
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Extension e =
            new Extension(
                r.getLong(1),
                r.getLong(2),
                r.getObject(3, OffsetDateTime.class),
                r.getDate(4).toLocalDate());
        m.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
      }
    }
    m.values().forEach(l -> l.sort(DECISION_ORDER));
    return m;
  }

  /** The stored extensions of the cases in case_fact rows a condition on {@code s} selects. */
  static Map<Long, List<Extension>> storedExtensions(
      Connection c, String where, List<Object> params) throws SQLException {
    return extensions(
        c,
        "SELECT e.extension_id, e.case_id, e.decided_at, e.new_deadline FROM case_deadline_fact e"
            + " JOIN case_fact s ON s.case_id = e.case_id"
            + where,
        params);
  }

  /** The approved extensions of the cases a condition on the raw rows ({@code d}, {@code s}). */
  static Map<Long, List<Extension>> rawExtensions(Connection c, String where, List<Object> params)
      throws SQLException {
    return extensions(
        c,
        "SELECT e.id, e.case_id, e.decided_at, e.new_deadline FROM case_extension e"
            + " JOIN disposal_case d ON d.id = e.case_id JOIN sample s ON s.id = d.sample_id"
            + where
            + (where.isBlank() ? " WHERE" : " AND")
            + " e.state = 'APPROVED' AND e.decided_at IS NOT NULL",
        params);
  }

  /** The changes of a list of cases, summed by month of the change and the keys. */
  static Map<List<Object>, int[]> changes(
      List<Facts.CaseRow> cases, Map<Long, List<Extension>> extensions) {
    Map<List<Object>, int[]> m = new LinkedHashMap<>();
    for (Facts.CaseRow x : cases) {
      contribute(m, x, extensions.getOrDefault(x.caseId(), List.of()), 1);
    }
    return m;
  }

  /** Appends differences (rows that are all zeros are left out). */
  static void append(Connection c, Map<List<Object>, int[]> deltas) throws SQLException {
    Facts.insertDeltas(
        c,
        "INSERT INTO case_count_fact ("
            + KEY
            + ", "
            + String.join(", ", MEASURES)
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        deltas);
  }

  // ---------------------------------------------------------------- reading

  /**
   * The follow-up parts of the period's cases per case level and unit as of the period's as-of
   * date: whole months of sampling from the counts, the days of a month cut by the period and the
   * cases that change in the as-of month from the per-case rows. A scope the counts do not hold
   * (food categories, a lab) reads every case of the period.
   */
  public static List<StatsQueries.CaseCount> read(Connection c, Period p, Scope scope)
      throws SQLException {
    Map<List<Object>, long[]> out = new LinkedHashMap<>();
    LocalDate asOf = p.asOf();
    boolean countsHold = scope.categoryIds() == null && scope.labId() == null;
    FactQueries.Split split = countsHold ? FactQueries.Split.of(p) : FactQueries.Split.allDays(p);
    if (split.hasFull()) {
      LocalDate asOfMonth = asOf.withDayOfMonth(1);
      boolean monthEnd = asOf.getDayOfMonth() == asOf.lengthOfMonth();
      List<Object> params = new ArrayList<>(List.of(split.fullFrom(), split.fullTo()));
      params.add(monthEnd ? asOfMonth.plusMonths(1) : asOfMonth);
      String sql =
          "SELECT s.case_level, s.case_region_id, SUM(s.must_follow), SUM(s.started),"
              + " SUM(s.completed), SUM(s.on_time), SUM(s.on_time_due) FROM case_count_fact s"
              + " WHERE s.month_start >= ? AND s.month_start <= ? AND s.event_month < ?"
              + scope.sampleConditions(params)
              + " GROUP BY s.case_level, s.case_region_id";
      try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long[] v = out.computeIfAbsent(List.of(r.getString(1), r.getLong(2)), k -> new long[5]);
          for (int i = 0; i < 5; i++) {
            v[i] += r.getLong(3 + i);
          }
        }
      }
      if (!monthEnd) {
        // the cases of the whole months that change between the month's start and the as-of date
        LocalDate monthBefore = asOfMonth.minusDays(1);
        List<Object> q = new ArrayList<>(List.of(split.fullFrom(), split.fullTo()));
        String cond = " WHERE s.counted = 1 AND s.sampled_on >= ? AND s.sampled_on <= ?";
        cond += scope.sampleConditions(q);
        StringBuilder changed = new StringBuilder(" AND (");
        String[] dates = {
          "received_on", "accepted_on", "completed_on", "overturned_on", "withdrawn_on"
        };
        for (String d : dates) {
          changed.append("(s.").append(d).append(" >= ? AND s.").append(d).append(" <= ?) OR ");
          q.add(asOfMonth);
          q.add(asOf);
        }
        changed.append("(s.statutory_deadline >= ? AND s.statutory_deadline <= ?)");
        q.add(monthBefore);
        q.add(asOf.minusDays(1));
        changed.append(
            " OR EXISTS (SELECT 1 FROM case_deadline_fact e WHERE e.case_id = s.case_id AND"
                + " ((e.decided_at >= ? AND e.decided_at < ?)"
                + " OR (e.new_deadline >= ? AND e.new_deadline <= ?))))");
        q.add(StatsQueries.endOf(monthBefore));
        q.add(StatsQueries.endOf(asOf));
        q.add(monthBefore);
        q.add(asOf.minusDays(1));
        perCase(c, out, cond + changed, q, asOf, monthBefore);
      }
    }
    List<Object> params = new ArrayList<>(List.of(p.asOf()));
    String days = split.partialCondition(params);
    if (days != null) {
      perCase(
          c,
          out,
          " WHERE s.counted = 1 AND s.received_on <= ?" + days + scope.sampleConditions(params),
          params,
          asOf,
          null);
    }
    List<StatsQueries.CaseCount> counts = new ArrayList<>();
    out.forEach(
        (k, v) -> {
          if (Arrays.stream(v).anyMatch(x -> x != 0)) {
            counts.add(
                new StatsQueries.CaseCount(
                    (String) k.get(0), (Long) k.get(1), v[0], v[1], v[2], v[3], v[4]));
          }
        });
    return counts;
  }

  /**
   * Adds the parts of the cases a condition on {@code case_fact} rows ({@code s}) selects, summed
   * per case level and unit by the database: each case's parts on the as-of date, less those on
   * {@code minus} if given. The classification is {@link #parts} written as SQL ({@link #PARTS}),
   * so that a period's cases (every case of the period when the scope is a food category or a lab)
   * are counted where they are stored instead of being sent one row per case.
   */
  static void perCase(
      Connection c,
      Map<List<Object>, long[]> out,
      String where,
      List<Object> params,
      LocalDate asOf,
      LocalDate minus)
      throws SQLException {
    List<Object> all = new ArrayList<>(List.of(asOf, StatsQueries.endOf(asOf)));
    if (minus != null) {
      all.addAll(List.of(minus, StatsQueries.endOf(minus)));
    }
    all.addAll(params);
    try (PreparedStatement s = StatsQueries.prepare(c, partsSql(minus != null, where), all);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long[] v = out.computeIfAbsent(List.of(r.getString(1), r.getLong(2)), k -> new long[5]);
        for (int i = 0; i < 5; i++) {
          v[i] += r.getLong(3 + i);
        }
      }
    }
  }

  /**
   * {@link #parts} in SQL, per row of {@code y}: a case counts only when its sample is counted and
   * the regulator received it by day t, and not once it was overturned or withdrawn by then ({@code
   * live}); started when accepted by t, completed when completed by t, on time when also completed
   * by the deadline that counts on t ({@code dl}), due for the on-time rate when completed or past
   * that deadline. A date that has not happened (null) compares as unknown: not counted.
   */
  static final String PARTS =
      "SUM(y.sg * y.live), SUM(y.sg * CASE WHEN y.live = 1 AND y.accepted_on <= y.t THEN 1 ELSE"
          + " 0 END), SUM(y.sg * CASE WHEN y.live = 1 AND y.completed_on <= y.t THEN 1 ELSE 0"
          + " END), SUM(y.sg * CASE WHEN y.live = 1 AND y.completed_on <= y.t AND y.completed_on"
          + " <= y.dl THEN 1 ELSE 0 END), SUM(y.sg * CASE WHEN y.live = 1 AND (y.completed_on <="
          + " y.t OR y.t > y.dl) THEN 1 ELSE 0 END)";

  /**
   * The cases a condition selects, each once per day t (the as-of date with sign 1 and, when {@code
   * minus}, the earlier day with sign -1; parameters t and the end of t in Beijing time for each),
   * with the deadline that counts on t: the latest extension decided by the end of t ({@link
   * #DECISION_ORDER}), else the statutory deadline; summed with {@link #PARTS} per case level and
   * unit.
   */
  static String partsSql(boolean minus, String where) {
    String day = "(CAST(? AS DATE), CAST(? AS TIMESTAMP WITH TIME ZONE), %d)";
    String days = String.format(day, 1) + (minus ? ", " + String.format(day, -1) : "");
    return "SELECT y.case_level, y.case_region_id, "
        + PARTS
        + " FROM (SELECT s.case_level, s.case_region_id, s.accepted_on, s.completed_on, d.t, d.sg,"
        + " CASE WHEN s.counted = 1 AND s.received_on <= d.t AND (COALESCE(s.overturned_on,"
        + " s.withdrawn_on) IS NULL OR COALESCE(s.overturned_on, s.withdrawn_on) > d.t) THEN 1"
        + " ELSE 0 END AS live, COALESCE((SELECT e.new_deadline FROM case_deadline_fact e WHERE"
        + " e.case_id = s.case_id AND e.decided_at < d.upto ORDER BY e.decided_at DESC,"
        + " e.extension_id DESC FETCH FIRST 1 ROWS ONLY), s.statutory_deadline) AS dl"
        + " FROM case_fact s CROSS JOIN (VALUES "
        + days
        + ") d (t, upto, sg)"
        + where
        + ") y GROUP BY y.case_level, y.case_region_id";
  }
}
