package cn.foodsafety.lims.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Direct access to the integration-test database (config/scripts/it-server.sh writes its name to
 * .lims/it-database), for set-ups that no API of this component offers: a plan with blind coding
 * and a collection task come from the planning component.
 */
final class ItDatabase {

  private ItDatabase() {}

  /** As the application's role (lims_it): rows only. */
  static Connection connect() throws IOException, SQLException {
    return DriverManager.getConnection(url(), "lims_it", "lims_it");
  }

  /** As the schema's owner (lims_it_owner), the role the migrations run as. */
  static Connection connectAsOwner() throws IOException, SQLException {
    return DriverManager.getConnection(url(), "lims_it_owner", "lims_it_owner");
  }

  private static String url() throws IOException {
    Path state = Path.of(System.getProperty("user.dir")).getParent().resolve(".lims/it-database");
    return "jdbc:postgresql://127.0.0.1:5432/" + Files.readString(state).strip();
  }

  /** An approved plan of a city for a year; returns its id. */
  static long plan(long cityId, int year, boolean blindCoding) throws IOException, SQLException {
    try (Connection c = connect()) {
      long id = next(c, "sampling_plan_seq");
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sampling_plan (id, city_id, plan_year, rate_per_thousand,"
                  + " municipal_share, small_farmer_share, blind_coding, state, approved_by,"
                  + " approved_at, version) VALUES (?, ?, ?, '7', '0.5', '0.1', ?, 'APPROVED',"
                  + " 'planner', ?, 1)")) {
        s.setLong(1, id);
        s.setLong(2, cityId);
        s.setInt(3, year);
        s.setBoolean(4, blindCoding);
        s.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
        s.executeUpdate();
      }
      return id;
    }
  }

  /** An open task for a sampling unit; returns its id. */
  static long task(
      long planId,
      long regionId,
      String level,
      long categoryId,
      String partyKind,
      long samplingUnitId,
      int batches)
      throws IOException, SQLException {
    try (Connection c = connect()) {
      long id = next(c, "collection_task_seq");
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO collection_task (id, plan_id, region_id, sampling_level, department,"
                  + " category_id, party_kind, sampling_unit_id, batches, due_date, state, note,"
                  + " created_by, created_at, version) VALUES (?, ?, ?, ?, 'MARKET_REGULATION', ?,"
                  + " ?, ?, ?, ?, 'OPEN', '集成测试任务', 'planner', ?, 1)")) {
        s.setLong(1, id);
        s.setLong(2, planId);
        s.setLong(3, regionId);
        s.setString(4, level);
        s.setLong(5, categoryId);
        s.setString(6, partyKind);
        s.setLong(7, samplingUnitId);
        s.setInt(8, batches);
        s.setObject(9, LocalDate.now().plusDays(30));
        s.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
        s.executeUpdate();
      }
      return id;
    }
  }

  /**
   * Moves a case's deadline (to make it due soon or overdue without waiting for the days: no use
   * case dates a deadline back). This writes around the domain, so the statistics facts keep the
   * case's deadline as the domain set it; the case's id is noted in {@link #MOVED_DEADLINES} for
   * {@link SuiteReconciliationIT}, which excuses exactly that difference and no other.
   */
  static void setCaseDeadline(long caseId, LocalDate deadline) throws IOException, SQLException {
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE disposal_case SET deadline = ? WHERE id = ?")) {
      s.setObject(1, deadline);
      s.setLong(2, caseId);
      if (s.executeUpdate() != 1) {
        throw new AssertionError("no case " + caseId);
      }
    }
    Files.createDirectories(MOVED_DEADLINES.getParent());
    Files.writeString(
        MOVED_DEADLINES,
        caseId + " " + deadline + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * Cases whose deadline a test moved by SQL: "id deadline" a line (the module's target folder).
   */
  static final Path MOVED_DEADLINES = Path.of("target", "it-direct-writes", "case-deadlines.txt");

  /**
   * A sequence value that EclipseLink never hands out: with an allocation of 50 it takes the value
   * as the top of its next block, so the value itself and the block below belong to us.
   */
  private static long next(Connection c, String sequence) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT nextval('" + sequence + "')");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
