package cn.foodsafety.lims.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists behind the figures, read with the same conditions as the figures themselves: the
 * samples counted in a volume, a pass rate's denominator (judged) or its parts (conforming,
 * non-conforming), a lab's approved or overdue reports; and the cases counted in a follow-up rate's
 * parts (must be followed up, started, completed, on time, completed or due).
 */
public final class DrillDown {

  private DrillDown() {}

  public enum SampleMeasure {
    BATCHES,
    JUDGED,
    CONFORMING,
    NON_CONFORMING,
    OVERDUE_REPORTS
  }

  public enum CaseMeasure {
    MUST_FOLLOW,
    STARTED,
    COMPLETED,
    ON_TIME,
    ON_TIME_DUE
  }

  public record SampleLine(
      long id,
      String sampleNumber,
      String foodName,
      long categoryId,
      String level,
      long regionId,
      LocalDate sampledOn,
      String state,
      String conclusion,
      OffsetDateTime approvedAt,
      Long labId) {}

  public record CaseLine(
      long id,
      String caseNumber,
      long sampleId,
      String sampleNumber,
      String foodName,
      String level,
      long regionId,
      String state,
      LocalDate receivedOn,
      LocalDate startedOn,
      LocalDate deadline,
      LocalDate completedOn) {}

  public record Slice<T>(List<T> items, long total) {}

  public static Slice<SampleLine> samples(
      Connection c, Period p, Scope scope, SampleMeasure measure, int page, int size)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    OffsetDateTime end = StatsQueries.endOf(p.asOf());
    String condition =
        switch (measure) {
          case BATCHES -> "";
          case JUDGED -> " AND a.first_approved_at < ?";
          case CONFORMING -> " AND a.first_approved_at < ? AND a.conclusion = 'CONFORMING'";
          case NON_CONFORMING -> " AND a.first_approved_at < ? AND a.conclusion <> 'CONFORMING'";
          case OVERDUE_REPORTS ->
              " AND s.received_at IS NOT NULL AND s.report_due < ?"
                  + " AND (a.first_approved_at IS NULL OR a.first_approved_at >= ?)";
        };
    if (measure == SampleMeasure.OVERDUE_REPORTS) {
      params.add(p.asOf());
      params.add(end);
    } else if (measure != SampleMeasure.BATCHES) {
      params.add(end);
    }
    String from =
        " FROM sample s LEFT JOIN analysis a ON a.sample_id = s.id WHERE 1 = 1"
            + condition
            + " AND"
            + StatsQueries.sampleBase(p, scope, params);
    long total;
    try (PreparedStatement s = StatsQueries.prepare(c, "SELECT COUNT(*)" + from, params);
        ResultSet r = s.executeQuery()) {
      r.next();
      total = r.getLong(1);
    }
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<SampleLine> items = new ArrayList<>();
    try (PreparedStatement s =
            StatsQueries.prepare(
                c,
                "SELECT s.id, s.sample_number, s.food_name, s.category_id, s.sampling_level,"
                    + " s.region_id, s.sampled_on, s.state, a.conclusion, a.first_approved_at,"
                    + " s.lab_id"
                    + from
                    + " ORDER BY s.sampled_on, s.id LIMIT ? OFFSET ?",
                pageParams);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long lab = r.getLong(11);
        items.add(
            new SampleLine(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getLong(4),
                r.getString(5),
                r.getLong(6),
                StatsQueries.date(r, 7),
                r.getString(8),
                r.getString(9),
                r.getObject(10, OffsetDateTime.class),
                r.wasNull() ? null : lab));
      }
    }
    return new Slice<>(items, total);
  }

  public static Slice<CaseLine> cases(
      Connection c, Period p, Scope scope, CaseMeasure measure, int page, int size)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    for (StatsQueries.CaseFact f : StatsQueries.cases(c, p, scope)) {
      DisposalRates.Counted k = DisposalRates.classify(f.facts(), p.asOf());
      boolean in =
          switch (measure) {
            case MUST_FOLLOW -> k.mustFollow();
            case STARTED -> k.started();
            case COMPLETED -> k.completed();
            case ON_TIME -> k.onTimeNumerator();
            case ON_TIME_DUE -> k.onTimeDenominator();
          };
      if (in) {
        ids.add(f.id());
      }
    }
    int from = Math.min(ids.size(), page * size);
    List<Long> pageIds = ids.subList(from, Math.min(ids.size(), from + size));
    if (pageIds.isEmpty()) {
      return new Slice<>(Collections.emptyList(), ids.size());
    }
    List<Object> params = new ArrayList<>(pageIds);
    String in = String.join(",", Collections.nCopies(pageIds.size(), "?"));
    Map<Long, CaseLine> byId = new LinkedHashMap<>();
    try (PreparedStatement s =
            StatsQueries.prepare(
                c,
                "SELECT d.id, d.case_number, s.id, s.sample_number, s.food_name,"
                    + " d.sampling_level, d.region_id, d.state, d.received_on, d.accepted_on,"
                    + " d.deadline, d.completed_on FROM disposal_case d JOIN sample s"
                    + " ON s.id = d.sample_id WHERE d.id IN ("
                    + in
                    + ")",
                params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        byId.put(
            r.getLong(1),
            new CaseLine(
                r.getLong(1),
                r.getString(2),
                r.getLong(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getLong(7),
                r.getString(8),
                StatsQueries.date(r, 9),
                StatsQueries.date(r, 10),
                StatsQueries.date(r, 11),
                StatsQueries.date(r, 12)));
      }
    }
    List<CaseLine> items = new ArrayList<>();
    for (Long id : pageIds) {
      items.add(byId.get(id));
    }
    return new Slice<>(items, ids.size());
  }
}
