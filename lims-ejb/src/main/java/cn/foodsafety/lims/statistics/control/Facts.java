package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.CivilTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the statistics facts (see V11_1__statistics_facts.sql): the row of one sample or one case
 * recomputed from the raw rows inside the transaction that changed them, the monthly counts moved
 * by appending the difference (new minus old, never an update of a shared counter), a full rebuild
 * from the raw rows and the compaction of the appended differences.
 *
 * <p>One definition of what a sample contributes ({@link SampleFact}) serves the event path, the
 * rebuild and the reconciliation, so the three cannot disagree on a rule.
 */
public final class Facts {

  private Facts() {}

  /** What a sample contributes to the figures, as they read it. */
  public record SampleFact(
      long sampleId,
      LocalDate sampledOn,
      long regionId,
      String level,
      String department,
      long categoryId,
      long topCategoryId,
      String kind,
      Long labId,
      boolean outsidePlan,
      Long planId,
      int counted,
      LocalDate approvedOn,
      int conforming,
      LocalDate receivedOn,
      LocalDate reportDue,
      Integer workingDays) {

    LocalDate monthStart() {
      return sampledOn.withDayOfMonth(1);
    }

    int judged() {
      return counted == 1 && approvedOn != null ? 1 : 0;
    }

    int conformingJudged() {
      return judged() == 1 ? conforming : 0;
    }

    boolean inTurnaround() {
      return judged() == 1 && receivedOn != null && labId != null && workingDays != null;
    }

    List<Object> monthKey() {
      return java.util.Arrays.asList(
          monthStart(), regionId, level, department, topCategoryId, kind, outsidePlan);
    }

    List<Object> turnaroundKey() {
      return java.util.Arrays.asList(monthStart(), regionId, labId, workingDays);
    }

    /** The first day of the month of the first approval, or null. */
    LocalDate approvedMonth() {
      return approvedOn == null ? null : approvedOn.withDayOfMonth(1);
    }

    /**
     * Whether the approval falls in a later month than the sampling: only such approvals are ever
     * taken back out of whole months of sampling (those up to the as-of month; see FactQueries).
     */
    boolean approvedInLaterMonth() {
      return judged() == 1 && approvedMonth().isAfter(monthStart());
    }

    List<Object> approvalKey() {
      List<Object> k = new ArrayList<>(monthKey());
      k.add(0, approvedMonth());
      return k;
    }

    List<Object> turnaroundApprovalKey() {
      List<Object> k = new ArrayList<>(turnaroundKey());
      k.add(0, approvedMonth());
      return k;
    }

    /**
     * Whether the sample's report can ever be overdue: received and counted, with a due date, and
     * not approved on or before it (open, or approved late). A report approved in time is overdue
     * on no date, so the overdue figure reads only these rows.
     */
    boolean reportLate() {
      return counted == 1
          && receivedOn != null
          && reportDue != null
          && (approvedOn == null || approvedOn.isAfter(reportDue));
    }
  }

  /** A follow-up case as the figures read it (one row per case). */
  public record CaseRow(
      long caseId,
      long sampleId,
      LocalDate sampledOn,
      int counted,
      long regionId,
      String level,
      String department,
      long categoryId,
      Long labId,
      long caseRegionId,
      String caseLevel,
      String caseDepartment,
      long caseCategoryId,
      String state,
      LocalDate receivedOn,
      LocalDate acceptedOn,
      LocalDate completedOn,
      LocalDate statutoryDeadline,
      LocalDate deadline,
      LocalDate overturnedOn,
      LocalDate withdrawnOn,
      String kind) {}

  static final String RAW_SAMPLES =
      "SELECT s.id, s.sampled_on, s.region_id, s.sampling_level, s.department, s.category_id,"
          + " s.lab_id, s.outside_plan, s.plan_id, s.state, a.first_approved_at, a.conclusion,"
          + " s.received_at, s.report_due, s.sampling_kind"
          + " FROM sample s LEFT JOIN analysis a ON a.sample_id = s.id";

