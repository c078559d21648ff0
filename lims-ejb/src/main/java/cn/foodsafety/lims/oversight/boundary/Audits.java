package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.oversight.control.AuditData;
import cn.foodsafety.lims.oversight.control.AuditDraw;
import cn.foodsafety.lims.oversight.control.AuditWorkbook;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries;
import cn.foodsafety.lims.oversight.control.RecordCheckQueries.Checked;
import cn.foodsafety.lims.oversight.entity.Audit;
import cn.foodsafety.lims.oversight.entity.AuditRecord;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Audit sampling (抽检数据考核): a supervisor draws a reproducible, stratified random sample of the
 * records of a period in his region ({@link AuditDraw}); reviewers score each drawn record against
 * the checklist; the scores roll up per unit, team or lab; the audit as a workbook for the
 * province.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class Audits {

  static final List<String> STRATA = List.of("unit", "team", "lab");

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject Validator validator;

  @Inject Clock clock = Clock.systemUTC();

  private static final SecureRandom SEEDS = new SecureRandom();

  /** Draws an audit; a size larger than the population is a field error and nothing is written. */
  public AuditData draw(OversightRequest request, AuditForm form, Locale locale) {
    Violations v = Violations.of(validator, form);
    String by =
        form == null || form.stratifiedBy() == null || form.stratifiedBy().isBlank()
            ? "unit"
            : form.stratifiedBy().strip().toLowerCase(Locale.ROOT);
    v.addIf(!STRATA.contains(by), "stratifiedBy", "lims.stats.unknown", by);
    v.throwIfAny();
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      Period p = f.period();
      List<Object> params = new ArrayList<>(List.of(p.from(), p.lastSamplingDay()));
      String where =
          " AND s.sampled_on >= ? AND s.sampled_on <= ?" + f.scope().sampleConditions(params);
      if (request.kind() != null) {
        where += " AND s.sampling_kind = ?";
        params.add(request.kind());
      }
      Map<Long, Checked> population = RecordCheckQueries.samples(c, where, params);
      List<AuditDraw.Candidate> candidates = new ArrayList<>();
      population
          .values()
          .forEach(s -> candidates.add(new AuditDraw.Candidate(s.sampleId(), stratum(s, by))));
      long seed = form.seed() != null ? form.seed() : SEEDS.nextLong() & 0xFFFFFFFFL;
      List<AuditDraw.Candidate> drawn = AuditDraw.draw(candidates, form.size(), seed);
      Audit a =
          new Audit(
              form.title().strip(),
              p.from(),
              p.lastSamplingDay(),
              request.asMap().toString(),
              by,
              seed,
              form.size(),
              candidates.size(),
              users.current().getUsername(),
              clock.instant());
      em.persist(a);
      for (AuditDraw.Candidate d : drawn) {
        Checked s = population.get(d.id());
        em.persist(
            new AuditRecord(a, s.sampleId(), d.stratum(), s.regionId(), s.teamId(), s.labId()));
      }
      em.flush();
      return data(c, a, locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public AuditData get(long id, Locale locale) {
    Audit a = audit(id);
    try (Connection c = dataSource.getConnection()) {
      return data(c, a, locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The drawn records of one stratum (the list behind a roll-up line), or all of them without one;
   * a stratum the audit does not have gives an empty list.
   */
  public List<AuditData.Record> records(long id, String stratum, Locale locale) {
    List<AuditData.Record> all = get(id, locale).records();
    if (stratum == null || stratum.isBlank()) {
      return all;
    }
    if (!stratum.strip().matches("[0-9]{1,18}")) {
      throw InvalidInputException.of("stratum", "lims.stats.notNumber", stratum);
    }
    String key = String.valueOf(Long.parseLong(stratum.strip()));
    return all.stream().filter(r -> r.stratumKey().equals(key)).toList();
  }

  /** A reviewer's scores; a score outside its item's range is a field error, nothing written. */
  public AuditData.Record review(long auditId, long recordId, ReviewForm form, Locale locale) {
    Audit a = audit(auditId);
    AuditRecord r = em.find(AuditRecord.class, recordId);
    if (r == null || !r.getAudit().getId().equals(a.getId())) {
      throw new NotFoundException("AuditRecord", recordId);
    }
    Violations.of(validator, form).throwIfAny();
    r.review(
        checklistMax(), form.scores(), form.note(), users.current().getUsername(), clock.instant());
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      return data(c, a, locale).records().stream()
          .filter(x -> x.id() == recordId)
          .findFirst()
          .orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<AuditData.Item> checklist(Locale locale) {
    List<AuditData.Item> out = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, text_zh, text_en, max_score FROM audit_check_item ORDER BY item_order")
            .getResultList();
    for (Object[] row : rows) {
      out.add(
          new AuditData.Item(
              (String) row[0],
              (String) ("en".equals(locale.getLanguage()) ? row[2] : row[1]),
              ((Number) row[3]).intValue()));
    }
    return out;
  }

  public byte[] workbook(long id, Locale locale) {
    AuditData d = get(id, locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new AuditWorkbook(locale).write(out, d, checklist(locale));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private Map<String, Integer> checklistMax() {
    Map<String, Integer> out = new LinkedHashMap<>();
    checklist(Locale.ROOT).forEach(i -> out.put(i.code(), i.max()));
    return out;
  }

  private Audit audit(long id) {
    Audit a = em.find(Audit.class, id);
    if (a == null || !mine(a)) {
      throw new NotFoundException("Audit", id);
    }
    return a;
  }

  /** An audit is seen by its region's supervisors: those whose region holds its records. */
  private boolean mine(Audit a) {
    if (users.current().has(Role.ADMIN)) {
      return true;
    }
    var region = users.current().getOrganization().getRegion();
    if (region == null) {
      return false;
    }
    List<Long> regions =
        em.createQuery(
                "select distinct r.regionId from AuditedRecord r where r.audit = :a", Long.class)
            .setParameter("a", a)
            .getResultList();
    return jurisdictions.of(region).regionIds().containsAll(regions);
  }

  private static long stratum(Checked s, String by) {
    Long k =
        switch (by) {
          case "team" -> s.teamId();
          case "lab" -> s.labId();
          default -> s.regionId();
        };
    return k == null ? 0L : k;
  }

  private AuditData data(Connection c, Audit a, Locale locale) throws SQLException {
    List<AuditRecord> records =
        em.createQuery(
                "select r from AuditedRecord r where r.audit = :a order by r.stratum, r.sampleId",
                AuditRecord.class)
            .setParameter("a", a)
            .getResultList();
    Reference ref = Reference.load(c);
    Map<Long, String> numbers = new HashMap<>();
    Map<Long, String> orgs = new HashMap<>();
    try (PreparedStatement st = c.prepareStatement("SELECT id, name, name_en FROM organization");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String en = rs.getString(3);
        orgs.put(
            rs.getLong(1),
            "en".equals(locale.getLanguage()) && en != null && !en.isBlank()
                ? en
                : rs.getString(2));
      }
    }
    if (!records.isEmpty()) {
      String marks = String.join(",", java.util.Collections.nCopies(records.size(), "?"));
      try (PreparedStatement st =
          c.prepareStatement("SELECT id, sample_number FROM sample WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < records.size(); i++) {
          st.setLong(i + 1, records.get(i).getSampleId());
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            numbers.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
    }
    List<AuditData.Record> out = new ArrayList<>();
    Map<Long, int[]> roll = new TreeMap<>();
    for (AuditRecord r : records) {
      String stratum =
          a.getStratifiedBy().equals("unit")
              ? OversightLists.regionName(ref, r.getStratum(), locale)
              : orgs.get(r.getStratum());
      out.add(
          new AuditData.Record(
              r.getId(),
              r.getSampleId(),
              numbers.get(r.getSampleId()),
              String.valueOf(r.getStratum()),
              stratum,
              OversightLists.regionName(ref, r.getRegionId(), locale),
              r.getTotal(),
              r.getMax(),
              new TreeMap<>(r.getScores()),
              r.getReviewer(),
              r.getReviewedAt(),
              r.getNote(),
              r.getVersion()));
      int[] g = roll.computeIfAbsent(r.getStratum(), k -> new int[4]);
      g[0]++;
      if (r.getTotal() != null) {
        g[1]++;
        g[2] += r.getTotal();
        g[3] += r.getMax();
      }
    }
    List<AuditData.RollUp> rollUp = new ArrayList<>();
    roll.forEach(
        (k, g) ->
            rollUp.add(
                new AuditData.RollUp(
                    k.toString(),
                    a.getStratifiedBy().equals("unit")
                        ? OversightLists.regionName(ref, k, locale)
                        : orgs.get(k),
                    g[0],
                    g[1],
                    g[3] == 0
                        ? null
                        : BigDecimal.valueOf(g[2] * 100L)
                            .divide(BigDecimal.valueOf(g[3]), 1, RoundingMode.HALF_EVEN))));
    return new AuditData(
        a.getId(),
        a.getTitle(),
        a.getFrom(),
        a.getTo(),
        a.getStratifiedBy(),
        a.getSeed(),
        a.getSize(),
        a.getPopulation(),
        a.getCreatedBy(),
        a.getCreatedAt(),
        out,
        rollUp);
  }
}
