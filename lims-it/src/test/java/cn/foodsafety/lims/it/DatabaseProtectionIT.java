package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The database itself protects the records, whatever the application sends: connected as the
 * application's own role (not a superuser; it owns only its database), an UPDATE, DELETE or
 * TRUNCATE of audit records or issued test reports is refused.
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
      assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_record"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
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
