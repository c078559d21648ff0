import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain JDBC baseline of the lab benchmark's import commit: the same writes as the import, as
 * one JDBC batch per statement in one transaction, then rolled back (the database is left as the
 * import left it). Run by config/scripts/lab-benchmark.py after the import, as a single-file
 * program with the database's driver on the class path:
 *
 * <pre>
 * java -cp h2.jar config/scripts/ImportBaseline.java JDBC_URL USER PASSWORD max
 * java -cp h2.jar config/scripts/ImportBaseline.java JDBC_URL USER PASSWORD AUDIT_ID_AFTER ITEM_IDS_FILE [RUNS]
 * </pre>
 *
 * The writes: every sample item the import changed (ids in ITEM_IDS_FILE, one a line) updated with
 * the values it now holds (every result column, the numeric copies of the value included, version
 * + 1, by id and version as the application does), and every audit record the import wrote (ids above AUDIT_ID_AFTER for those items) inserted
 * again with a new id. An H2 database that the application holds (AUTO_SERVER) is first copied
 * (BACKUP) and the writes go to the copy, opened embedded with the page cache of the original
 * (CACHE_SIZE). Each round writes, commits, and then puts the copy back as it was (not timed); a
 * first round warms up. It prints the items, audit records and milliseconds of the writes alone
 * ({@code median}) and of the writes with their commit ({@code commit-median}), e.g. {@code
 * baseline 10000 items 61234 audit runs [830, 812, 790] median 812 ms with-commit [901, 870, 880]
 * commit-median 880 ms ...}.
 */
public class ImportBaseline {

  /** The columns a result writes (the value and the value in the limit's unit with their numbers). */
  private static final int RESULT_COLUMNS = 15;

