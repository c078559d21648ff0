package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.kernel.ResultsSubmitted;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.boundary.Recording.Pending;
import cn.foodsafety.lims.results.control.LabAccess;
import cn.foodsafety.lims.results.control.LimitEvaluator;
import cn.foodsafety.lims.results.control.ResultInput;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.results.entity.Judgment;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Result entry: a received sample's test items (from the category, with the limit as it stands),
 * results entered one by one or in a grid, judged against the limits, items added or dropped by the
 * lab with a reason, and the results submitted for review with the sample's conclusion. Reviews and
 * approval are {@link Reviews}, issued reports {@link TestReports}, the worklist {@link Worklists}
 * and result files {@link ResultImports}. Every change goes to the audit trail.
 */
@Stateless
public class Results {
  static final String ANALYSIS = "Analysis";

  static final String ITEM = "SampleItem";

  static final String REPORT = "TestReport";

  static final String SAMPLE = "Sample";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Event<ResultsSubmitted> submitted;

  @Inject Users users;

  @Inject Analyses analyses;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * The sample's items and results. The items are created at receipt ({@link Analyses}); for a
   * sample received before that, the lab's first look creates them.
   */
  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public ResultSheet sheet(long sampleId) {
    User me = users.current();
    Sample s = LabAccess.readable(em, sampleId, me);
    Analysis a = em.find(Analysis.class, sampleId);
    if (a == null) {
      if (!LabAccess.isLabOf(me, s)) {
        throw new RuleViolationException("lims.result.notStarted");
      }
      a = analyses.start(s, new HashMap<>()).analysis();
    }
    return analyses.sheet(s, a);
  }

