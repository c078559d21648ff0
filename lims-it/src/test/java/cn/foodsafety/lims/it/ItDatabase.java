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
   * A sequence value that EclipseLink never hands out: with an allocation of 50 it takes the value
   * as the top of its next block, so the value itself and the block below belong to us.
   */
  /** Moves a case's deadline (to make it due soon or overdue without waiting for the days). */
  static void setCaseDeadline(long caseId, java.time.LocalDate deadline)
      throws IOException, SQLException {
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE disposal_case SET deadline = ? WHERE id = ?")) {
      s.setObject(1, deadline);
      s.setLong(2, caseId);
      if (s.executeUpdate() != 1) {
        throw new AssertionError("no case " + caseId);
      }
    }
  }

  private static long next(Connection c, String sequence) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT nextval('" + sequence + "')");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
