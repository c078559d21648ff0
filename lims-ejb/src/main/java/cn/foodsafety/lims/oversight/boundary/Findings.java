package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries;
import cn.foodsafety.lims.oversight.entity.CheckFinding;
import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.oversight.entity.FindingState;
import cn.foodsafety.lims.oversight.entity.Severity;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The findings of the record checks on the records of a period's samples (the list behind every
 * quality score), accepted with a reason or re-checked: a re-check that no longer finds the record
 * wrong resolves the finding (the record was corrected). Scoped like the statistics figures.
 */
@Stateless
public class Findings {

  static final String FINDING = "CheckFinding";

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Users users;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject RecordCheckRuns runs;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * Which findings a list shows besides the request's period and group: a state (OPEN, RESOLVED,
   * ACCEPTED), a kind of record, a sampling team (the team's score), a severity; null for any.
   */
  public record Filter(String state, String target, Long teamId, String severity) {

    public static Filter none() {
      return new Filter(null, null, null, null);
    }
  }

  /** The findings on the records of the samples of the period and group, the latest first. */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PLANNER_NAME})
  public Page<FindingData> findings(
      OversightRequest request, Filter filter, int page, int size, Locale locale) {
    OversightLists.checkPage(page, size);
    Filter by = filter == null ? Filter.none() : filter;
    FindingState state = value(FindingState.class, "state", by.state());
    CheckTarget target = value(CheckTarget.class, "target", by.target());
    Severity severity = value(Severity.class, "severity", by.severity());
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<Object> params = new ArrayList<>();
      String where = RecordCheckQueries.selection(f.period(), f.scope(), request.kind(), params);
      if (by.teamId() != null) {
        where += " AND x.sampling_unit_id = ?";
        params.add(by.teamId());
      }
      List<Long> ids = new ArrayList<>(RecordCheckQueries.samples(c, where, params).keySet());
      List<CheckFinding> all = new ArrayList<>();
      for (int i = 0; i < ids.size(); i += 1000) {
        all.addAll(
            em.createQuery(
                    "select f from CheckFinding f join fetch f.rule where f.sampleId in :ids",
                    CheckFinding.class)
                .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                .getResultList());
      }
      List<CheckFinding> chosen =
          all.stream()
              .filter(x -> state == null || x.getState() == state)
              .filter(x -> target == null || x.getTarget() == target)
              .filter(x -> severity == null || x.getSeverity() == severity)
              .sorted(
                  Comparator.comparing(CheckFinding::getFoundAt)
                      .reversed()
                      .thenComparing(CheckFinding::getId))
              .toList();
      Page<CheckFinding> p = OversightLists.page(chosen, page, size);
      return new Page<>(data(c, p.items(), f.reference(), locale), p.total(), page, size);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Accepts an open finding with the reason; it counts no longer against the quality score. */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public FindingData accept(long id, Acceptance acceptance, Locale locale) {
    CheckFinding f = finding(id);
    Violations.of(validator, acceptance).throwIfAny();
    f.accept(users.current().getUsername(), clock.instant(), acceptance.reason().strip());
    em.flush();
    audit.action(AuditAction.STATE_CHANGE, FINDING, id, "state", "OPEN", "ACCEPTED", f.getReason());
    return data(f, locale);
  }

  /** Checks the finding's sample and its records again: resolved if corrected meanwhile. */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public FindingData recheck(long id, Locale locale) {
    CheckFinding f = finding(id);
    runs.checkSample(f.getSampleId(), users.current().getUsername());
    em.refresh(f);
    return data(f, locale);
  }

  private CheckFinding finding(long id) {
    CheckFinding f = em.find(CheckFinding.class, id);
    if (f == null || !visible(f)) {
      throw new NotFoundException(FINDING, id);
    }
    return f;
  }

  private boolean visible(CheckFinding f) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame frame = statistics.frame(c, OversightRequest.whole().stats());
      return frame.scope().regionIds() == null
          || frame.scope().regionIds().contains(f.getRegionId());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private FindingData data(CheckFinding f, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      return data(c, List.of(f), Reference.load(c), locale).get(0);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<FindingData> data(
      Connection c, List<CheckFinding> findings, Reference ref, Locale locale) throws SQLException {
    Set<Long> samples = new HashSet<>();
    Map<CheckTarget, Set<Long>> records = new EnumMap<>(CheckTarget.class);
    for (CheckFinding f : findings) {
      samples.add(f.getSampleId());
      records.computeIfAbsent(f.getTarget(), k -> new HashSet<>()).add(f.getRecordId());
    }
    Map<Long, String> numbers = RecordCheckQueries.sampleNumbers(c, samples);
    Map<CheckTarget, Map<Long, String>> labels = RecordCheckQueries.labels(c, records);
    return findings.stream()
        .map(
            f ->
                new FindingData(
                    f.getId(),
                    f.getRule().getCode(),
                    f.getRule().message(locale),
                    f.getSeverity(),
                    f.getState(),
                    f.getSampleId(),
                    numbers.get(f.getSampleId()),
                    OversightLists.regionName(ref, f.getRegionId(), locale),
                    f.getFoundAt(),
                    f.getClosedAt(),
                    f.getClosedBy(),
                    f.getReason(),
                    f.getTarget(),
                    f.getRecordId(),
                    labels.getOrDefault(f.getTarget(), Map.of()).get(f.getRecordId())))
        .toList();
  }

  private static <E extends Enum<E>> E value(Class<E> type, String field, String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(field, "lims.stats.unknown", s);
    }
  }
}
