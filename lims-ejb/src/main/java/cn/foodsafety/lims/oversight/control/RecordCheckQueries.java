package cn.foodsafety.lims.oversight.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a check's condition against samples: which of the samples asked about (a condition on the
 * facts {@code s} and the sample {@code x}, or one sample) it finds, with the unit, team and lab a
 * finding is counted for. Read-only.
 */
public final class RecordCheckQueries {

  private RecordCheckQueries() {}

  /** A sample a check looked at: its unit, sampling team and lab. */
  public record Checked(long sampleId, long regionId, Long teamId, Long labId) {}

  private static final String SELECT =
      "SELECT x.id, x.region_id, x.sampling_unit_id, s.lab_id FROM sample x"
          + " JOIN sample_fact s ON s.sample_id = x.id WHERE s.counted = 1";

  /** The samples of the selection ({@code where} on s and x, with its params). */
  public static Map<Long, Checked> samples(Connection c, String where, List<Object> params)
      throws SQLException {
    return run(c, SELECT + where, params);
  }

  /** The samples of the selection for which the condition holds. */
  public static Map<Long, Checked> failing(
      Connection c, CheckCondition.Sql condition, String where, List<Object> params)
      throws SQLException {
    List<Object> all = new ArrayList<>(params);
    all.addAll(condition.params());
    return run(c, SELECT + where + " AND " + condition.where(), all);
  }

  private static Map<Long, Checked> run(Connection c, String sql, List<Object> params)
      throws SQLException {
    Map<Long, Checked> out = new LinkedHashMap<>();
    try (PreparedStatement st = OversightQueries.prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        long lab = rs.getLong(4);
        Long labId = rs.wasNull() ? null : lab;
        out.put(rs.getLong(1), new Checked(rs.getLong(1), rs.getLong(2), rs.getLong(3), labId));
      }
    }
    return out;
  }
}