  public static void main(String[] args) throws Exception {
    String url = args[0];
    if (args[3].equals("max")) {
      // before the import: where its audit records will begin
      try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
          Statement st = c.createStatement();
          ResultSet r = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_record")) {
        r.next();
        System.out.println("max " + r.getLong(1));
      }
      return;
    }
    long auditAfter = Long.parseLong(args[3]);
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    List<Long> ids = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[4]))) {
      if (!line.isBlank()) {
        ids.add(Long.parseLong(line.strip()));
      }
    }
    if (url.startsWith("jdbc:h2:") && url.contains("AUTO_SERVER")) {
      url = embeddedCopy(url, args[1], args[2]);
    }
    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      c.setAutoCommit(false);
      List<Object[]> items = read(c, ids);
      List<Object[]> audit = readAudit(c, auditAfter);
      long maxId;
      try (Statement st = c.createStatement();
          ResultSet r = st.executeQuery("SELECT MAX(id) FROM audit_record")) {
        r.next();
        maxId = r.getLong(1);
      }
      // a first round warms the JVM and the copy up (the application is warm); then timed rounds
      List<Long> times = new ArrayList<>();
      // the CPU of this thread (the driver and, embedded, the database itself): steadier than the
      // wall time on a busy machine
      List<Long> cpu = new ArrayList<>();
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      // and of the whole process (its garbage collector too), as the server's is measured
      List<Long> processCpu = new ArrayList<>();
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      // the writes with their COMMIT, as the import's transaction ends (the import's wall time and
      // CPU include H2's commit of its 10,000 updates and audit rows)
      List<Long> committed = new ArrayList<>();
      for (int round = 0; round <= runs; round++) {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long processBefore = os.getProcessCpuTime();
        long t = System.nanoTime();
        long took = writes(c, items, audit, maxId);
        c.commit();
        long withCommit = (System.nanoTime() - t) / 1_000_000;
        long cpuTook = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        long processTook = (os.getProcessCpuTime() - processBefore) / 1_000_000;
        // not timed: the copy back as it was (items' values and versions, no new audit rows), so
        // that every round writes the same rows over the same state
        undo(c, items, maxId);
        if (round > 0) {
          times.add(took);
          committed.add(withCommit);
          cpu.add(cpuTook);
          processCpu.add(processTook);
        }
      }
      List<Long> sortedCommitted = new ArrayList<>(committed);
      sortedCommitted.sort(null);
      List<Long> sortedProcess = new ArrayList<>(processCpu);
      sortedProcess.sort(null);
      List<Long> sorted = new ArrayList<>(times);
      sorted.sort(null);
      List<Long> sortedCpu = new ArrayList<>(cpu);
      sortedCpu.sort(null);
      System.out.println(
          "baseline "
              + items.size()
              + " items "
              + audit.size()
              + " audit runs "
              + times
              + " median "
              + sorted.get(sorted.size() / 2)
              + " ms with-commit "
              + committed
              + " commit-median "
              + sortedCommitted.get(sortedCommitted.size() / 2)
              + " ms cpu "
              + cpu
              + " cpu-median "
              + sortedCpu.get(sortedCpu.size() / 2)
              + " ms process-cpu "
              + processCpu
              + " process-cpu-median "
              + sortedProcess.get(sortedProcess.size() / 2)
              + " ms");
    }
  }

  private static long writes(Connection c, List<Object[]> items, List<Object[]> audit, long maxId)
      throws SQLException {
    long t = System.nanoTime();
    try (PreparedStatement up =
        c.prepareStatement(
            "UPDATE sample_item SET reported_value = ?, reported_number = ?, not_detected = ?,"
                + " lod = ?, result_unit = ?, value_in_limit_unit = ?, limit_unit_number = ?,"
                + " verdict = ?, times_over = ?, method = ?, instrument = ?, analyst = ?,"
                + " tested_on = ?, entered_by = ?, entered_at = ?, version = ? WHERE id = ? AND"
                + " version = ?")) {
      for (Object[] i : items) {
        for (int k = 1; k <= RESULT_COLUMNS; k++) {
          up.setObject(k, i[k]);
        }
        long version = ((Number) i[RESULT_COLUMNS + 1]).longValue();
        up.setLong(RESULT_COLUMNS + 1, version + 1);
        up.setLong(RESULT_COLUMNS + 2, ((Number) i[0]).longValue());
        up.setLong(RESULT_COLUMNS + 3, version);
        up.addBatch();
      }
      up.executeBatch();
    }
    try (PreparedStatement in =
        c.prepareStatement(
            "INSERT INTO audit_record (id, occurred_at, actor, action, entity_type, entity_id,"
                + " field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long id = maxId;
      for (Object[] a : audit) {
        in.setLong(1, ++id);
        for (int k = 1; k <= 9; k++) {
          in.setObject(k + 1, a[k]);
        }
        in.addBatch();
      }
      in.executeBatch();
    }
    return (System.nanoTime() - t) / 1_000_000;
  }

  /** Puts the items' rows back as they were read and removes the audit rows the round added. */
  private static void undo(Connection c, List<Object[]> items, long maxId) throws SQLException {
    try (PreparedStatement back =
        c.prepareStatement(
            "UPDATE sample_item SET reported_value = ?, reported_number = ?, not_detected = ?,"
                + " lod = ?, result_unit = ?, value_in_limit_unit = ?, limit_unit_number = ?,"
                + " verdict = ?, times_over = ?, method = ?, instrument = ?, analyst = ?,"
                + " tested_on = ?, entered_by = ?, entered_at = ?, version = ? WHERE id = ?")) {
      for (Object[] i : items) {
        for (int k = 1; k <= RESULT_COLUMNS + 1; k++) {
          back.setObject(k, i[k]);
        }
        back.setLong(RESULT_COLUMNS + 2, ((Number) i[0]).longValue());
        back.addBatch();
      }
      back.executeBatch();
    }
    try (PreparedStatement del = c.prepareStatement("DELETE FROM audit_record WHERE id > ?")) {
      del.setLong(1, maxId);
      del.executeUpdate();
    }
    c.commit();
  }

  /**
   * The application holds its embedded H2 database; a second process reaches it only through H2's
   * TCP server, one round trip per statement of a batch. For a fair baseline the writes go to a
   * consistent copy (BACKUP) opened embedded, in this process, as the application's is in its own.
   */
  private static String embeddedCopy(String url, String user, String password) throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("import-baseline");
    java.nio.file.Path zip = dir.resolve("backup.zip");
    // the copy gets the page cache the application's database has (CACHE_SIZE in its URL): the
    // same H2 doing the same writes
    long cacheMb;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement()) {
      st.execute("BACKUP TO '" + zip + "'");
      try (ResultSet r =
          st.executeQuery(
              "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                  + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
        cacheMb = r.next() ? Long.parseLong(r.getString(1)) : 0;
      }
    }
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        java.nio.file.Files.copy(in, dir.resolve("copy.mv.db"));
      }
    }
    java.nio.file.Files.delete(zip);
    dir.toFile().deleteOnExit();
    dir.resolve("copy.mv.db").toFile().deleteOnExit();
    System.err.println("copy opened with CACHE_SIZE " + cacheMb * 1024 + " (KB)");
    return "jdbc:h2:" + dir.resolve("copy") + (cacheMb > 0 ? ";CACHE_SIZE=" + cacheMb * 1024 : "");
  }

  private static List<Object[]> read(Connection c, List<Long> ids) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String in = String.join(",", chunk.stream().map(String::valueOf).toList());
      try (Statement st = c.createStatement();
          ResultSet r =
              st.executeQuery(
                  "SELECT id, reported_value, reported_number, not_detected, lod, result_unit,"
                      + " value_in_limit_unit, limit_unit_number, verdict, times_over, method,"
                      + " instrument, analyst, tested_on, entered_by, entered_at, version FROM"
                      + " sample_item WHERE id IN ("
                      + in
                      + ")")) {
        while (r.next()) {
          Object[] row = new Object[RESULT_COLUMNS + 2];
          for (int k = 0; k < row.length; k++) {
            row[k] = r.getObject(k + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static List<Object[]> readAudit(Connection c, long after) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT id, occurred_at, actor, action, entity_type, entity_id, field, old_value,"
                + " new_value, reason FROM audit_record WHERE id > ? AND entity_type ="
                + " 'SampleItem' ORDER BY id")) {
      st.setLong(1, after);
      try (ResultSet r = st.executeQuery()) {
        while (r.next()) {
          Object[] row = new Object[10];
          for (int k = 0; k < 10; k++) {
            row[k] = r.getObject(k + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
