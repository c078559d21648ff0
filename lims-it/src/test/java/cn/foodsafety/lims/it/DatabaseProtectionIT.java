package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database itself protects the records, whatever the application sends: connected as the
 * application's own role (not a superuser, owner of nothing: the migrations ran as the schema's
 * owner), an UPDATE, DELETE or TRUNCATE of audit records or issued test reports is refused.
 */
class DatabaseProtectionIT {

  @Test
  void theApplicationsRoleIsNoSuperuser() throws Exception {
    try (Connection c = ItDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT rolsuper, rolcreaterole, rolcreatedb, current_user FROM pg_roles"
                    + " WHERE rolname = current_user")) {
      rs.next();
      assertThat(rs.getString(4)).isEqualTo("lims_it");
      assertThat(rs.getBoolean(1)).isFalse();
      assertThat(rs.getBoolean(2)).isFalse();
      assertThat(rs.getBoolean(3)).isFalse();
    }
  }

  /**
   * The application's role owns nothing: it can neither drop nor disable the triggers that keep the
   * records append-only, nor change or create a table; the migrations ran as the schema's owner.
   */
  @Test
  void theApplicationsRoleCannotTouchTheSchema() throws Exception {
    try (Connection c = ItDatabase.connect();
        Statement s = c.createStatement()) {
      for (String ddl :
          List.of(
              "DROP TRIGGER audit_record_append_only ON audit_record",
              "ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only",
              "ALTER TABLE test_report DISABLE TRIGGER ALL",
              "DROP TABLE audit_record",
              "ALTER TABLE sample ADD COLUMN forged VARCHAR(10)",
              "CREATE TABLE forged (id BIGINT)")) {
        assertThatThrownBy(() -> s.execute(ddl))
            .as(ddl)
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT tableowner, count(*) FROM pg_tables WHERE schemaname = 'public'"
                  + " GROUP BY tableowner")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("lims_it_owner");
        assertThat(rs.next()).as("one owner of every table").isFalse();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'O'"
                  + " AND tgname IN ('audit_record_append_only', 'audit_record_no_truncate',"
                  + " 'test_report_append_only', 'test_report_no_truncate')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(4);
      }
    }
  }

  @Test
  void anAuditRecordCannotBeChangedOrDeleted() throws Exception {
    as("admin").get("/me").then().statusCode(200); // at least one audit record: the sign-in
    try (Connection c = ItDatabase.connect();
        Statement s = c.createStatement()) {
      long id;
      String reason;
      try (ResultSet rs =
          s.executeQuery("SELECT id, reason FROM audit_record ORDER BY id LIMIT 1")) {
        assertThat(rs.next()).isTrue();
        id = rs.getLong(1);
        reason = rs.getString(2);
      }
      assertThatThrownBy(
              () -> s.executeUpdate("UPDATE audit_record SET reason = 'forged' WHERE id = " + id))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record WHERE id = " + id))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      // the application's role may not truncate at all; the owner is stopped by the trigger
      assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_record"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      try (Connection owner = ItDatabase.connectAsOwner();
          Statement o = owner.createStatement()) {
        assertThatThrownBy(() -> o.executeUpdate("TRUNCATE audit_record"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(
                () -> o.executeUpdate("UPDATE audit_record SET reason = 'forged' WHERE id = " + id))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
      try (ResultSet rs = s.executeQuery("SELECT reason FROM audit_record WHERE id = " + id)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(reason);
      }
    }
  }

  @Test
  void anIssuedReportCannotBeChangedOrDeleted() throws Exception {
    SampleFlows.approvedCelery("芹菜-报告保护", "0.01", null);
    try (Connection c = ItDatabase.connect();
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM test_report")).isPositive();
      assertThatThrownBy(() -> s.executeUpdate("UPDATE test_report SET conclusion = 'X'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM test_report"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
