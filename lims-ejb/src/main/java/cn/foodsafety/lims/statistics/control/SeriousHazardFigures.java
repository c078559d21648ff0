package cn.foodsafety.lims.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The serious-hazard figure of the dashboard: non-conforming batches whose approved report failed
 * on a serious-hazard item (illegal addition, banned substance: a property of the test item, kept
 * on the analysis when it was approved), and how many of them had their conclusion reported within
 * the hours after approval (24; DOMAIN.md). A batch counts in the period of its first approval
 * (before the as-of date's end), for the scope's samples.
 *
 * <p>Why not from the facts: the facts hold counts by unit, level, category and month, not this
 * property; the figure is a handful of rows a year, read with one plain query over the analyses and
 * their samples (the rows the drill-down lists read too), so it reconciles by construction.
 */
public final class SeriousHazardFigures {

  /** The figure: batches, of which reported in time, and the hours that count. */
  public record SeriousHazardFigure(long results, long reportedInTime, int hours) {}

  private SeriousHazardFigures() {}

  /** One batch of the figure: what failed, when approved, when reported, and whether in time. */
  public record SeriousHazardBatch(
      String sampleNumber,
      String foodName,
      String partyName,
      long regionId,
      OffsetDateTime approvedAt,
      OffsetDateTime reportedAt,
      boolean inTime) {}

  public static SeriousHazardFigure of(Connection c, Period period, Scope scope, int hours)
      throws SQLException {
    List<SeriousHazardBatch> batches = batches(c, period, scope, hours);
    return new SeriousHazardFigure(
        batches.size(), batches.stream().filter(SeriousHazardBatch::inTime).count(), hours);
  }

  /**
   * The batches behind the figure, oldest approval first: the figure is their count, so the
   * workbook's list and the dashboard's figure agree.
   */
  public static List<SeriousHazardBatch> batches(
      Connection c, Period period, Scope scope, int hours) throws SQLException {
    List<Object> params = new ArrayList<>();
    params.add(StatsQueries.endOf(period.from().minusDays(1)));
    java.time.LocalDate last = period.to().isBefore(period.asOf()) ? period.to() : period.asOf();
    params.add(StatsQueries.endOf(last));
    String sql =
        "SELECT a.first_approved_at, a.conclusion_reported_at, s.sample_number, s.food_name,"
            + " s.party_name, s.region_id FROM analysis a"
            + " JOIN sample s ON s.id = a.sample_id"
            + " WHERE a.serious_hazard = TRUE AND a.conclusion = 'NON_CONFORMING'"
            + " AND a.first_approved_at >= ? AND a.first_approved_at < ?"
            + scope.sampleConditions(params)
            + " ORDER BY a.first_approved_at, s.id";
    List<SeriousHazardBatch> batches = new ArrayList<>();
    try (PreparedStatement s = StatsQueries.prepare(c, sql, params);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        OffsetDateTime approved = rs.getObject(1, OffsetDateTime.class);
        OffsetDateTime reported = rs.getObject(2, OffsetDateTime.class);
        batches.add(
            new SeriousHazardBatch(
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                approved,
                reported,
                reported != null && !reported.isAfter(approved.plusHours(hours))));
      }
    }
    return batches;
  }
}