  static final String SAMPLE_FACT_COLUMNS =
      "sample_id, sampled_on, month_start, region_id, sampling_level, department, category_id,"
          + " top_category_id, sampling_kind, lab_id, outside_plan, plan_id, counted, approved_on,"
          + " conforming, received_on, report_due, working_days";

  static final String RAW_CASES =
      "SELECT d.id, d.sample_id, s.sampled_on, CASE WHEN s.state = 'REJECTED' THEN 0 ELSE 1 END,"
          + " s.region_id, s.sampling_level, s.department, s.category_id, s.lab_id, d.region_id,"
          + " d.sampling_level, d.department, d.category_id, d.state, d.received_on,"
          + " d.accepted_on, d.completed_on, d.statutory_deadline, d.deadline, d.overturned_on,"
          + " d.withdrawn_on, s.sampling_kind FROM disposal_case d JOIN sample s ON s.id = d.sample_id";

  static final String CASE_FACT_COLUMNS =
      "case_id, sample_id, sampled_on, counted, region_id, sampling_level, department,"
          + " category_id, lab_id, case_region_id, case_level, case_department, case_category_id,"
          + " state, received_on, accepted_on, completed_on, statutory_deadline, deadline,"
          + " overturned_on, withdrawn_on, sampling_kind";

  // ---------------------------------------------------------------- reading the raw rows

