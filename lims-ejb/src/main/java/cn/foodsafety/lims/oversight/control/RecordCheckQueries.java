package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a check's condition against records: which of the records asked about (a condition on the
 * facts {@code s} and the sample {@code x} of the records, e.g. a period or one sample) it finds,
 * with the sample each record belongs to and the unit, team and lab a finding is counted for. A
 * result item is read as {@code i} (sample_item, only those with a result), a follow-up case as
 * {@code k} (disposal_case). Read-only.
 */
public final class RecordCheckQueries {

  private RecordCheckQueries() {}

  /** A record a check looked at: its sample, and the sample's unit, sampling team and lab. */
  public record Checked(long recordId, long sampleId, long regionId, Long teamId, Long labId) {}

  private static final String COLUMNS = " x.id, x.region_id, x.sampling_unit_id, s.lab_id";

  private static final String FACTS =
      " JOIN sample_fact s ON s.sample_id = x.id WHERE s.counted = 1";

  private static String select(CheckTarget target) {
    return switch (target) {
      case SAMPLE -> "SELECT x.id," + COLUMNS + " FROM sample x" + FACTS;
      case RESULT_ITEM ->
          "SELECT i.id,"
              + COLUMNS
              + " FROM sample_item i JOIN sample x ON x.id = i.sample_id"
              + FACTS
              + " AND i.dropped = FALSE AND i.verdict IS NOT NULL";
      case CASE ->
          "SELECT k.id,"
              + COLUMNS
              + " FROM disposal_case k JOIN sample x ON x.id = k.sample_id"
              + FACTS;
    };
  }

  /**
   * The condition on s and x of the samples taken in the period, in the scope, of the kind (null:
   * every kind); its values added to {@code params}.
   */
  public static String selection(Period p, Scope scope, String kind, List<Object> params) {
    params.add(p.from());
    params.add(p.lastSamplingDay());
    String sql = " AND s.sampled_on >= ? AND s.sampled_on <= ?" + scope.sampleConditions(params);
    if (kind != null) {
      sql += " AND s.sampling_kind = ?";
      params.add(kind);
    }
    return sql;
  }

  /** The samples of the selection ({@code where} on s and x, with its params). */
  public static Map<Long, Checked> samples(Connection c, String where, List<Object> params)
      throws SQLException {
    return records(c, CheckTarget.SAMPLE, where, params);
  }

  /** The records of the target that belong to the samples of the selection, by record id. */
  public static Map<Long, Checked> records(
      Connection c, CheckTarget target, String where, List<Object> params) throws SQLException {
    return run(c, select(target) + where, params);
  }

  /** The records of the target in the selection for which the condition holds. */
  public static Map<Long, Checked> failing(
      Connection c,
      CheckTarget target,
      CheckCondition.Sql condition,
      String where,
      List<Object> params)
      throws SQLException {
    List<Object> all = new ArrayList<>(params);
    all.addAll(condition.params());
    return run(c, select(target) + where + " AND " + condition.where(), all);
  }

  /** The sample a follow-up case belongs to, if the case exists. */
  public static Long sampleOfCase(Connection c, long caseId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT sample_id FROM disposal_case WHERE id = ?")) {
      st.setLong(1, caseId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /**
   * How a finding names its record: the sample number, with the analyte of a result item or the
   * case number of a case; by target and record id.
   */
  public static Map<CheckTarget, Map<Long, String>> labels(
      Connection c, Map<CheckTarget, ? extends Collection<Long>> ids) throws SQLException {
    Map<CheckTarget, Map<Long, String>> out = new HashMap<>();
    for (Map.Entry<CheckTarget, ? extends Collection<Long>> e : ids.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String sql =
          switch (e.getKey()) {
            case SAMPLE -> "SELECT x.id, x.sample_number FROM sample x WHERE x.id IN (";
            case RESULT_ITEM ->
                "SELECT i.id, x.sample_number || ' · ' || i.analyte FROM sample_item i"
                    + " JOIN sample x ON x.id = i.sample_id WHERE i.id IN (";
            case CASE -> "SELECT k.id, k.case_number FROM disposal_case k WHERE k.id IN (";
          };
      out.put(e.getKey(), names(c, sql, new ArrayList<>(e.getValue())));
    }
    return out;
  }

  /** The sample numbers of the samples. */
  public static Map<Long, String> sampleNumbers(Connection c, Collection<Long> ids)
      throws SQLException {
    return ids.isEmpty()
        ? new HashMap<>()
        : names(c, "SELECT id, sample_number FROM sample WHERE id IN (", new ArrayList<>(ids));
  }

  /** The names of every organisation (lab, sampling team) in the caller's language. */
  public static Map<Long, String> organizations(Connection c, Locale locale) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (PreparedStatement st = c.prepareStatement("SELECT id, name, name_en FROM organization");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String en = rs.getString(3);
        out.put(
            rs.getLong(1),
            "en".equals(locale.getLanguage()) && en != null && !en.isBlank()
                ? en
                : rs.getString(2));
      }
    }
    return out;
  }

  private static Map<Long, String> names(Connection c, String sqlStart, List<Long> ids)
      throws SQLException {
    Map<Long, String> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(part.size(), "?"));
      try (PreparedStatement st = c.prepareStatement(sqlStart + marks + ")")) {
        for (int i = 0; i < part.size(); i++) {
          st.setLong(i + 1, part.get(i));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  private static Map<Long, Checked> run(Connection c, String sql, List<Object> params)
      throws SQLException {
    Map<Long, Checked> out = new LinkedHashMap<>();
    try (PreparedStatement st = OversightQueries.prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        long lab = rs.getLong(5);
        Long labId = rs.wasNull() ? null : lab;
        out.put(
            rs.getLong(1),
            new Checked(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), labId));
      }
    }
    return out;
  }
}
