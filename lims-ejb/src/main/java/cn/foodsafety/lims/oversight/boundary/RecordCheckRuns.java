package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.control.CheckCondition;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries.Checked;
import cn.foodsafety.lims.oversight.entity.CheckFinding;
import cn.foodsafety.lims.oversight.entity.CheckRule;
import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.oversight.entity.FindingState;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs the record checks: every active rule over the records of its kind (samples, result items,
 * follow-up cases) that belong to the samples asked about, on demand over a period or for one
 * sample or case when it was saved ({@link RecordCheckRecorder}). A rule that holds opens a finding
 * unless one is open or accepted for that record; an open finding whose rule no longer holds is
 * resolved (the record was corrected).
 */
@Stateless
public class RecordCheckRuns {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Users users;

  @Inject Clock clock = Clock.systemUTC();

  /** The outcome of a run: records checked, findings opened and resolved, findings now open. */
  public record RunResult(long records, long opened, long resolved, long open) {}

  /** Runs every active rule over the records of the samples taken in the request's period. */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public RunResult run(OversightRequest request) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<Object> params = new ArrayList<>();
      String where = RecordCheckQueries.selection(f.period(), f.scope(), request.kind(), params);
      return check(c, where, params, users.current().getUsername());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs every active rule over one sample, its result items and its case. */
  @PermitAll
  public RunResult checkSample(long sampleId, String by) {
    try (Connection c = dataSource.getConnection()) {
      return check(c, " AND x.id = ?", List.of(sampleId), by);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs every active rule over the sample of a follow-up case (the case among its records). */
  @PermitAll
  public RunResult checkCase(long caseId, String by) {
    try (Connection c = dataSource.getConnection()) {
      Long sample = RecordCheckQueries.sampleOfCase(c, caseId);
      return sample == null
          ? new RunResult(0, 0, 0, 0)
          : check(c, " AND x.id = ?", List.of(sample), by);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private RunResult check(Connection c, String where, List<Object> params, String by)
      throws SQLException {
    Instant now = clock.instant();
    long records = 0;
    long opened = 0;
    long resolved = 0;
    Set<Long> samples = new HashSet<>();
    List<CheckRule> rules =
        em.createQuery("select r from CheckRule r where r.active = true", CheckRule.class)
            .getResultList();
    for (CheckTarget target : CheckTarget.values()) {
      Map<Long, Checked> checked = RecordCheckQueries.records(c, target, where, params);
      records += checked.size();
      checked.values().forEach(x -> samples.add(x.sampleId()));
      if (checked.isEmpty()) {
        continue;
      }
      Map<Long, Map<Long, CheckFinding>> current = findings(target, checked.keySet());
      for (CheckRule rule : rules) {
        if (rule.getTarget() != target) {
          continue;
        }
        Map<Long, Checked> failing =
            RecordCheckQueries.failing(
                c, target, CheckCondition.parse(target, rule.getCondition()), where, params);
        Map<Long, CheckFinding> ofRule = current.getOrDefault(rule.getId(), Map.of());
        for (Checked r : failing.values()) {
          if (!ofRule.containsKey(r.recordId())) {
            em.persist(
                CheckFinding.open(
                    rule, r.recordId(), r.sampleId(), r.regionId(), r.teamId(), r.labId(), now));
            opened++;
          }
        }
        for (CheckFinding f : ofRule.values()) {
          if (f.getState() == FindingState.OPEN && !failing.containsKey(f.getRecordId())) {
            f.resolve(by, now);
            resolved++;
          }
        }
      }
    }
    em.flush();
    long open = 0;
    List<Long> ids = new ArrayList<>(samples);
    for (int i = 0; i < ids.size(); i += 1000) {
      open +=
          em.createQuery(
                  "select count(f) from CheckFinding f where f.state = :s and f.sampleId in :ids",
                  Long.class)
              .setParameter("s", FindingState.OPEN)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .getSingleResult();
    }
    return new RunResult(records, opened, resolved, open);
  }

  /** Per rule and record of the target the finding that counts: the open one, else an accepted. */
  private Map<Long, Map<Long, CheckFinding>> findings(CheckTarget target, Set<Long> recordIds) {
    Map<Long, Map<Long, CheckFinding>> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(recordIds);
    for (int i = 0; i < ids.size(); i += 1000) {
      for (CheckFinding f :
          em.createQuery(
                  "select f from CheckFinding f where f.target = :t and f.recordId in :ids"
                      + " and f.state <> :resolved",
                  CheckFinding.class)
              .setParameter("t", target)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .setParameter("resolved", FindingState.RESOLVED)
              .getResultList()) {
        out.computeIfAbsent(f.getRule().getId(), k -> new HashMap<>())
            .merge(f.getRecordId(), f, (a, b) -> a.getState() == FindingState.OPEN ? a : b);
      }
    }
    return out;
  }
}