  /** The top-level category of every category (categories are a tree of a few hundred nodes). */
  public static Map<Long, Long> topCategories(Connection c) throws SQLException {
    Map<Long, Long> parent = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT id, parent_id FROM food_category")) {
      while (r.next()) {
        long id = r.getLong(1);
        long p = r.getLong(2);
        parent.put(id, r.wasNull() ? null : p);
      }
    }
    Map<Long, Long> top = new HashMap<>();
    for (Long id : parent.keySet()) {
      Long t = id;
      int guard = 0;
      while (parent.get(t) != null && guard++ < 20) {
        t = parent.get(t);
      }
      top.put(id, t);
    }
    return top;
  }

  /** The facts of the samples a condition on {@code s} selects, recomputed from the raw rows. */
  public static List<SampleFact> rawSamples(
      Connection c,
      String where,
      List<Object> params,
      Map<Long, Long> tops,
      WorkingDayCalendar calendar)
      throws SQLException {
    List<SampleFact> out = new ArrayList<>();
    try (PreparedStatement s = StatsQueries.prepare(c, RAW_SAMPLES + where, params)) {
      s.setFetchSize(2000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(sampleFact(r, tops, calendar));
        }
      }
    }
    return out;
  }

  private static SampleFact sampleFact(
      ResultSet r, Map<Long, Long> tops, WorkingDayCalendar calendar) throws SQLException {
    long category = r.getLong(6);
    long lab = r.getLong(7);
    Long labId = r.wasNull() ? null : lab;
    long plan = r.getLong(9);
    Long planId = r.wasNull() ? null : plan;
    boolean rejected = "REJECTED".equals(r.getString(10));
    LocalDate approved = beijing(r.getObject(11, OffsetDateTime.class));
    LocalDate received = beijing(r.getObject(13, OffsetDateTime.class));
    Integer days =
        approved == null || received == null
            ? null
            : (int) calendar.workingDaysBetween(received, approved);
    return new SampleFact(
        r.getLong(1),
        r.getDate(2).toLocalDate(),
        r.getLong(3),
        r.getString(4),
        r.getString(5),
        category,
        tops.getOrDefault(category, category),
        r.getString(15),
        labId,
        r.getBoolean(8),
        planId,
        rejected ? 0 : 1,
        approved,
        "CONFORMING".equals(r.getString(12)) ? 1 : 0,
        received,
        StatsQueries.date(r, 14),
        days);
  }

  private static LocalDate beijing(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(CivilTime.ZONE).toLocalDate();
  }

  /** The facts as stored for the samples a condition on {@code s} (the fact table) selects. */
  public static List<SampleFact> storedSamples(Connection c, String where, List<Object> params)
      throws SQLException {
    List<SampleFact> out = new ArrayList<>();
    try (PreparedStatement s =
        StatsQueries.prepare(
            c,
            "SELECT sample_id, sampled_on, region_id, sampling_level, department, category_id,"
                + " top_category_id, sampling_kind, lab_id, outside_plan, plan_id, counted,"
                + " approved_on, conforming, received_on, report_due, working_days"
                + " FROM sample_fact s"
                + where,
            params)) {
      s.setFetchSize(2000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new SampleFact(
                  r.getLong(1),
                  r.getDate(2).toLocalDate(),
                  r.getLong(3),
                  r.getString(4),
                  r.getString(5),
                  r.getLong(6),
                  r.getLong(7),
                  r.getString(8),
                  nullableLong(r, 9),
                  r.getBoolean(10),
                  nullableLong(r, 11),
                  r.getInt(12),
                  StatsQueries.date(r, 13),
                  r.getInt(14),
                  StatsQueries.date(r, 15),
                  StatsQueries.date(r, 16),
                  nullableInt(r, 17)));
        }
      }
    }
    return out;
  }

  public static List<CaseRow> rawCases(Connection c, String where, List<Object> params)
      throws SQLException {
    return cases(c, RAW_CASES + where, params);
  }

  public static List<CaseRow> storedCases(Connection c, String where, List<Object> params)
      throws SQLException {
    return cases(c, "SELECT " + CASE_FACT_COLUMNS + " FROM case_fact s" + where, params);
  }

  private static List<CaseRow> cases(Connection c, String sql, List<Object> params)
      throws SQLException {
    List<CaseRow> out = new ArrayList<>();
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(
            new CaseRow(
                r.getLong(1),
                r.getLong(2),
                r.getDate(3).toLocalDate(),
                r.getInt(4),
                r.getLong(5),
                r.getString(6),
                r.getString(7),
                r.getLong(8),
                nullableLong(r, 9),
                r.getLong(10),
                r.getString(11),
                r.getString(12),
                r.getLong(13),
                r.getString(14),
                StatsQueries.date(r, 15),
                StatsQueries.date(r, 16),
                StatsQueries.date(r, 17),
                StatsQueries.date(r, 18),
                StatsQueries.date(r, 19),
                StatsQueries.date(r, 20),
                StatsQueries.date(r, 21),
                r.getString(22)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- the event path

  /**
   * Recomputes one sample's facts from its raw rows (already flushed in this transaction) and
   * appends the difference to the monthly counts. The sample's own fact row is locked first, so two
   * transactions changing the same sample apply their differences one after the other.
   */
  public static void refreshSample(Connection c, long sampleId, WorkingDayCalendar calendar)
      throws SQLException {
    List<SampleFact> old =
        storedSamples(c, " WHERE s.sample_id = ? FOR UPDATE", new ArrayList<>(List.of(sampleId)));
    List<SampleFact> now =
        rawSamples(
            c, " WHERE s.id = ?", new ArrayList<>(List.of(sampleId)), topCategories(c), calendar);
    SampleFact before = old.isEmpty() ? null : old.get(0);
    SampleFact after = now.isEmpty() ? null : now.get(0);
    if (Objects.equals(before, after)) {
      return;
    }
    if (before != null) {
      try (PreparedStatement d =
          c.prepareStatement("DELETE FROM sample_fact WHERE sample_id = ?")) {
        d.setLong(1, sampleId);
        d.executeUpdate();
      }
    }
    if (after != null) {
      insertSampleFacts(c, List.of(after));
    }
    Map<List<Object>, int[]> months = new LinkedHashMap<>();
    Map<List<Object>, int[]> turnaround = new LinkedHashMap<>();
    contribute(months, turnaround, before, -1);
    contribute(months, turnaround, after, 1);
    appendMonthDeltas(c, months, turnaround);
    Map<List<Object>, int[]> approvals = new LinkedHashMap<>();
    Map<List<Object>, int[]> turnaroundApprovals = new LinkedHashMap<>();
    contributeApprovals(approvals, turnaroundApprovals, before, -1);
    contributeApprovals(approvals, turnaroundApprovals, after, 1);
    appendApprovalDeltas(c, approvals, turnaroundApprovals);
    // a case counts by its sample's day, unit, level, department, kind and whether it is counted
    List<Long> cases = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT id FROM disposal_case WHERE sample_id = ?")) {
      s.setLong(1, sampleId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          cases.add(r.getLong(1));
        }
      }
    }
    for (long caseId : cases) {
      refreshCase(c, caseId);
    }
  }

  /**
   * Counts again, on {@code calendar}, the lab turnaround of every sample whose working days span
   * {@code day} (received on or before it, approved on or after it): the working days are frozen
   * into the facts at approval, so a holiday or make-up working day entered later would otherwise
   * leave them on the old calendar until a rebuild. Their fact rows are rewritten and the
   * difference appended to the monthly counts, as for one sample. Returns the samples changed.
   */
  public static int recountTurnaround(Connection c, LocalDate day, WorkingDayCalendar calendar)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT sample_id FROM sample_fact WHERE working_days IS NOT NULL"
                + " AND received_on <= ? AND approved_on >= ?")) {
      setDate(s, 1, day);
      setDate(s, 2, day);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    Map<Long, Long> tops = ids.isEmpty() ? Map.of() : topCategories(c);
    int changed = 0;
    for (int from = 0; from < ids.size(); from += 500) {
      changed +=
          refreshSamples(c, ids.subList(from, Math.min(ids.size(), from + 500)), tops, calendar);
    }
    return changed;
  }

  /** {@link #refreshSample} for many samples at once (their fact rows locked first). */
  private static int refreshSamples(
      Connection c, List<Long> ids, Map<Long, Long> tops, WorkingDayCalendar calendar)
      throws SQLException {
    String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    Map<Long, SampleFact> before = new HashMap<>();
    for (SampleFact f :
        storedSamples(c, " WHERE s.sample_id IN (" + in + ") FOR UPDATE", new ArrayList<>(ids))) {
      before.put(f.sampleId(), f);
    }
    Map<Long, SampleFact> after = new HashMap<>();
    for (SampleFact f :
        rawSamples(c, " WHERE s.id IN (" + in + ")", new ArrayList<>(ids), tops, calendar)) {
      after.put(f.sampleId(), f);
    }
    Map<List<Object>, int[]> months = new LinkedHashMap<>();
    Map<List<Object>, int[]> turnaround = new LinkedHashMap<>();
    Map<List<Object>, int[]> approvals = new LinkedHashMap<>();
    Map<List<Object>, int[]> turnaroundApprovals = new LinkedHashMap<>();
    List<SampleFact> inserts = new ArrayList<>();
    int changed = 0;
    try (PreparedStatement d = c.prepareStatement("DELETE FROM sample_fact WHERE sample_id = ?")) {
      for (Long id : ids) {
        SampleFact old = before.get(id);
        SampleFact now = after.get(id);
        if (Objects.equals(old, now)) {
          continue;
        }
        changed++;
        if (old != null) {
          d.setLong(1, id);
          d.addBatch();
        }
        if (now != null) {
          inserts.add(now);
        }
        contribute(months, turnaround, old, -1);
        contribute(months, turnaround, now, 1);
        contributeApprovals(approvals, turnaroundApprovals, old, -1);
        contributeApprovals(approvals, turnaroundApprovals, now, 1);
      }
      if (changed > 0) {
        d.executeBatch();
      }
    }
    if (changed > 0) {
      insertSampleFacts(c, inserts);
      appendMonthDeltas(c, months, turnaround);
      appendApprovalDeltas(c, approvals, turnaroundApprovals);
    }
    return changed;
  }

  static void contribute(
      Map<List<Object>, int[]> months,
      Map<List<Object>, int[]> turnaround,
      SampleFact f,
      int sign) {
    if (f == null) {
      return;
    }
    int[] m = months.computeIfAbsent(f.monthKey(), k -> new int[3]);
    m[0] += sign * f.counted();
    m[1] += sign * f.judged();
    m[2] += sign * f.conformingJudged();
    if (f.inTurnaround()) {
      turnaround.computeIfAbsent(f.turnaroundKey(), k -> new int[1])[0] += sign;
    }
  }

  /**
   * Adds a sample's approval in a later month than its sampling to the approval-month counts (what
   * an as-of date before that month takes back out of the monthly counts).
   */
  static void contributeApprovals(
      Map<List<Object>, int[]> approvals,
      Map<List<Object>, int[]> turnaroundApprovals,
      SampleFact f,
      int sign) {
    if (f == null || !f.approvedInLaterMonth()) {
      return;
    }
    int[] a = approvals.computeIfAbsent(f.approvalKey(), k -> new int[2]);
    a[0] += sign;
    a[1] += sign * f.conforming();
    if (f.inTurnaround()) {
      turnaroundApprovals.computeIfAbsent(f.turnaroundApprovalKey(), k -> new int[1])[0] += sign;
    }
  }

  static void appendApprovalDeltas(
      Connection c,
      Map<List<Object>, int[]> approvals,
      Map<List<Object>, int[]> turnaroundApprovals)
      throws SQLException {
    insertDeltas(
        c,
        "INSERT INTO sample_approval_fact (approved_month, "
            + MONTH_KEY
            + ", judged, conforming) VALUES (?,?,?,?,?,?,?,?,?,?)",
        approvals);
    insertDeltas(
        c,
        "INSERT INTO turnaround_approval_fact (approved_month, "
            + TURNAROUND_KEY
            + ", approved) VALUES (?,?,?,?,?,?)",
        turnaroundApprovals);
  }

  static void insertDeltas(Connection c, String sql, Map<List<Object>, int[]> deltas)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int n = 0;
      for (var e : deltas.entrySet()) {
        if (java.util.Arrays.stream(e.getValue()).allMatch(v -> v == 0)) {
          continue;
        }
        bind(s, e.getKey(), e.getValue());
        s.addBatch();
        if (++n % 1000 == 0) {
          s.executeBatch();
        }
      }
      if (n % 1000 != 0) {
        s.executeBatch();
      }
    }
  }

  private static void appendMonthDeltas(
      Connection c, Map<List<Object>, int[]> months, Map<List<Object>, int[]> turnaround)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sample_month_fact ("
                + MONTH_KEY
                + ", batches, judged, conforming) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      int n = 0;
      for (var e : months.entrySet()) {
        int[] v = e.getValue();
        if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
          continue;
        }
        bind(s, e.getKey(), v);
        s.addBatch();
        n++;
      }
      if (n > 0) {
        s.executeBatch();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO turnaround_month_fact ("
                + TURNAROUND_KEY
                + ", approved) VALUES (?,?,?,?,?)")) {
      int n = 0;
      for (var e : turnaround.entrySet()) {
        int[] v = e.getValue();
        if (v[0] == 0) {
          continue;
        }
        bind(s, e.getKey(), v);
        s.addBatch();
        n++;
      }
      if (n > 0) {
        s.executeBatch();
      }
    }
  }

  private static void bind(PreparedStatement s, List<Object> key, int[] values)
      throws SQLException {
    int i = 1;
    for (Object o : key) {
      set(s, i++, o);
    }
    for (int v : values) {
      s.setInt(i++, v);
    }
  }

  private static void set(PreparedStatement s, int i, Object o) throws SQLException {
    if (o == null) {
      s.setNull(i, Types.BIGINT);
    } else if (o instanceof LocalDate d) {
      s.setDate(i, Date.valueOf(d));
    } else if (o instanceof Boolean b) {
      s.setBoolean(i, b);
    } else if (o instanceof Integer n) {
      s.setInt(i, n);
    } else if (o instanceof Long n) {
      s.setLong(i, n);
    } else {
      s.setString(i, o.toString());
    }
  }

  private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setDate(i, Date.valueOf(d));
    }
  }

  private static void setInteger(PreparedStatement s, int i, Integer n) throws SQLException {
    if (n == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setInt(i, n);
    }
  }

  static void insertSampleFacts(Connection c, List<SampleFact> facts) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sample_fact ("
                + SAMPLE_FACT_COLUMNS
                + ", report_late) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int n = 0;
      for (SampleFact f : facts) {
        s.setLong(1, f.sampleId());
        s.setDate(2, Date.valueOf(f.sampledOn()));
        s.setDate(3, Date.valueOf(f.monthStart()));
        s.setLong(4, f.regionId());
        s.setString(5, f.level());
        s.setString(6, f.department());
        s.setLong(7, f.categoryId());
        s.setLong(8, f.topCategoryId());
        s.setString(9, f.kind());
        set(s, 10, f.labId());
        s.setBoolean(11, f.outsidePlan());
        set(s, 12, f.planId());
        s.setInt(13, f.counted());
        setDate(s, 14, f.approvedOn());
        s.setInt(15, f.conforming());
        setDate(s, 16, f.receivedOn());
        setDate(s, 17, f.reportDue());
        setInteger(s, 18, f.workingDays());
        s.setInt(19, f.reportLate() ? 1 : 0);
        s.addBatch();
        if (++n % 1000 == 0) {
          s.executeBatch();
        }
      }
      if (n % 1000 != 0) {
        s.executeBatch();
      }
    }
  }

  /** Recomputes one case's fact row and its approved extensions from the raw rows. */
  public static void refreshCase(Connection c, long caseId) throws SQLException {
    // the stored row first, locked: two transactions changing one case append one after the other
    List<Object> id = new ArrayList<>(List.of(caseId));
    List<CaseRow> before = storedCases(c, " WHERE s.case_id = ? FOR UPDATE", id);
    Map<Long, List<CaseCounts.Extension>> extBefore =
        CaseCounts.storedExtensions(c, " WHERE s.case_id = ?", id);
    List<CaseRow> now = rawCases(c, " WHERE d.id = ?", id);
    Map<Long, List<CaseCounts.Extension>> extNow =
        CaseCounts.rawExtensions(c, " WHERE d.id = ?", id);
    Map<List<Object>, int[]> counts = new LinkedHashMap<>();
    for (CaseRow x : before) {
      CaseCounts.contribute(counts, x, extBefore.getOrDefault(caseId, List.of()), -1);
    }
    for (CaseRow x : now) {
      CaseCounts.contribute(counts, x, extNow.getOrDefault(caseId, List.of()), 1);
    }
    CaseCounts.append(c, counts);
    try (PreparedStatement d = c.prepareStatement("DELETE FROM case_fact WHERE case_id = ?")) {
      d.setLong(1, caseId);
      d.executeUpdate();
    }
    try (PreparedStatement d =
        c.prepareStatement("DELETE FROM case_deadline_fact WHERE case_id = ?")) {
      d.setLong(1, caseId);
      d.executeUpdate();
    }
    insertCases(c, now);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO case_deadline_fact (extension_id, case_id, decided_at, new_deadline)"
                + " SELECT id, case_id, decided_at, new_deadline FROM case_extension"
                + " WHERE state = 'APPROVED' AND decided_at IS NOT NULL AND case_id = ?")) {
      s.setLong(1, caseId);
      s.executeUpdate();
    }
  }

  static void insertCases(Connection c, List<CaseRow> rows) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO case_fact ("
                + CASE_FACT_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (CaseRow x : rows) {
        s.setLong(1, x.caseId());
        s.setLong(2, x.sampleId());
        s.setDate(3, Date.valueOf(x.sampledOn()));
        s.setInt(4, x.counted());
        s.setLong(5, x.regionId());
        s.setString(6, x.level());
        s.setString(7, x.department());
        s.setLong(8, x.categoryId());
        set(s, 9, x.labId());
        s.setLong(10, x.caseRegionId());
        s.setString(11, x.caseLevel());
        s.setString(12, x.caseDepartment());
        s.setLong(13, x.caseCategoryId());
        s.setString(14, x.state());
        setDate(s, 15, x.receivedOn());
        setDate(s, 16, x.acceptedOn());
        setDate(s, 17, x.completedOn());
        setDate(s, 18, x.statutoryDeadline());
        setDate(s, 19, x.deadline());
        setDate(s, 20, x.overturnedOn());
        setDate(s, 21, x.withdrawnOn());
        s.setString(22, x.kind());
        s.addBatch();
      }
      if (!rows.isEmpty()) {
        s.executeBatch();
      }
    }
  }

  // ---------------------------------------------------------------- rebuild and compaction

  static final String MONTH_KEY =
      "month_start, region_id, sampling_level, department, top_category_id, sampling_kind,"
          + " outside_plan";

  static final String TURNAROUND_KEY = "month_start, region_id, lab_id, working_days";

  /**
   * Whether the facts hold as many samples and cases as the raw tables (a cheap start-up check).
   */
  public static boolean countsMatch(Connection c) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM sample") == count(c, "SELECT COUNT(*) FROM sample_fact")
        && count(c, "SELECT COUNT(*) FROM disposal_case")
            == count(c, "SELECT COUNT(*) FROM case_fact");
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * Replaces every fact with what the raw rows say, in the caller's transaction. On PostgreSQL the
   * fact tables are locked first so that no change recorded meanwhile is lost or counted twice.
   *
   * @return the number of samples and cases written
   */
  public static long[] rebuild(Connection c, WorkingDayCalendar calendar) throws SQLException {
    try (Statement st = c.createStatement()) {
      if (StatsQueries.isPostgres(c)) {
        st.execute(
            "LOCK TABLE sample_fact, sample_month_fact, turnaround_month_fact, case_fact,"
                + " case_deadline_fact, sample_approval_fact, turnaround_approval_fact,"
                + " case_count_fact"
                + " IN EXCLUSIVE MODE");
      }
      for (String t :
          List.of(
              "sample_fact",
              "sample_month_fact",
              "turnaround_month_fact",
              "case_fact",
              "case_deadline_fact",
              "sample_approval_fact",
              "turnaround_approval_fact",
              "case_count_fact")) {
        st.executeUpdate("DELETE FROM " + t);
      }
    }
    Map<Long, Long> tops = topCategories(c);
    long samples = 0;
    List<SampleFact> batch = new ArrayList<>();
    Map<List<Object>, int[]> approvals = new HashMap<>();
    Map<List<Object>, int[]> turnaroundApprovals = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(RAW_SAMPLES)) {
      s.setFetchSize(5000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          SampleFact f = sampleFact(r, tops, calendar);
          contributeApprovals(approvals, turnaroundApprovals, f, 1);
          batch.add(f);
          if (batch.size() == 5000) {
            insertSampleFacts(c, batch);
            samples += batch.size();
            batch.clear();
          }
        }
      }
    }
    insertSampleFacts(c, batch);
    samples += batch.size();
    appendApprovalDeltas(c, approvals, turnaroundApprovals);
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO sample_month_fact ("
              + MONTH_KEY
              + ", batches, judged, conforming) SELECT "
              + MONTH_KEY
              + ", SUM(counted), SUM(CASE WHEN approved_on IS NOT NULL THEN counted ELSE 0 END),"
              + " SUM(CASE WHEN approved_on IS NOT NULL THEN counted * conforming ELSE 0 END)"
              + " FROM sample_fact GROUP BY "
              + MONTH_KEY);
      st.executeUpdate(
          "INSERT INTO turnaround_month_fact ("
              + TURNAROUND_KEY
              + ", approved) SELECT "
              + TURNAROUND_KEY
              + ", COUNT(*) FROM sample_fact WHERE counted = 1 AND approved_on IS NOT NULL"
              + " AND received_on IS NOT NULL AND lab_id IS NOT NULL"
              + " AND working_days IS NOT NULL GROUP BY "
              + TURNAROUND_KEY);
      st.executeUpdate(
          "INSERT INTO case_fact (" + CASE_FACT_COLUMNS + ") " + RAW_CASES.substring(0));
      st.executeUpdate(
          "INSERT INTO case_deadline_fact (extension_id, case_id, decided_at, new_deadline)"
              + " SELECT id, case_id, decided_at, new_deadline FROM case_extension"
              + " WHERE state = 'APPROVED' AND decided_at IS NOT NULL");
    }
    CaseCounts.append(
        c,
        CaseCounts.changes(
            storedCases(c, "", new ArrayList<>()),
            CaseCounts.storedExtensions(c, "", new ArrayList<>())));
    return new long[] {samples, count(c, "SELECT COUNT(*) FROM case_fact")};
  }

  /**
   * Sums the appended differences of the monthly counts into one row per key (rows that sum to
   * nothing disappear). One statement per table, deleting and re-inserting what it saw, so a
   * difference committed meanwhile is neither lost nor counted twice.
   *
   * @return the rows of both tables after compaction
   */
  public static long compact(Connection c) throws SQLException {
    boolean pg = StatsQueries.isPostgres(c);
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          compaction(
              pg,
              "sample_month_fact",
              MONTH_KEY,
              new String[] {"batches", "judged", "conforming"}));
      st.executeUpdate(
          compaction(pg, "turnaround_month_fact", TURNAROUND_KEY, new String[] {"approved"}));
      st.executeUpdate(
          compaction(
              pg,
              "sample_approval_fact",
              "approved_month, " + MONTH_KEY,
              new String[] {"judged", "conforming"}));
      st.executeUpdate(
          compaction(
              pg,
              "turnaround_approval_fact",
              "approved_month, " + TURNAROUND_KEY,
              new String[] {"approved"}));
      st.executeUpdate(compaction(pg, "case_count_fact", CaseCounts.KEY, CaseCounts.MEASURES));
    }
    return count(c, "SELECT COUNT(*) FROM sample_month_fact")
        + count(c, "SELECT COUNT(*) FROM case_count_fact")
        + count(c, "SELECT COUNT(*) FROM turnaround_month_fact")
        + count(c, "SELECT COUNT(*) FROM sample_approval_fact")
        + count(c, "SELECT COUNT(*) FROM turnaround_approval_fact");
  }

  static String compaction(boolean pg, String table, String key, String[] measures) {
    StringBuilder sums = new StringBuilder();
    StringBuilder nonZero = new StringBuilder();
    for (String m : measures) {
      sums.append(", SUM(").append(m).append(")");
      nonZero.append(nonZero.length() == 0 ? "" : " OR ").append("SUM(").append(m).append(") <> 0");
    }
    String cols = key + ", " + String.join(", ", measures);
    if (pg) {
      return "WITH d AS (DELETE FROM "
          + table
          + " RETURNING "
          + cols
          + ") INSERT INTO "
          + table
          + " ("
          + cols
          + ") SELECT "
          + key
          + sums
          + " FROM d GROUP BY "
          + key
          + " HAVING "
          + nonZero;
    }
    return "INSERT INTO "
        + table
        + " ("
        + cols
        + ") SELECT "
        + key
        + sums
        + " FROM OLD TABLE (DELETE FROM "
        + table
        + ") GROUP BY "
        + key
        + " HAVING "
        + nonZero;
  }

  private static Long nullableLong(ResultSet r, int i) throws SQLException {
    long v = r.getLong(i);
    return r.wasNull() ? null : v;
  }

  private static Integer nullableInt(ResultSet r, int i) throws SQLException {
    int v = r.getInt(i);
    return r.wasNull() ? null : v;
  }
}
