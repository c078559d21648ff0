package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.control.RecordCheckQueries;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries.Checked;
import cn.foodsafety.lims.oversight.entity.FindingState;
import cn.foodsafety.lims.oversight.entity.Severity;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Data quality scores per unit, sampling team or lab: of the samples taken in the period, how many
 * have an open finding on themselves, a result item or their case; each score with the filters of
 * its findings list. Scoped like the statistics figures.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PLANNER_NAME})
public class QualityScores {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  /** Quality scores per unit, sampling team ({@code by=team}) or lab ({@code by=lab}). */
  public List<QualityScore> scores(OversightRequest request, String by, Locale locale) {
    String group = by == null || by.isBlank() ? "unit" : by.strip().toLowerCase(Locale.ROOT);
    if (!List.of("unit", "team", "lab").contains(group)) {
      throw InvalidInputException.of("by", "lims.stats.unknown", by);
    }
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<Object> params = new ArrayList<>();
      String where = RecordCheckQueries.selection(f.period(), f.scope(), request.kind(), params);
      Map<Long, Checked> checked = RecordCheckQueries.samples(c, where, params);
      Map<Long, long[]> open = openFindings(new ArrayList<>(checked.keySet()));
      Map<Long, long[]> groups = new TreeMap<>();
      for (Checked s : checked.values()) {
        Long key =
            switch (group) {
              case "team" -> s.teamId();
              case "lab" -> s.labId();
              default -> s.regionId();
            };
        if (key == null) {
          continue;
        }
        long[] g = groups.computeIfAbsent(key, k -> new long[4]);
        g[0]++;
        long[] n = open.get(s.sampleId());
        if (n != null) {
          g[1]++;
          g[2] += n[0];
          g[3] += n[1];
        }
      }
      Map<Long, String> names =
          group.equals("unit") ? Map.of() : RecordCheckQueries.organizations(c, locale);
      String filter =
          switch (group) {
            case "team" -> "teamId";
            case "lab" -> "labId";
            default -> "regionId";
          };
      List<QualityScore> out = new ArrayList<>();
      groups.forEach(
          (k, g) ->
              out.add(
                  new QualityScore(
                      k.toString(),
                      group.equals("unit")
                          ? OversightLists.regionName(f.reference(), k, locale)
                          : names.get(k),
                      g[0],
                      g[1],
                      g[2],
                      g[3],
                      score(g[0], g[1]),
                      Map.of(filter, k.toString(), "state", FindingState.OPEN.name()))));
      out.sort(Comparator.comparing(QualityScore::score).thenComparing(QualityScore::key));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Per sample with an open finding: its open errors and warnings. */
  private Map<Long, long[]> openFindings(List<Long> ids) {
    Map<Long, long[]> open = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      for (Object[] row :
          em.createQuery(
                  "select f.sampleId, f.severity from CheckFinding f"
                      + " where f.state = :s and f.sampleId in :ids",
                  Object[].class)
              .setParameter("s", FindingState.OPEN)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .getResultList()) {
        long[] n = open.computeIfAbsent((Long) row[0], k -> new long[2]);
        n[row[1] == Severity.ERROR ? 0 : 1]++;
      }
    }
    return open;
  }

  /** 100 × (1 − records with an open finding / records), one decimal; null without records. */
  public static BigDecimal score(long records, long withFindings) {
    if (records == 0) {
      return null;
    }
    return BigDecimal.valueOf(100)
        .multiply(BigDecimal.valueOf(records - withFindings))
        .divide(BigDecimal.valueOf(records), 1, RoundingMode.HALF_EVEN);
  }
}
