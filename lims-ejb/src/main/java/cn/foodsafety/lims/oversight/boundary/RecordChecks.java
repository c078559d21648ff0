package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.oversight.control.CheckCondition;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries.Checked;
import cn.foodsafety.lims.oversight.entity.CheckFinding;
import cn.foodsafety.lims.oversight.entity.CheckRule;
import cn.foodsafety.lims.oversight.entity.FindingState;
import cn.foodsafety.lims.oversight.entity.Severity;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Record checks (抽检数据抽查): the rules an administrator maintains, run on a sample whenever it is
 * saved ({@link RecordCheckRecorder}) and on demand over a period; the findings, closed by a
 * re-check that no longer finds them (the record was corrected) or accepted with a reason; and the
 * quality score per unit, sampling team and lab. Scoped like the statistics figures.
 */
@Stateless
public class RecordChecks {

  static final String RULE = "CheckRule";
  static final String FINDING = "CheckFinding";

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Users users;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- rules

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
  public List<RuleData> rules() {
    return em.createQuery("select r from CheckRule r order by r.code", CheckRule.class)
        .getResultStream()
        .map(RuleData::of)
        .toList();
  }

  /** A new rule; its code must be new and its condition parse, or field errors, nothing written. */
  @RolesAllowed(Role.ADMIN_NAME)
  public RuleData create(RuleForm form) {
    Violations v = Violations.of(validator, form);
    v.addIf(
        form != null && form.code() != null && byCode(form.code().strip()) != null,
        "code",
        "lims.check.code.taken",
        form == null ? null : form.code());
    v.throwIfAny();
    CheckRule r = new CheckRule(form.code().strip());
    r.define(
        form.messageZh().strip(),
        form.messageEn().strip(),
        form.severity(),
        form.condition(),
        form.active() == null || form.active());
    em.persist(r);
    em.flush();
    audit.created(RULE, r.getId(), r.getCode() + ": " + r.getCondition());
    return RuleData.of(r);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public RuleData change(long id, RuleForm form) {
    CheckRule r = em.find(CheckRule.class, id);
    if (r == null) {
      throw new NotFoundException(RULE, id);
    }
    Violations.of(validator, form).throwIfAny();
    Versions.check(form.version(), r.getVersion());
    if (!r.getCode().equals(form.code().strip())) {
      throw InvalidInputException.of("code", "lims.check.code.fixed", r.getCode());
    }
    String before = r.getCondition();
    r.define(
        form.messageZh().strip(),
        form.messageEn().strip(),
        form.severity(),
        form.condition(),
        form.active() == null || form.active());
    em.flush();
    audit.changed(
        RULE,
        id,
        new AuditTrail.Changes().compare("condition", before, r.getCondition()),
        r.getCode());
    return RuleData.of(r);
  }

  private CheckRule byCode(String code) {
    return em.createQuery("select r from CheckRule r where r.code = :c", CheckRule.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  // ---------------------------------------------------------------- running the checks

  /** The outcome of a run: records checked, findings opened and resolved, findings now open. */
  public record RunResult(long records, long opened, long resolved, long open) {}

  /** Runs every active rule over the samples taken in the period and group of the request. */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public RunResult run(OversightRequest request) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<Object> params = new ArrayList<>();
      String where = selection(f, request.kind(), params);
      return check(c, where, params, users.current().getUsername());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs every active rule over one sample (after it was saved, or asked for). */
  @PermitAll
  public RunResult checkSample(long sampleId, String by) {
    try (Connection c = dataSource.getConnection()) {
      return check(c, " AND x.id = ?", List.of(sampleId), by);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private RunResult check(Connection c, String where, List<Object> params, String by)
      throws SQLException {
    Map<Long, Checked> checked = RecordCheckQueries.samples(c, where, params);
    if (checked.isEmpty()) {
      return new RunResult(0, 0, 0, 0);
    }
    var now = clock.instant();
    long opened = 0;
    long resolved = 0;
    List<CheckRule> rules =
        em.createQuery("select r from CheckRule r where r.active = true", CheckRule.class)
            .getResultList();
    Map<Long, Map<Long, CheckFinding>> current = findings(checked.keySet());
    for (CheckRule rule : rules) {
      Map<Long, Checked> failing =
          RecordCheckQueries.failing(c, CheckCondition.parse(rule.getCondition()), where, params);
      Map<Long, CheckFinding> ofRule = current.getOrDefault(rule.getId(), Map.of());
      for (Checked s : failing.values()) {
        if (!ofRule.containsKey(s.sampleId())) {
          em.persist(
              CheckFinding.open(rule, s.sampleId(), s.regionId(), s.teamId(), s.labId(), now));
          opened++;
        }
      }
      for (CheckFinding f : ofRule.values()) {
        if (f.getState() == FindingState.OPEN && !failing.containsKey(f.getSampleId())) {
          f.resolve(by, now);
          resolved++;
        }
      }
    }
    em.flush();
    long open =
        em.createQuery(
                "select count(f) from CheckFinding f where f.state = :s and f.sampleId in :ids",
                Long.class)
            .setParameter("s", FindingState.OPEN)
            .setParameter("ids", checked.keySet())
            .getSingleResult();
    return new RunResult(checked.size(), opened, resolved, open);
  }

  /** Per rule and sample the finding that counts: the open one, else an accepted one. */
  private Map<Long, Map<Long, CheckFinding>> findings(Set<Long> sampleIds) {
    Map<Long, Map<Long, CheckFinding>> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(sampleIds);
    for (int i = 0; i < ids.size(); i += 1000) {
      for (CheckFinding f :
          em.createQuery(
                  "select f from CheckFinding f where f.sampleId in :ids and f.state <> :resolved",
                  CheckFinding.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .setParameter("resolved", FindingState.RESOLVED)
              .getResultList()) {
        out.computeIfAbsent(f.getRule().getId(), k -> new HashMap<>())
            .merge(f.getSampleId(), f, (a, b) -> a.getState() == FindingState.OPEN ? a : b);
      }
    }
    return out;
  }

  private static String selection(Statistics.Frame f, String kind, List<Object> params) {
    Period p = f.period();
    params.add(p.from());
    params.add(p.lastSamplingDay());
    String sql =
        " AND s.sampled_on >= ? AND s.sampled_on <= ?" + f.scope().sampleConditions(params);
    if (kind != null) {
      sql += " AND s.sampling_kind = ?";
      params.add(kind);
    }
    return sql;
  }

  // ---------------------------------------------------------------- findings

  /**
   * The findings on the samples of the period and group; {@code state} OPEN, RESOLVED, ACCEPTED.
   */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PLANNER_NAME})
  public Page<FindingData> findings(
      OversightRequest request, String state, int page, int size, Locale locale) {
    Oversight.checkPage(page, size);
    FindingState only = state(state);
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<Object> params = new ArrayList<>();
      String where = selection(f, request.kind(), params);
      Set<Long> ids = RecordCheckQueries.samples(c, where, params).keySet();
      if (ids.isEmpty()) {
        return new Page<>(List.of(), 0, page, size);
      }
      List<CheckFinding> all = new ArrayList<>();
      List<Long> list = new ArrayList<>(ids);
      for (int i = 0; i < list.size(); i += 1000) {
        all.addAll(
            em.createQuery(
                    "select f from CheckFinding f join fetch f.rule where f.sampleId in :ids",
                    CheckFinding.class)
                .setParameter("ids", list.subList(i, Math.min(list.size(), i + 1000)))
                .getResultList());
      }
      List<CheckFinding> chosen =
          all.stream()
              .filter(x -> only == null || x.getState() == only)
              .sorted(
                  Comparator.comparing(CheckFinding::getFoundAt)
                      .reversed()
                      .thenComparing(CheckFinding::getId))
              .toList();
      Page<CheckFinding> p = Oversight.page(chosen, page, size);
      Map<Long, String> numbers = sampleNumbers(c, p.items());
      Reference ref = f.reference();
      return new Page<>(
          p.items().stream().map(x -> data(x, numbers, ref, locale)).toList(),
          p.total(),
          page,
          size);
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
    audit.action(
        cn.foodsafety.lims.audit.entity.AuditAction.STATE_CHANGE,
        FINDING,
        id,
        "state",
        "OPEN",
        "ACCEPTED",
        f.getReason());
    return data(f, locale);
  }

  /** Checks the finding's sample again: resolved if the record was corrected meanwhile. */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public FindingData recheck(long id, Locale locale) {
    CheckFinding f = finding(id);
    checkSample(f.getSampleId(), users.current().getUsername());
    em.refresh(f);
    return data(f, locale);
  }

  /** Quality scores per unit, sampling team ({@code by=team}) or lab ({@code by=lab}). */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PLANNER_NAME})
  public List<QualityScore> scores(OversightRequest request, String by, Locale locale) {
    String group = by == null || by.isBlank() ? "unit" : by.strip().toLowerCase(Locale.ROOT);
    if (!List.of("unit", "team", "lab").contains(group)) {
      throw InvalidInputException.of("by", "lims.stats.unknown", by);
    }
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<Object> params = new ArrayList<>();
      String where = selection(f, request.kind(), params);
      Map<Long, Checked> checked = RecordCheckQueries.samples(c, where, params);
      Map<Long, long[]> open = new HashMap<>();
      List<Long> ids = new ArrayList<>(checked.keySet());
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
      Map<Long, String> names = group.equals("unit") ? Map.of() : organizations(c, locale);
      List<QualityScore> out = new ArrayList<>();
      groups.forEach(
          (k, g) ->
              out.add(
                  new QualityScore(
                      k.toString(),
                      group.equals("unit")
                          ? Oversight.regionName(f.reference(), k, locale)
                          : names.get(k),
                      g[0],
                      g[1],
                      g[2],
                      g[3],
                      score(g[0], g[1]))));
      out.sort(Comparator.comparing(QualityScore::score).thenComparing(QualityScore::key));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
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

  private CheckFinding finding(long id) {
    CheckFinding f = em.find(CheckFinding.class, id);
    if (f == null || !visible(f)) {
      throw new NotFoundException(FINDING, id);
    }
    return f;
  }

  private boolean visible(CheckFinding f) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame frame =
          statistics.frame(
              c,
              new StatsRequest(null, null, null, null, null, null, null, null, null, null, null));
      return frame.scope().regionIds() == null
          || frame.scope().regionIds().contains(f.getRegionId());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private FindingData data(CheckFinding f, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      return data(f, sampleNumbers(c, List.of(f)), Reference.load(c), locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FindingData data(
      CheckFinding f, Map<Long, String> numbers, Reference ref, Locale locale) {
    return new FindingData(
        f.getId(),
        f.getRule().getCode(),
        f.getRule().message(locale),
        f.getSeverity(),
        f.getState(),
        f.getSampleId(),
        numbers.get(f.getSampleId()),
        Oversight.regionName(ref, f.getRegionId(), locale),
        f.getFoundAt(),
        f.getClosedAt(),
        f.getClosedBy(),
        f.getReason(),
        0);
  }

  private static Map<Long, String> sampleNumbers(Connection c, List<CheckFinding> findings)
      throws SQLException {
    Map<Long, String> out = new HashMap<>();
    if (findings.isEmpty()) {
      return out;
    }
    List<Object> ids =
        new ArrayList<>(findings.stream().map(CheckFinding::getSampleId).distinct().toList());
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement st =
        c.prepareStatement("SELECT id, sample_number FROM sample WHERE id IN (" + marks + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        st.setObject(i + 1, ids.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  private static Map<Long, String> organizations(Connection c, Locale locale) throws SQLException {
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

  private static FindingState state(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return FindingState.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("state", "lims.stats.unknown", s);
    }
  }
}
