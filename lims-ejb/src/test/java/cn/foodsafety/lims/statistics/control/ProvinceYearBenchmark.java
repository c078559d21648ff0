package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Generates a province-sized year in PostgreSQL (700,000 samples of 2025, 7,000,000 results, 2.5%
 * non-conforming, follow-up cases in every state, a plan with quotas), then times the dashboard's
 * figures for the year (the code the Statistics boundary runs) and the provincial workbook export,
 * and prints time and peak heap. Run it with the heap the target names:
 *
 * <pre>config/scripts/stats-benchmark.sh [--samples N] [--keep]</pre>
 *
 * The database (lims_bench) is created on 127.0.0.1:5432 and migrated with the application's Flyway
 * migrations; with --keep an existing generated database is reused.
 */
public final class ProvinceYearBenchmark {

  private static String db = "lims_bench";
  private static final int YEAR = 2025;

  public static void main(String[] args) throws Exception {
    int samples = 700_000;
    boolean keep = false;
    boolean reconcile = true;
    int history = 0;
    boolean historyResults = false;
    String reconcileYears = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--samples")) {
        samples = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--keep")) {
        keep = true;
      } else if (args[i].equals("--no-reconcile")) {
        reconcile = false;
      } else if (args[i].equals("--db")) {
        db = args[++i];
      } else if (args[i].equals("--history")) {
        history = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--history-results")) {
        historyResults = true;
      } else if (args[i].equals("--reconcile-years")) {
        reconcileYears = args[++i];
      } else if (args[i].equals("--reconcile-all")) {
        reconcileYears = "all";
      }
    }
    String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
    String url = "jdbc:postgresql://127.0.0.1:5432/" + db;
    boolean exists;
    try (Connection c = DriverManager.getConnection(admin, "postgres", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
      exists = r.next();
      if (exists && !keep) {
        s.execute("DROP DATABASE " + db);
        exists = false;
      }
      if (!exists) {
        s.execute("CREATE DATABASE " + db);
      }
    }
    // also on a kept database: later migrations (the facts) are applied to it. The locations are
    // the application's on PostgreSQL (DatabaseMigration), so that a server can be started on the
    // generated database; out of order for a database generated before the vendor's migrations
    // were included here (V15_2, the append-only triggers, below the schema's version)
    Flyway.configure()
        .dataSource(url, "postgres", "")
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .outOfOrder(true)
        .load()
        .migrate();
    if (!exists) {
      long t0 = System.nanoTime();
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        generate(c, samples);
      }
      System.out.printf(
          "generated %,d samples in %.1f s%n", samples, (System.nanoTime() - t0) / 1e9);
    }
    if (history > 0) {
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        copyYears(c, history, historyResults);
      }
    }
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      c.setAutoCommit(false);
      count(c, "sample");
      count(c, "sample_item");
      count(c, "analysis");
      count(c, "disposal_case");
      Period period = Period.of(YEAR, null, null, null, null, null, LocalDate.now());
      Reference ref = Reference.load(c);
      Scope scope = new Scope(null, null, null, null, null);
      java.util.Set<Long> units = ref.units(ref.regions().keySet());
      Targets targets = new Targets(Targets.defaults());
      WorkingDayCalendar calendar = calendar(c);
      // the facts: filled from the raw rows as the start-up rebuild does, then compacted
      if (!Facts.countsMatch(c)) {
        long r0 = System.nanoTime();
        long[] n = Facts.rebuild(c, calendar);
        long rows = Facts.compact(c);
        c.commit();
        System.out.printf(
            "facts rebuilt from the raw rows: %,d samples, %,d cases, %,d monthly rows in %.1f s%n",
            n[0], n[1], rows, (System.nanoTime() - r0) / 1e9);
      }
      // what autovacuum does in a running database after a rebuild: without it the rewritten fact
      // tables carry their dead rows (sample_month_fact three times its live rows after the
      // compaction) and no page is all-visible, so the figures would measure that leftover
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute(
            "VACUUM ANALYZE sample_fact, sample_month_fact, turnaround_month_fact, case_fact,"
                + " case_count_fact, case_deadline_fact, sample_approval_fact,"
                + " turnaround_approval_fact");
      }
      c.setAutoCommit(false);
      count(c, "sample_fact");
      count(c, "sample_month_fact");
      count(c, "turnaround_month_fact");
      count(c, "case_fact");
      count(c, "case_count_fact");
      count(c, "sample_approval_fact");
      count(c, "turnaround_approval_fact");
      FiguresReport figures = null;
      FiguresReport plainFigures = null;
      List<Double> facts = new ArrayList<>();
      List<Double> plain = new ArrayList<>();
      // the work done, whatever else the machine runs: CPU of this thread and of the database
      // backend serving the connection (a busy machine stretches wall time, not CPU time)
      long backend = backendPid(c);
      List<Double> factsCpu = new ArrayList<>();
      List<Double> plainCpu = new ArrayList<>();
      for (int run = 0; run < 7; run++) {
        double cpu = cpuMillis(backend);
        long t = System.nanoTime();
        figures =
            FiguresReport.of(
                FactQueries.inputs(c, period, scope, Reference.load(c), units, calendar),
                targets,
                calendar,
                Locale.SIMPLIFIED_CHINESE);
        facts.add((System.nanoTime() - t) / 1e6);
        factsCpu.add(cpuMillis(backend) - cpu);
        c.commit();
        if (run < 3) {
          cpu = cpuMillis(backend);
          t = System.nanoTime();
          plainFigures =
              FiguresReport.of(
                  StatsQueries.inputs(c, period, scope, Reference.load(c), units, calendar),
                  targets,
                  calendar,
                  Locale.SIMPLIFIED_CHINESE);
          plain.add((System.nanoTime() - t) / 1e6);
          plainCpu.add(cpuMillis(backend) - cpu);
          c.commit();
        }
      }
      double factsMedian = median(facts.subList(1, facts.size()));
      double plainMedian = median(plain.subList(1, plain.size()));
      System.out.printf(
          "figures of the year  from the facts: first %.0f ms, warm %s ms, median %.0f ms%n"
              + "                     plain SQL over the raw rows: first %.0f ms, warm %s ms,"
              + " median %.0f ms%n"
              + "                     ratio plain/facts: %.1fx (load average %s)%n",
          facts.get(0),
          facts.subList(1, facts.size()).stream().map(d -> String.format("%.0f", d)).toList(),
          factsMedian,
          plain.get(0),
          plain.subList(1, plain.size()).stream().map(d -> String.format("%.0f", d)).toList(),
          plainMedian,
          plainMedian / factsMedian,
          loadAverage());
      System.out.printf(
          "  CPU time (this thread + the database backend), median warm: facts %.0f ms, plain"
              + " SQL %.0f ms, ratio %.1fx%n",
          median(factsCpu.subList(1, factsCpu.size())),
          median(plainCpu.subList(1, plainCpu.size())),
          median(plainCpu.subList(1, plainCpu.size()))
              / Math.max(1, median(factsCpu.subList(1, factsCpu.size()))));
      System.out.printf(
          "  (batches %,d, judged %,d, pass rate %s, cases %,d, on time %s; the plain"
              + " recomputation: batches %,d, judged %,d, pass rate %s, cases %,d, on time %s)%n",
          figures.volume().total().batches(),
          figures.passRates().overall().judged(),
          figures.passRates().overall().passRate().display(),
          figures.followUp().overall().mustFollow(),
          figures.followUp().overall().onTime().display(),
          plainFigures.volume().total().batches(),
          plainFigures.passRates().overall().judged(),
          plainFigures.passRates().overall().passRate().display(),
          plainFigures.followUp().overall().mustFollow(),
          plainFigures.followUp().overall().onTime().display());

      // the parts of the figures from the facts, each the median of five warm runs
      Map<String, List<Double>> parts = new java.util.LinkedHashMap<>();
      partsBackend = backend;
      for (int run = 0; run < 5; run++) {
        Reference r1 = time(parts, "reference data", () -> Reference.load(c));
        time(parts, "session settings", () -> StatsQueries.tune(c));
        time(parts, "samples", () -> FactQueries.totals(c, period, scope, r1));
        time(parts, "quotas (plan)", () -> StatsQueries.quotas(c, period, scope, null));
        time(parts, "cases", () -> CaseCounts.read(c, period, scope));
        time(parts, "turnaround", () -> FactQueries.turnaround(c, period, scope));
        time(parts, "overdue reports", () -> FactQueries.overdueReports(c, period, scope));
        time(parts, "plan residents and rate", () -> planResidentsAndRate(c, period));
        FiguresReport.Inputs in = FactQueries.inputs(c, period, scope, r1, units, calendar);
        time(
            parts,
            "computing",
            () -> FiguresReport.of(in, targets, calendar, Locale.SIMPLIFIED_CHINESE));
        c.commit();
      }
      StringBuilder line =
          new StringBuilder("  from the facts, of which (median of 5, wall / CPU ms):");
      parts.forEach(
          (k, v) -> {
            if (!k.endsWith(" cpu")) {
              line.append(
                  String.format(" %s %.1f / %.1f;", k, median(v), median(parts.get(k + " cpu"))));
            }
          });
      System.out.println(line);

      // which tables one run of the year's figures reads (scans per table from pg_stat_user_tables)
      Map<String, Long> scansBefore = scans(c);
      FiguresReport.of(
          FactQueries.inputs(c, period, scope, Reference.load(c), units, calendar),
          targets,
          calendar,
          Locale.SIMPLIFIED_CHINESE);
      c.commit();
      Map<String, Long> read = new java.util.TreeMap<>();
      scans(c)
          .forEach(
              (table, n) -> {
                long d = n - scansBefore.getOrDefault(table, 0L);
                if (d > 0) {
                  read.put(table, d);
                }
              });
      System.out.println("  tables one run of the figures scans (scans): " + read);

      if (reconcile) {
        // quarter by quarter (two copies of a province-year's sample facts do not fit 512 MB)
        long r0 = System.nanoTime();
        long recSamples = 0;
        long recCases = 0;
        long recDifferences = 0;
        List<Reconciliation.Difference> first = new ArrayList<>();
        LocalDate today = LocalDate.now(cn.foodsafety.lims.platform.control.CivilTime.ZONE);
        // with --history the copied years too: the SQL copy is proved consistent with the facts
        for (int y = YEAR - history; y <= YEAR; y++) {
          YearTally t = reconcileYear(c, y, calendar, units, today, first);
          recSamples += t.samples();
          recCases += t.cases();
          recDifferences += t.differences();
        }
        System.out.printf(
            "reconciliation of the years (by quarter): %,d samples, %,d cases, %,d differences in"
                + " %.1f s %s%n",
            recSamples, recCases, recDifferences, (System.nanoTime() - r0) / 1e9, first);
        // the figures as of dates inside a month, and of periods cut inside a month
        List<Period> cuts =
            List.of(
                Period.of(YEAR, null, null, null, null, LocalDate.of(YEAR, 6, 15), today),
                Period.of(YEAR, null, null, null, null, LocalDate.of(YEAR, 12, 20), today),
                Period.of(YEAR, 2, null, null, null, LocalDate.of(YEAR, 5, 10), today),
                Period.of(
                    null,
                    null,
                    null,
                    LocalDate.of(YEAR, 2, 10),
                    LocalDate.of(YEAR, 11, 20),
                    null,
                    today));
        for (Period cut : cuts) {
          List<Reconciliation.Difference> listed = new ArrayList<>();
          long n =
              Reconciliation.figureDifferences(
                  c, cut, scope, Reference.load(c), units, calendar, listed);
          c.commit();
          System.out.printf(
              "figures %s as of %s, facts against the raw rows: %,d differences %s%n",
              cut.label(), cut.asOf(), n, listed.stream().limit(3).toList());
        }
      }

      if (reconcileYears != null) {
        reconcileYears(c, reconcileYears, calendar, units);
      }

      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long before = used();
      CountingStream out = new CountingStream();
      long t = System.nanoTime();
      FiguresReport f = figures;
      new ProvincialWorkbook(Locale.SIMPLIFIED_CHINESE).write(out, f, c, scope, ref, p -> {});
      double seconds = (System.nanoTime() - t) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          "provincial workbook: %.1f s, %,d bytes, %,d non-conforming rows, peak heap %d MB"
              + " (before %d MB, max heap %d MB)%n",
          seconds,
          out.count,
          f.passRates().overall().nonConforming(),
          peak >> 20,
          before >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  private record YearTally(long samples, long cases, long differences) {}

  /**
   * Reconciles one year quarter by quarter (two copies of a province-year's sample facts do not fit
   * 512 MB); the first differences (at most five in all) are added to {@code first}.
   */
  private static YearTally reconcileYear(
      Connection c,
      int y,
      WorkingDayCalendar calendar,
      java.util.Set<Long> units,
      LocalDate today,
      List<Reconciliation.Difference> first)
      throws SQLException {
    long samples = 0;
    long cases = 0;
    long differences = 0;
    for (int q = 1; q <= 4; q++) {
      Reconciliation.Result rec =
          Reconciliation.of(
              c,
              LocalDate.of(y, q * 3 - 2, 1),
              LocalDate.of(y, q * 3, 1),
              calendar,
              Reference.load(c),
              units,
              today);
      c.commit();
      samples += rec.samples();
      cases += rec.cases();
      differences += rec.differenceCount();
      rec.differences().stream().limit(Math.max(0, 5 - first.size())).forEach(first::add);
    }
    return new YearTally(samples, cases, differences);
  }

  /**
   * {@code --reconcile-years 2023,2024,2025} (or {@code --reconcile-all}: every year with samples):
   * reconciles each named year of the database as it is, without copying anything, quarter by
   * quarter (two copies of a province-year's sample facts do not fit 512 MB), and prints per year
   * the samples, cases, differences and time.
   */
  static void reconcileYears(
      Connection c, String which, WorkingDayCalendar calendar, java.util.Set<Long> units)
      throws SQLException {
    List<Integer> years = new ArrayList<>();
    if (which.equals("all")) {
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT DISTINCT EXTRACT(YEAR FROM sampled_on) FROM sample ORDER BY 1")) {
        while (r.next()) {
          years.add(r.getInt(1));
        }
      }
      c.commit();
    } else {
      for (String y : which.split(",")) {
        years.add(Integer.parseInt(y.trim()));
      }
    }
    LocalDate today = LocalDate.now(cn.foodsafety.lims.platform.control.CivilTime.ZONE);
    long all = System.nanoTime();
    long allDifferences = 0;
    for (int y : years) {
      long r0 = System.nanoTime();
      List<Reconciliation.Difference> first = new ArrayList<>();
      YearTally t = reconcileYear(c, y, calendar, units, today, first);
      allDifferences += t.differences();
      System.out.printf(
          "reconciliation of %d (by quarter, no copy): %,d samples, %,d cases, %,d differences in"
              + " %.1f s (load average %s) %s%n",
          y,
          t.samples(),
          t.cases(),
          t.differences(),
          (System.nanoTime() - r0) / 1e9,
          loadAverage(),
          first);
    }
    System.out.printf(
        "reconciliation of %s: %,d differences in %.1f s%n",
        years, allDifferences, (System.nanoTime() - all) / 1e9);
  }

  /** Sequential plus index scans so far per table, after this backend's statistics are flushed. */
  private static Map<String, Long> scans(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_force_next_flush()");
    }
    c.commit();
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, Long> m = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT relname, COALESCE(seq_scan, 0) + COALESCE(idx_scan, 0)"
                    + " FROM pg_stat_user_tables")) {
      while (r.next()) {
        m.put(r.getString(1), r.getLong(2));
      }
    }
    c.commit();
    return m;
  }

  /** The residents of the year's plan and its rate, as the figures read them. */
  private static Object planResidentsAndRate(Connection c, Period period) throws SQLException {
    return List.of(
        StatsQueries.planResidents(c, period.year()),
        String.valueOf(StatsQueries.planRate(c, period.year())));
  }

  /** A part of the figures that can fail with SQL. */
  interface Part<T> {
    T run() throws SQLException;
  }

  private static long partsBackend;

  /** Wall time and CPU time (this thread + the backend) of a part, in ms. */
  private static <T> T time(Map<String, List<Double>> parts, String name, Part<T> part)
      throws SQLException {
    double cpu = cpuMillis(partsBackend);
    long t = System.nanoTime();
    T result = part.run();
    parts.computeIfAbsent(name, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
    parts.computeIfAbsent(name + " cpu", k -> new ArrayList<>()).add(cpuMillis(partsBackend) - cpu);
    return result;
  }

  private static long backendPid(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * CPU milliseconds used so far by this thread and by a process: the process's run time in
   * nanoseconds from the scheduler ({@code /proc/PID/schedstat}) where the system has it, else user
   * + system time in 10 ms ticks (too coarse for a part of a few ms: its median rounds to 0 or 10).
   */
  private static double cpuMillis(long pid) {
    double own = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
    try {
      String run =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/schedstat"));
      return own + Long.parseLong(run.substring(0, run.indexOf(' '))) / 1e6;
    } catch (IOException | RuntimeException e) {
      // no scheduler statistics: the ticks below
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return own + (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    } catch (IOException | RuntimeException e) {
      return own;
    }
  }

  /** The machine's load average (1, 5, 15 minutes) where the system tells it. */
  private static String loadAverage() {
    try {
      String[] f =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return String.format(
          "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long used() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static void count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      System.out.printf("%-14s %,12d rows%n", table, r.getLong(1));
    }
  }

  private static WorkingDayCalendar calendar(Connection c) throws SQLException {
    Map<LocalDate, DayKind> days = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT calendar_date, kind FROM calendar_day")) {
      while (r.next()) {
        days.put(r.getDate(1).toLocalDate(), DayKind.valueOf(r.getString(2)));
      }
    }
    return new WorkingDayCalendar(days);
  }

  /** The year's data, generated by the database itself. */
  static void generate(Connection c, int samples) throws SQLException {
    String[] steps = {
      // two samplers of a sampling team
      "INSERT INTO app_user (id, username, display_name, password_hash, organization_id, active,"
          + " version) SELECT 900000 + n, 'bench' || n, '基准' || n, 'x', o.id, TRUE, 0"
          + " FROM organization o, generate_series(1, 2) n WHERE o.code = 'TEAM-HNFDI-1'",
      // the plan: quotas per unit, level, top-level category and month
      "INSERT INTO sampling_plan (id, city_id, plan_year, rate_per_thousand, municipal_share,"
          + " small_farmer_share, blind_coding, state, version) VALUES (900000, 2, "
          + YEAR
          + ", '7', '0.5', '0.1', FALSE, 'APPROVED', 0)",
      "INSERT INTO plan_unit (plan_id, region_id, residents, residents_basis, residents_year,"
          + " quota) SELECT 900000, r.id, r.residents, r.residents_basis, r.residents_year,"
          + " CEIL(r.residents * 7 / 1000.0) FROM region r WHERE r.parent_id = 2",
      "INSERT INTO plan_cell (id, plan_id, region_id, sampling_level, department, category_id,"
          + " month_no, batches, small_farmer_batches, edited, version)"
          + " SELECT 900000 + ROW_NUMBER() OVER (), 900000, r.id, l.level, 'MARKET_REGULATION',"
          + " fc.id, m, CEIL(r.residents * 7 / 1000.0 / 5 / 34 / 12), 0, FALSE, 0"
          + " FROM region r, (VALUES ('NATIONAL'), ('PROVINCIAL'), ('MUNICIPAL'), ('COUNTY'),"
          + " ('ROUTINE_MONITORING')) l(level), food_category fc, generate_series(1, 12) m"
          + " WHERE r.parent_id = 2 AND fc.parent_id IS NULL",
      // the samples: every unit, level and category, spread over the year's days
      "CREATE TEMP TABLE bench_cat AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id"
          + " FROM food_category",
      "CREATE TEMP TABLE bench_lab AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id"
          + " FROM organization WHERE kind = 'LABORATORY'",
      "INSERT INTO sample (id, sample_number, outside_plan, sampling_level, department,"
          + " region_id, sampling_unit_id, food_name, category_id, quantity, quantity_unit,"
          + " backup_quantity, storage_condition, producer_name, party_name, party_kind,"
          + " party_address, place_address, sampled_at, sampled_on, sampler1_id, sampler2_id,"
          + " samplers_confirmed, party_confirmed, seal_number, state, lab_id, delivery_due,"
          + " received_at, report_due, created_by, created_at, version, delivered_late)"
          + " SELECT 1000000 + i, 'BENCH-' || i, FALSE,"
          + " (ARRAY['NATIONAL','PROVINCIAL','MUNICIPAL','COUNTY','ROUTINE_MONITORING'])"
          + "[1 + i % 5], 'MARKET_REGULATION', 3 + i % 16,"
          + " (SELECT id FROM organization WHERE code = 'TEAM-HNFDI-1'), '食品' || i,"
          + " cat.id, '1', 'kg', '1', 'AMBIENT', '生产者' || (i % 5000), '经营者' || (i % 20000),"
          + " 'SUPERMARKET', '地址', '地址', d.day + TIME '10:00' AT TIME ZONE 'Asia/Shanghai',"
          + " d.day, 900001, 900002, TRUE, TRUE, 'S' || i, 'RECEIVED', lab.id, d.day + 7,"
          + " d.day + 2 + TIME '09:00' AT TIME ZONE 'Asia/Shanghai', d.day + 30, 'bench',"
          + " NOW(), 0, FALSE"
          + " FROM generate_series(1, "
          + samples
          + ") i"
          + " CROSS JOIN LATERAL (SELECT DATE '"
          + YEAR
          + "-01-01' + (i % 365) AS day) d"
          + " JOIN bench_cat cat ON cat.n = i % (SELECT COUNT(*) FROM bench_cat)"
          + " JOIN bench_lab lab ON lab.n = i % (SELECT COUNT(*) FROM bench_lab)",
      // 98% approved, 2.5% of those non-conforming
      "INSERT INTO analysis (sample_id, lab_id, state, report_due, report_version,"
          + " report_number, approved_by, approved_at, first_approved_at, entered_by,"
          + " reviewed_by, conclusion, conclusion_due, version)"
          + " SELECT s.id, s.lab_id, 'APPROVED', s.report_due, 1, 'R' || s.id, 'bench',"
          + " s.received_at + (5 + s.id % 23) * INTERVAL '1 day', s.received_at + (5 + s.id"
          + " % 23) * INTERVAL '1 day', 'bench1', 'bench2', CASE WHEN s.id % 40 = 0 THEN"
          + " 'NON_CONFORMING' ELSE 'CONFORMING' END, s.report_due, 0 FROM sample s"
          + " WHERE s.id % 50 <> 7",
      // ten results per sample, the first one failing in a non-conforming sample
      "CREATE TEMP TABLE bench_item AS SELECT ROW_NUMBER() OVER (ORDER BY id) AS k, * FROM"
          + " test_item",
      "INSERT INTO sample_item (id, sample_id, test_item_id, analyte, limit_operator,"
          + " limit_value, limit_upper, limit_unit, limit_standard, standard_edition, comparison,"
          + " microbiological, dropped, added_by_lab, reported_value, not_detected, result_unit,"
          + " value_in_limit_unit, verdict, times_over, method, tested_on, entered_by, version)"
          + " SELECT s.id * 10 + t.k, s.id, t.id, t.analyte, t.limit_operator, t.limit_value,"
          + " t.limit_upper, t.unit, t.limit_standard, t.standard_edition, t.comparison,"
          + " t.microbiological, FALSE, FALSE,"
          + " CASE WHEN a.conclusion = 'NON_CONFORMING' AND t.k = 1 THEN '0.13' ELSE '0.01'"
          + " END, FALSE, t.unit, NULL,"
          + " CASE WHEN a.conclusion = 'NON_CONFORMING' AND t.k = 1 THEN 'NON_CONFORMING'"
          + " ELSE 'CONFORMING' END, CASE WHEN a.conclusion = 'NON_CONFORMING' AND t.k = 1"
          + " THEN '1.6' END, 'GB 23200', DATE(a.first_approved_at), 'bench1', 0"
          + " FROM sample s JOIN analysis a ON a.sample_id = s.id JOIN bench_item t ON t.k <= 10",
      // a case per non-conforming sample, in every state
      "INSERT INTO disposal_case (id, case_number, sample_id, sampling_level, department,"
          + " category_id, region_id, responsible_org_id, microbiological, state, received_on,"
          + " disposal_days, statutory_deadline, deadline, accepted_on, delivered_on,"
          + " last_step_on, completed_on, overturned_on, urgency, opened_at, version)"
          + " SELECT s.id, 'HC-' || s.sample_number, s.id, s.sampling_level, s.department,"
          + " s.category_id, s.region_id, o.id, FALSE,"
          + " CASE x.k WHEN 0 THEN 'OPEN' WHEN 1 THEN 'ACCEPTED' WHEN 2 THEN 'COMPLETED'"
          + " WHEN 3 THEN 'COMPLETED' WHEN 4 THEN 'OVERTURNED' WHEN 5 THEN 'ENFORCED'"
          + " ELSE 'COMPLETED' END,"
          + " x.rec, 90, x.rec + 90, x.rec + CASE WHEN x.k = 6 THEN 120 ELSE 90 END,"
          + " CASE WHEN x.k = 0 THEN NULL ELSE x.rec + 2 END,"
          + " CASE WHEN x.k = 0 THEN NULL ELSE x.rec + 3 END,"
          + " CASE WHEN x.k = 0 THEN NULL ELSE x.rec + 3 END,"
          + " CASE x.k WHEN 2 THEN x.rec + 60 WHEN 3 THEN x.rec + 95 WHEN 6 THEN x.rec + 110"
          + " END, CASE WHEN x.k = 4 THEN x.rec + 20 END, 'ON_TRACK', NOW(), 0"
          + " FROM sample s JOIN analysis a ON a.sample_id = s.id"
          + " JOIN organization o ON o.region_id = s.region_id AND o.kind = 'REGULATOR'"
          + " AND o.department = 'MARKET_REGULATION'"
          + " CROSS JOIN LATERAL (SELECT (s.id / 40) % 7 AS k,"
          + " DATE(a.first_approved_at AT TIME ZONE 'Asia/Shanghai') AS rec) x"
          + " WHERE a.conclusion = 'NON_CONFORMING'",
      "INSERT INTO case_extension (id, case_id, state, reason, previous_deadline,"
          + " new_deadline, requested_by, requested_at, decided_by, decided_at, version)"
          + " SELECT d.id, d.id, 'APPROVED', '补充调查', d.statutory_deadline, d.deadline,"
          + " 'bench1', NOW(), 'bench2', d.received_on + 60 + TIME '12:00', 0"
          + " FROM disposal_case d WHERE d.deadline <> d.statutory_deadline",
      "ANALYZE"
    };
    try (Statement s = c.createStatement()) {
      for (String sql : steps) {
        long t = System.nanoTime();
        int n = s.executeUpdate(sql);
        System.out.printf(
            "  %6.1f s  %,10d  %s%n",
            (System.nanoTime() - t) / 1e9, n, sql.substring(0, Math.min(70, sql.length())));
      }
    }
  }

  /** The generated samples' ids (and their analyses', cases' and extensions' ids) lie here. */
  private static final long FIRST_ID = 1_000_000L;

  private static final long ID_OFFSET = 10_000_000L;

  /**
   * History for the flat-history check: copies the generated year into the {@code history} years
   * before it, in SQL (far faster than generating them): every sample, analysis, result, case and
   * extension of the year again, each date and timestamp column moved back by whole years, the ids
   * moved by 10,000,000 per year (results by 100,000,000) and the unique numbers prefixed with the
   * year. The results (sample_item, ten per sample) are copied only with --history-results: neither
   * the figures nor their plain recomputation nor the reconciliation reads them, and their insert
   * is most of the time (1,067 s for one year's 6.86M rows on the loaded benchmark machine). A year
   * already present is left as it is. The facts are then rebuilt from these raw rows (the start-up
   * check finds fewer facts than samples) and the reconciliation compares them.
   */
  static void copyYears(Connection c, int history, boolean results) throws SQLException {
    for (int k = 1; k <= history; k++) {
      int year = YEAR - k;
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT COUNT(*) FROM sample WHERE sampled_on >= DATE '"
                      + year
                      + "-01-01' AND sampled_on < DATE '"
                      + (year + 1)
                      + "-01-01'")) {
        r.next();
        if (r.getLong(1) > 0) {
          continue;
        }
      }
      long off = k * ID_OFFSET;
      String original = " BETWEEN " + FIRST_ID + " AND " + (ID_OFFSET - 1);
      String prefix = "'Y" + year + "-' || ";
      long t0 = System.nanoTime();
      copy(
          c,
          k,
          "sample",
          "id" + original,
          Map.of("id", "id + " + off, "sample_number", prefix + "sample_number"));
      copy(
          c,
          k,
          "analysis",
          "sample_id" + original,
          Map.of("sample_id", "sample_id + " + off, "report_number", prefix + "report_number"));
      if (results) {
        copy(
            c,
            k,
            "sample_item",
            "sample_id" + original,
            Map.of("id", "id + " + off * 10, "sample_id", "sample_id + " + off));
      }
      copy(
          c,
          k,
          "disposal_case",
          "id" + original,
          Map.of(
              "id",
              "id + " + off,
              "sample_id",
              "sample_id + " + off,
              "case_number",
              prefix + "case_number"));
      copy(
          c,
          k,
          "case_extension",
          "id" + original,
          Map.of("id", "id + " + off, "case_id", "case_id + " + off));
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      System.out.printf(
          "copied the year %d into %d in %.1f s%n", YEAR, year, (System.nanoTime() - t0) / 1e9);
    }
  }

  /** INSERT ... SELECT of one table's rows with its dates moved back by {@code years}. */
  private static void copy(
      Connection c, int years, String table, String where, Map<String, String> set)
      throws SQLException {
    List<String> cols = new ArrayList<>();
    List<String> exprs = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT column_name, data_type, is_generated, identity_generation"
                + " FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = ? ORDER BY ordinal_position")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String col = r.getString(1);
          String type = r.getString(2);
          if ("ALWAYS".equals(r.getString(3)) || "ALWAYS".equals(r.getString(4))) {
            continue;
          }
          cols.add(col);
          String back = col + " - INTERVAL '" + years + " year'";
          exprs.add(
              set.containsKey(col)
                  ? set.get(col)
                  : type.equals("date")
                      ? "(" + back + ")::date"
                      : type.startsWith("timestamp") ? back : col);
        }
      }
    }
    long t = System.nanoTime();
    try (Statement s = c.createStatement()) {
      int n =
          s.executeUpdate(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", cols)
                  + ") SELECT "
                  + String.join(", ", exprs)
                  + " FROM "
                  + table
                  + " WHERE "
                  + where);
      System.out.printf("  %6.1f s  %,10d  %s%n", (System.nanoTime() - t) / 1e9, n, table);
    }
  }

  /** Counts what the workbook writes, keeps nothing. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
    }
  }
}