  /** Results for items of one sample: all written, or (any bad field) none. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet record(long sampleId, ResultEntries entries) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Violations v = Violations.of(validator, entries);
    v.throwIfAny();
    Analysis a = analyses.current(s);
    Map<Long, SampleItem> items = byId(a.getItems());
    List<Pending> pending = check(a, items, entries.results(), "results[%d].", v);
    v.throwIfAny();
    apply(pending, me.getUsername());
    em.flush();
    return analyses.sheet(s, a);
  }

  /**
   * The grid: the lab's received samples whose results can still be entered, with their items (the
   * items of a sample not yet looked at are created), most urgent first, at most {@code limit}.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public List<ResultSheet> grid(int limit) {
    User me = users.current();
    Organization lab = LabAccess.labOf(me);
    List<Sample> open =
        em.createQuery(
                "select s from Sample s where s.lab = :lab and s.state = :received and s.id not in"
                    + " (select a.sampleId from Analysis a where a.lab = :lab and a.state <>"
                    + " :editable) order by s.reportDue, s.sampleNumber",
                Sample.class)
            .setParameter("lab", lab)
            .setParameter("received", SampleState.RECEIVED)
            .setParameter("editable", AnalysisState.IN_PROGRESS)
            .setMaxResults(Math.max(1, Math.min(limit, 200)))
            .getResultList();
    return open.stream().map(s -> analyses.sheet(s, analyses.current(s))).toList();
  }

  /** Results for many samples at once (the grid): all written, or (any bad field) none. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public int recordAll(Map<Long, List<ResultEntry>> bySample) {
    User me = users.current();
    Violations v = new Violations();
    List<Pending> pending = new ArrayList<>();
    for (Map.Entry<Long, List<ResultEntry>> e : bySample.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Sample s = LabAccess.labSample(em, e.getKey(), me);
      Analysis a = analyses.current(s);
      pending.addAll(check(a, byId(a.getItems()), e.getValue(), "sample" + s.getId() + "[%d].", v));
    }
    v.throwIfAny();
    apply(pending, me.getUsername());
    em.flush();
    return (int) bySample.values().stream().filter(l -> !l.isEmpty()).count();
  }

  /** A test item the category does not bring, added by the lab with a reason. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet addItem(long sampleId, ItemAddition addition) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Violations v = Violations.of(validator, addition);
    v.throwIfAny();
    Analysis a = analyses.current(s);
    TestItem t = em.find(TestItem.class, addition.testItemId());
    if (t == null || !t.isActive()) {
      a.checkEditable(v, "state");
      v.add("testItemId", "lims.field.unknownReference", addition.testItemId());
      v.throwIfAny();
    }
    SampleItem item = a.addItem(t, addition.reason().strip());
    em.persist(item);
    em.flush();
    audit.action(
        AuditAction.CREATE,
        ITEM,
        item.getId(),
        "analyte",
        null,
        item.getAnalyte() + " " + item.limit().text(),
        item.getChangeReason());
    return analyses.sheet(s, a);
  }

  /**
   * The test items the lab may add to one of its samples: active, within its accreditation scope
   * and not yet on the sample, by code.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public List<ItemChoice> itemChoices(long sampleId) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Set<Long> taken =
        analyses.plannedItems(s, em.find(Analysis.class, sampleId), new HashMap<>()).stream()
            .map(i -> i.getTestItem().getId())
            .collect(Collectors.toCollection(java.util.HashSet::new));
    return s.getLab().getScopeTestItems().stream()
        .filter(t -> t.isActive() && !taken.contains(t.getId()))
        .sorted(java.util.Comparator.comparing(TestItem::getCode))
        .map(t -> ItemChoice.of(s, t))
        .toList();
  }

  /** The lab does not test an item of the sample, for a reason. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet dropItem(long sampleId, Long itemId, Reason reason) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Violations.of(validator, reason).throwIfAny();
    Analysis a = analyses.current(s);
    if (a.dropItem(itemId, reason.reason().strip())) {
      SampleItem item = a.item(itemId);
      em.flush();
      audit.action(
          AuditAction.UPDATE, ITEM, itemId, "dropped", "false", "true", item.getChangeReason());
    }
    return analyses.sheet(s, a);
  }

  /** The results are complete: they go to review, with the sample's conclusion. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet submit(long sampleId) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Analysis a = analyses.current(s);
    a.submit(me.getUsername(), clock.instant());
    em.flush();
    analyses.stateChanged(a, AnalysisState.IN_PROGRESS, null);
    audit.recordCaptured(null);
    submitted.fire(new ResultsSubmitted(sampleId));
    return analyses.sheet(s, a);
  }

  private List<Pending> check(
      Analysis a,
      Map<Long, SampleItem> items,
      List<ResultEntry> entries,
      String prefixFormat,
      Violations v) {
    if (a.lockedKey() != null) {
      v.add("results", a.lockedKey());
      return List.of();
    }
    List<Pending> pending = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    for (int n = 0; n < entries.size(); n++) {
      ResultEntry e = entries.get(n);
      String prefix = prefixFormat.isEmpty() ? "" : String.format(Locale.ROOT, prefixFormat, n);
      SampleItem item = e.itemId() == null ? null : items.get(e.itemId());
      if (item == null) {
        v.add(prefix + "itemId", "lims.result.item.unknown", e.itemId());
        continue;
      }
      if (item.isDropped()) {
        v.add(prefix + "itemId", "lims.result.item.dropped", item.getAnalyte());
        continue;
      }
      if (!seen.add(item.getId())) {
        v.add(prefix + "itemId", "lims.result.item.twice", item.getAnalyte());
        continue;
      }
      var checked =
          ResultInput.check(
              e.value(),
              e.isNotDetected(),
              e.lod(),
              e.unit(),
              item.getLimitUnit(),
              item.getAnalyte(),
              item.getLod(),
              item.lodUnit(),
              prefix,
              v);
      boolean dateOk = !v.has(prefix + "testedOn");
      ResultInput.checkTestedOn(
          e.testedOn(), item.getSample().getReceivedOn(), today(), prefix + "testedOn", v);
      if (checked.isEmpty() || (dateOk && v.has(prefix + "testedOn"))) {
        continue;
      }
      var c = checked.get();
      LimitEvaluator.Measurement m =
          new LimitEvaluator.Measurement(c.value(), c.notDetected(), c.unit());
      Judgment j;
      try {
        j = LimitEvaluator.judge(m, item.limit());
      } catch (IllegalArgumentException ex) {
        v.add(prefix + "unit", "lims.result.unit.incompatible", e.unit(), item.getLimitUnit());
        continue;
      }
      pending.add(
          new Pending(
              item,
              new SampleItem.Result(
                  c.value(),
                  c.notDetected(),
                  c.lod(),
                  c.unit(),
                  Recording.blank(e.method()),
                  Recording.blank(e.instrument()),
                  Recording.blank(e.analyst()),
                  e.testedOn()),
              j));
    }
    return pending;
  }

  /**
   * Writes the checked results, sample by sample (the grid sends several), each sample's captured
   * changes recorded with the reason of its own amendment.
   */
  private void apply(List<Pending> pending, String by) {
    Instant now = clock.instant();
    Map<Long, List<Pending>> bySample = new LinkedHashMap<>();
    for (Pending p : pending) {
      bySample.computeIfAbsent(p.item().getSample().getId(), id -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<Long, List<Pending>> e : bySample.entrySet()) {
      Analysis a = em.find(Analysis.class, e.getKey());
      for (Pending p : e.getValue()) {
        a.record(p.item(), p.result(), p.j(), by, now);
      }
      audit.recordCaptured(a.getAmendmentReason());
    }
  }

  private static Map<Long, SampleItem> byId(List<SampleItem> items) {
    Map<Long, SampleItem> m = new LinkedHashMap<>();
    items.forEach(i -> m.put(i.getId(), i));
    return m;
  }

  private LocalDate today() {
    return CivilTime.today(clock);
  }
}
