package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.audit.entity.AuditRecord;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.control.WorkingDayCalendar;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.control.LabDeadlines;
import cn.foodsafety.lims.results.control.LimitEvaluator;
import cn.foodsafety.lims.results.control.ResultFile;
import cn.foodsafety.lims.results.control.ResultInput;
import cn.foodsafety.lims.results.control.SampleConclusion;
import cn.foodsafety.lims.results.control.TestReportDocument;
import cn.foodsafety.lims.results.control.Turnaround;
import cn.foodsafety.lims.results.control.Verdict;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.results.entity.TestReport;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The laboratory's work on a received sample: its test items (from the category, with the limit as
 * it stands), results entered one by one, in a grid or from a file, judged against the limits;
 * review by a second person, approval with an electronic signature, the test report issued and kept
 * as issued; amendments as new report versions; the worklist with the legal deadlines. Every change
 * goes to the audit trail.
 */
@Stateless
public class Results {

  static final String ANALYSIS = "Analysis";
  static final String ITEM = "SampleItem";
  static final String REPORT = "TestReport";
  static final String SAMPLE = "Sample";

  /** Turnaround is measured over the samples first approved in the last year. */
  static final int TURNAROUND_WINDOW_DAYS = 365;

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Event<ReportIssued> issued;

  @Inject Event<ResultsSubmitted> submitted;

  @Inject Event<ReportAmended> amended;

  @Inject Users users;

  @Inject TestItems testItems;

  @Inject WorkingCalendars calendars;

  @Inject Analyses analyses;

  @Inject Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- results

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
    Sample s = readable(sampleId, me);
    Analysis a = em.find(Analysis.class, sampleId);
    if (a == null) {
      if (!isLabOf(me, s)) {
        throw new RuleViolationException("lims.result.notStarted");
      }
      a = start(s);
    }
    return sheet(s, a);
  }

  /** Results for items of one sample: all written, or (any bad field) none. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet record(long sampleId, ResultEntries entries) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Violations v = Violations.of(validator, entries);
    v.throwIfAny();
    Analysis a = analysisOrStart(s);
    Map<Long, SampleItem> items = byId(items(sampleId));
    List<Pending> pending = check(a, items, entries.results(), "results[%d].", v);
    v.throwIfAny();
    apply(pending, me.getUsername());
    em.flush();
    return sheet(s, a);
  }

  /**
   * The grid: the lab's received samples whose results can still be entered, with their items (the
   * items of a sample not yet looked at are created), most urgent first, at most {@code limit}.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public List<ResultSheet> grid(int limit) {
    User me = users.current();
    Organization lab = labOf(me);
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
    return open.stream().map(s -> sheet(s, analysisOrStart(s))).toList();
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
      Sample s = labSample(e.getKey(), me);
      Analysis a = analysisOrStart(s);
      pending.addAll(
          check(a, byId(items(s.getId())), e.getValue(), "sample" + s.getId() + "[%d].", v));
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
    Sample s = labSample(sampleId, me);
    Violations v = Violations.of(validator, addition);
    v.throwIfAny();
    Analysis a = analysisOrStart(s);
    requireEditable(a, v);
    TestItem t = em.find(TestItem.class, addition.testItemId());
    v.addIf(
        t == null || !t.isActive(),
        "testItemId",
        "lims.field.unknownReference",
        addition.testItemId());
    v.addIf(
        t != null
            && items(sampleId).stream().anyMatch(i -> i.getTestItem().getId().equals(t.getId())),
        "testItemId",
        "lims.result.item.duplicate",
        t == null ? "" : t.getAnalyte());
    // a lab reports only on what it is accredited for
    v.addIf(
        t != null && t.isActive() && !inScope(a.getLab(), t),
        "testItemId",
        "lims.result.item.outsideScope",
        t == null ? "" : t.getAnalyte(),
        a.getLab().getName());
    v.throwIfAny();
    SampleItem item = new SampleItem(s, t, true, addition.reason().strip());
    em.persist(item);
    em.flush();
    audit.action(
        AuditAction.CREATE,
        ITEM,
        item.getId(),
        "analyte",
        null,
        item.getAnalyte() + " " + item.limitText() + " " + item.getLimitUnit(),
        item.getChangeReason());
    return sheet(s, a);
  }

  /**
   * The test items the lab may add to one of its samples: active, within its accreditation scope
   * and not yet on the sample, by code.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public List<ItemChoice> itemChoices(long sampleId) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Set<Long> taken =
        plannedItems(s, em.find(Analysis.class, sampleId), new HashMap<>()).stream()
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
    Sample s = labSample(sampleId, me);
    Violations v = Violations.of(validator, reason);
    Analysis a = analysisOrStart(s);
    requireEditable(a, v);
    SampleItem item = itemId == null ? null : byId(items(sampleId)).get(itemId);
    v.addIf(itemId == null, "itemId", "lims.field.required");
    v.addIf(itemId != null && item == null, "itemId", "lims.result.item.unknown", itemId);
    v.throwIfAny();
    if (!item.isDropped()) {
      item.drop(reason.reason().strip());
      em.flush();
      audit.action(
          AuditAction.UPDATE, ITEM, itemId, "dropped", "false", "true", item.getChangeReason());
    }
    return sheet(s, a);
  }

  /** The results are complete: they go to review, with the sample's conclusion. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet submit(long sampleId) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Analysis a = analysisOrStart(s);
    requireState(a, a.getState().canSubmit());
    List<SampleItem> tested = tested(items(sampleId));
    List<String> missing =
        tested.stream().filter(i -> !i.hasResult()).map(SampleItem::getAnalyte).toList();
    if (tested.isEmpty() || !missing.isEmpty()) {
      throw new RuleViolationException("lims.result.incomplete", String.join("、", missing));
    }
    Verdict conclusion = SampleConclusion.of(judged(tested));
    String before = a.getConclusion() == null ? null : a.getConclusion().name();
    a.submit(me.getUsername(), clock.instant(), conclusion);
    em.flush();
    stateChange(a, AnalysisState.IN_PROGRESS, null);
    audit.changed(
        ANALYSIS,
        sampleId,
        new AuditTrail.Changes().compare("conclusion", before, conclusion.name()),
        null);
    submitted.fire(new ResultsSubmitted(sampleId));
    return sheet(s, a);
  }

  /** A reviewer who did not enter any of the results confirms them. */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public ResultSheet review(long sampleId) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Analysis a = analysisOrStart(s);
    requireState(a, a.getState().canReview());
    requireNotEntrant(a, me);
    a.review(me.getUsername(), clock.instant());
    em.flush();
    stateChange(a, AnalysisState.ENTERED, null);
    return sheet(s, a);
  }

  /** Sent back to the analyst, with the reason. */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public ResultSheet reject(long sampleId, Reason reason) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Violations.of(validator, reason).throwIfAny();
    Analysis a = analysisOrStart(s);
    requireState(a, a.getState().canReject());
    AnalysisState before = a.getState();
    a.reject(reason.reason().strip());
    em.flush();
    stateChange(a, before, a.getReturnedReason());
    return sheet(s, a);
  }

  /**
   * The approver signs with the password: the report is rendered, stored byte for byte with its
   * SHA-256 and the signature is audited (who, when, which report version, which hash). The
   * conclusion is then due at the regulator within 2 (non-conforming) or 7 working days.
   */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public ReportData approve(long sampleId, Signature signature) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Violations.of(validator, signature).throwIfAny();
    Analysis a = analysisOrStart(s);
    requireState(a, a.getState().canApprove());
    requireNotEntrant(a, me);
    requireSignature(me, signature);
    return issue(s, a, me);
  }

  /**
   * The reviewer signs once for several reviewed samples (the day's reports): each is checked and
   * issued as {@link #approve} does, all or (one refused) none.
   */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public List<ReportData> approveAll(List<Long> sampleIds, Signature signature) {
    User me = users.current();
    Violations.of(validator, signature).throwIfAny();
    List<Sample> samples = new ArrayList<>();
    List<Analysis> analyses = new ArrayList<>();
    for (Long id : sampleIds) {
      Sample s = labSample(id, me);
      Analysis a = analysisOrStart(s);
      requireState(a, a.getState().canApprove());
      requireNotEntrant(a, me);
      samples.add(s);
      analyses.add(a);
    }
    requireSignature(me, signature);
    List<ReportData> reports = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      reports.add(issue(samples.get(i), analyses.get(i), me));
    }
    return reports;
  }

  private void requireSignature(User me, Signature signature) {
    if (users.verify(me.getUsername(), signature.password().toCharArray()).isEmpty()) {
      throw InvalidInputException.of("password", "lims.result.signature.wrongPassword");
    }
  }

  /** Renders, stores and signs the next report version of an approvable analysis. */
  private ReportData issue(Sample s, Analysis a, User me) {
    long sampleId = s.getId();
    em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Instant now = clock.instant();
    LocalDate today = now.atZone(Sample.ZONE).toLocalDate();
    WorkingDayCalendar calendar = calendars.current();
    String number =
        a.getReportNumber() != null ? a.getReportNumber() : newReportNumber(a.getLab(), today);
    List<SampleItem> tested = tested(items(sampleId));
    Verdict conclusion = SampleConclusion.of(judged(tested));
    int version = a.getReportVersion() + 1;
    byte[] pdf = render(s, a, tested, number, version, me.getUsername(), now);
    String sha = sha256(pdf);
    a.approve(
        me.getUsername(), now, number, LabDeadlines.conclusionDue(calendar, today, conclusion));
    TestReport report =
        new TestReport(
            s,
            version,
            number,
            conclusion,
            now,
            me.getUsername(),
            version > 1 ? a.getAmendmentReason() : null,
            pdf,
            sha);
    em.persist(report);
    em.flush();
    stateChange(a, AnalysisState.REVIEWED, null);
    audit.changed(
        ANALYSIS,
        sampleId,
        new AuditTrail.Changes()
            .compare("reportVersion", version - 1, version)
            .compare("conclusionDue", null, a.getConclusionDue()),
        null);
    audit.created(REPORT, report.getId(), number + " v" + version + " " + conclusion.name());
    audit.action(
        AuditAction.SIGN,
        REPORT,
        report.getId(),
        "signature",
        null,
        "report " + number + " version " + version + " SHA-256 " + sha,
        version > 1 ? a.getAmendmentReason() : null);
    issued.fire(new ReportIssued(sampleId, conclusion, version, today));
    return ReportData.of(report);
  }

  /**
   * A correction after approval: the results become editable again, with the reason; the next
   * approval issues a new report version and the issued ones stay as they are.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet amend(long sampleId, Reason reason) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Violations.of(validator, reason).throwIfAny();
    Analysis a = analysisOrStart(s);
    requireState(a, a.getState().canAmend());
    a.amend(reason.reason().strip());
    em.flush();
    stateChange(a, AnalysisState.APPROVED, a.getAmendmentReason());
    amended.fire(new ReportAmended(sampleId, a.getAmendmentReason()));
    return sheet(s, a);
  }

  /** The lab has sent the approved conclusion to the regulator. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet conclusionReported(long sampleId) {
    User me = users.current();
    Sample s = labSample(sampleId, me);
    Analysis a = analysisOrStart(s);
    if (a.getState() != AnalysisState.APPROVED || a.getConclusionReportedAt() != null) {
      throw new RuleViolationException("lims.result.state.wrong", a.getState());
    }
    a.conclusionReported(clock.instant());
    em.flush();
    audit.changed(
        ANALYSIS,
        sampleId,
        new AuditTrail.Changes()
            .compare(
                "conclusionReportedAt",
                null,
                OffsetDateTime.ofInstant(a.getConclusionReportedAt(), Sample.ZONE)),
        null);
    return sheet(s, a);
  }

  // ---------------------------------------------------------------- reports and history

  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public List<ReportData> reports(long sampleId) {
    readable(sampleId, users.current());
    return em.createNamedQuery(TestReport.OF_SAMPLE, TestReport.class)
        .setParameter("sample", sampleId)
        .getResultStream()
        .map(ReportData::of)
        .toList();
  }

  /** An issued report, byte for byte as it was issued. */
  public record ReportFile(String fileName, String sha256, byte[] content) {}

  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public ReportFile report(long sampleId, int version) {
    readable(sampleId, users.current());
    TestReport r =
        em.createNamedQuery(TestReport.FIND_VERSION, TestReport.class)
            .setParameter("sample", sampleId)
            .setParameter("version", version)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException(REPORT, sampleId + "/" + version));
    return new ReportFile(
        r.getReportNumber() + "-v" + r.getVersionNo() + ".pdf", r.getSha256(), r.getPdf());
  }

  /** Every audit record of the sample, its lab work, its items and its reports, oldest first. */
  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public List<HistoryLine> history(long sampleId) {
    readable(sampleId, users.current());
    List<Long> itemIds = new ArrayList<>(List.of(-1L));
    itemIds.addAll(
        em.createQuery("select i.id from SampleItem i where i.sample.id = :s", Long.class)
            .setParameter("s", sampleId)
            .getResultList());
    List<Long> reportIds = new ArrayList<>(List.of(-1L));
    reportIds.addAll(
        em.createQuery("select r.id from TestReport r where r.sample.id = :s", Long.class)
            .setParameter("s", sampleId)
            .getResultList());
    return em.createQuery(
            "select a from AuditRecord a where (a.entityType in :own and a.entityId = :s)"
                + " or (a.entityType = :item and a.entityId in :items)"
                + " or (a.entityType = :report and a.entityId in :reports)"
                + " order by a.occurredAt, a.id",
            AuditRecord.class)
        .setParameter("own", List.of(SAMPLE, ANALYSIS))
        .setParameter("s", sampleId)
        .setParameter("item", ITEM)
        .setParameter("items", itemIds)
        .setParameter("report", REPORT)
        .setParameter("reports", reportIds)
        .getResultStream()
        .map(HistoryLine::of)
        .toList();
  }

  // ---------------------------------------------------------------- worklist

  /**
   * The signed-in lab's received samples not yet approved, a page at a time, most urgent first by
   * default (report due 20 working days after receipt, Art. 24): sorted, searched and paged by the
   * database. {@code overdue=true|false} filters on the due date having passed.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public Page<Worklist.Entry> worklist(ListQuery query) {
    Organization lab = labOf(users.current());
    LocalDate today = today();
    Map<String, String> filters = new HashMap<>(query.filters());
    String overdue = filters.remove("overdue");
    Listing<Sample> listing =
        Listing.of(Sample.class)
            .sortable("reportDue", "sampleNumber", "foodName")
            .sortableAs("receivedOn", "receivedAt")
            .defaultSort("reportDue")
            // a laboratory must not find a blind-coded sample by the names it may not see
            .searchable("sampleNumber", "blindCode", "foodName")
            .whereQuery((cb, q, root) -> openOf(lab, cb, q, root));
    if (overdue != null) {
      boolean wanted = Boolean.parseBoolean(overdue);
      listing.where(
          (cb, root) -> {
            var late = cb.lessThan(root.<LocalDate>get("reportDue"), today);
            return wanted ? late : cb.not(late);
          });
    }
    Page<Sample> page = listing.run(em, without(query, filters));
    Map<Long, Analysis> analyses = new HashMap<>();
    if (!page.items().isEmpty()) {
      em.createQuery("select a from Analysis a where a.sampleId in :ids", Analysis.class)
          .setParameter("ids", page.items().stream().map(Sample::getId).toList())
          .getResultStream()
          .forEach(a -> analyses.put(a.getSampleId(), a));
    }
    WorkingDayCalendar calendar = calendars.current();
    return page.map(s -> entry(s, analyses.get(s.getId()), today, calendar));
  }

  /**
   * The signed-in lab's approved conclusions not yet reported to the regulator (due 2 working days
   * after approval when non-conforming, 7 when conforming: Arts. 24, 26), a page at a time, the
   * soonest due first by default. {@code overdue=true|false} filters on the due date having passed.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public Page<Worklist.Entry> conclusionsDue(ListQuery query) {
    Organization lab = labOf(users.current());
    LocalDate today = today();
    Map<String, String> filters = new HashMap<>(query.filters());
    String overdue = filters.remove("overdue");
    Listing<Analysis> listing =
        Listing.of(Analysis.class)
            .idAttribute("sampleId")
            .sortable("conclusionDue", "reportDue")
            .sortableAs("sampleNumber", "sample.sampleNumber")
            .defaultSort("conclusionDue")
            .searchable("sample.sampleNumber", "sample.blindCode", "sample.foodName")
            .where((cb, root) -> conclusionOpenOf(lab, cb, root));
    if (overdue != null) {
      boolean wanted = Boolean.parseBoolean(overdue);
      listing.where(
          (cb, root) -> {
            var late = cb.lessThan(root.<LocalDate>get("conclusionDue"), today);
            return wanted ? late : cb.not(late);
          });
    }
    Page<Analysis> page = listing.run(em, without(query, filters));
    if (!page.items().isEmpty()) {
      // the page's samples in one query: each analysis then finds its own in the context
      em.createQuery("select s from Sample s where s.id in :ids", Sample.class)
          .setParameter("ids", page.items().stream().map(Analysis::getSampleId).toList())
          .getResultList();
    }
    WorkingDayCalendar calendar = calendars.current();
    return page.map(a -> entry(a.getSample(), a, today, calendar));
  }

  /**
   * The signed-in lab's summary: how many samples are open and how many reports are overdue, how
   * many conclusions are due and overdue (counted by the database), and the turnaround from receipt
   * to first approval in working days over the last {@value #TURNAROUND_WINDOW_DAYS} days.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public Worklist.Summary worklistSummary() {
    Organization lab = labOf(users.current());
    LocalDate today = today();
    var cb = em.getCriteriaBuilder();

    var open = cb.createQuery(Long.class);
    var s = open.from(Sample.class);
    open.select(cb.count(s)).where(openOf(lab, cb, open, s));
    long samples = em.createQuery(open).getSingleResult();
    var late = cb.createQuery(Long.class);
    var ls = late.from(Sample.class);
    late.select(cb.count(ls))
        .where(openOf(lab, cb, late, ls), cb.lessThan(ls.<LocalDate>get("reportDue"), today));
    long overdueReports = em.createQuery(late).getSingleResult();

    var due = cb.createQuery(Long.class);
    var a = due.from(Analysis.class);
    due.select(cb.count(a)).where(conclusionOpenOf(lab, cb, a));
    long conclusions = em.createQuery(due).getSingleResult();
    var dueLate = cb.createQuery(Long.class);
    var la = dueLate.from(Analysis.class);
    dueLate
        .select(cb.count(la))
        .where(
            conclusionOpenOf(lab, cb, la), cb.lessThan(la.<LocalDate>get("conclusionDue"), today));
    long overdueConclusions = em.createQuery(dueLate).getSingleResult();

    // working days need the calendar, so they are counted here, over the window's approvals only
    WorkingDayCalendar calendar = calendars.current();
    LocalDate since = today.minusDays(TURNAROUND_WINDOW_DAYS);
    List<Long> days = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select s.receivedAt, a.firstApprovedAt from Analysis a, Sample s"
                    + " where s.id = a.sampleId and a.lab = :lab and s.receivedAt is not null"
                    + " and a.firstApprovedAt >= :since",
                Object[].class)
            .setParameter("lab", lab)
            .setParameter("since", since.atStartOfDay(Sample.ZONE).toOffsetDateTime())
            .getResultList()) {
      LocalDate from = ((OffsetDateTime) row[0]).atZoneSameInstant(Sample.ZONE).toLocalDate();
      LocalDate to = ((OffsetDateTime) row[1]).atZoneSameInstant(Sample.ZONE).toLocalDate();
      days.add(calendar.workingDaysBetween(from, to));
    }
    Turnaround t = Turnaround.of(days);
    return new Worklist.Summary(
        lab.getCode(),
        lab.getName(),
        today,
        samples,
        overdueReports,
        conclusions,
        overdueConclusions,
        new Worklist.Turnaround(t.samples(), t.median(), t.percentile90(), since));
  }

  /** The lab's received samples whose results are not approved (a sample may have no analysis). */
  private static jakarta.persistence.criteria.Predicate openOf(
      Organization lab,
      jakarta.persistence.criteria.CriteriaBuilder cb,
      jakarta.persistence.criteria.AbstractQuery<?> query,
      jakarta.persistence.criteria.Root<Sample> root) {
    var approved = query.subquery(Long.class);
    var a = approved.from(Analysis.class);
    approved
        .select(a.<Long>get("sampleId"))
        .where(cb.equal(a.get("lab"), lab), cb.equal(a.get("state"), AnalysisState.APPROVED));
    return cb.and(
        cb.equal(root.get("lab"), lab),
        cb.equal(root.get("state"), SampleState.RECEIVED),
        cb.not(root.get("id").in(approved)));
  }

  /** The lab's approved conclusions not yet reported to the regulator. */
  private static jakarta.persistence.criteria.Predicate conclusionOpenOf(
      Organization lab,
      jakarta.persistence.criteria.CriteriaBuilder cb,
      jakarta.persistence.criteria.Root<Analysis> root) {
    return cb.and(
        cb.equal(root.get("lab"), lab),
        cb.isNotNull(root.get("conclusionDue")),
        cb.isNull(root.get("conclusionReportedAt")));
  }

  private static ListQuery without(ListQuery q, Map<String, String> filters) {
    return new ListQuery(q.page(), q.size(), q.sort(), q.descending(), q.search(), filters);
  }

  // ---------------------------------------------------------------- import

  /**
   * Checks a result file (CSV or XLSX) as a whole: its format and values ({@link ResultFile}), then
   * each row against the lab's samples and their items and states. With {@code commit} and a clean
   * file, every row is written in this one transaction; otherwise nothing is.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ImportResult importFile(byte[] content, String fileName, boolean commit) {
    User me = users.current();
    Organization lab = labOf(me);
    ResultFile.Parsed parsed = ResultFile.read(content, fileName);
    List<ImportResult.Problem> problems = new ArrayList<>();
    for (ResultFile.Problem p : parsed.problems()) {
      problems.add(
          new ImportResult.Problem(
              p.row(), p.column(), p.key(), p.value() == null ? List.of() : List.of(p.value())));
    }
    Set<String> numbers = new LinkedHashSet<>();
    parsed.rows().forEach(r -> numbers.add(r.sampleNumber()));
    Map<String, Sample> samples = new HashMap<>();
    for (List<String> chunk : chunks(new ArrayList<>(numbers), 500)) {
      em.createQuery("select s from Sample s where s.sampleNumber in :n", Sample.class)
          .setParameter("n", chunk)
          .getResultStream()
          .forEach(s -> samples.put(s.getSampleNumber(), s));
    }
    // the file's analyses and their items in a few queries, not one or two per sample
    Map<Long, Analysis> analyses = new HashMap<>();
    Map<Long, List<SampleItem>> storedItems = new HashMap<>();
    List<Long> sampleIds = samples.values().stream().map(Sample::getId).toList();
    for (List<Long> chunk : chunks(sampleIds, 500)) {
      em.createQuery("select a from Analysis a where a.sampleId in :ids", Analysis.class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(a -> analyses.put(a.getSampleId(), a));
      em.createNamedQuery(SampleItem.OF_SAMPLES, SampleItem.class)
          .setParameter("samples", chunk)
          .getResultStream()
          .forEach(
              i ->
                  storedItems
                      .computeIfAbsent(i.getSample().getId(), k -> new ArrayList<>())
                      .add(i));
    }
    Map<Long, List<TestItem>> byCategory = new HashMap<>();
    Map<Long, Map<String, SampleItem>> itemsBySample = new HashMap<>();
    // checked and judged once, here: the commit writes these without checking the file again
    Map<Long, List<Pending>> pendingBySample = new LinkedHashMap<>();
    int checkedRows = 0;
    Set<String> seen = new java.util.HashSet<>();
    for (ResultFile.Row row : parsed.rows()) {
      Sample s = samples.get(row.sampleNumber());
      if (s == null || s.getLab() == null || !s.getLab().getId().equals(lab.getId())) {
        problems.add(problem(row, "样品编号", "lims.import.sample.unknown", row.sampleNumber()));
        continue;
      }
      if (s.getState() != SampleState.RECEIVED) {
        problems.add(problem(row, "样品编号", "lims.import.sample.notReceived", row.sampleNumber()));
        continue;
      }
      Analysis a = analyses.get(s.getId());
      if (a != null && !a.getState().isEditable()) {
        problems.add(
            problem(
                row,
                "样品编号",
                a.getState() == AnalysisState.APPROVED
                    ? "lims.result.approved"
                    : "lims.result.locked",
                row.sampleNumber()));
        continue;
      }
      Map<String, SampleItem> items = itemsBySample.get(s.getId());
      if (items == null) {
        List<SampleItem> list;
        if (a == null && commit) {
          Analyses.Started started = this.analyses.start(s, byCategory);
          analyses.put(s.getId(), started.analysis());
          list = started.items();
        } else if (a != null) {
          list = storedItems.getOrDefault(s.getId(), List.of());
        } else {
          list = plannedItems(s, null, byCategory);
        }
        items = new LinkedHashMap<>();
        for (SampleItem si : list) {
          items.putIfAbsent(si.getAnalyte(), si);
        }
        itemsBySample.put(s.getId(), items);
      }
      SampleItem item = items.get(row.analyte().strip());
      if (item == null || item.isDropped()) {
        problems.add(problem(row, "检验项目", "lims.import.analyte.unknown", row.analyte()));
        continue;
      }
      if (!seen.add(s.getId() + "/" + item.getAnalyte())) {
        problems.add(problem(row, "检验项目", "lims.import.analyte.twice", row.analyte()));
        continue;
      }
      Violations v = new Violations();
      var checked =
          ResultInput.check(
              row.value() == null ? null : row.value().toPlainString(),
              row.notDetected(),
              row.lod() == null ? null : row.lod().toPlainString(),
              row.unit(),
              item.getLimitUnit(),
              item.getAnalyte(),
              item.getLod(),
              item.lodUnit(),
              "",
              v);
      ResultInput.checkTestedOn(row.testedOn(), receivedOn(s), today(), "检验日期", v);
      LimitEvaluator.Judgment judgment = null;
      if (v.isEmpty() && checked.isPresent()) {
        // the preview applies the commit's checks: the judgment against the item's limit too
        var c = checked.get();
        try {
          judgment =
              LimitEvaluator.judge(
                  new LimitEvaluator.Measurement(c.value(), c.notDetected(), c.unit()),
                  item.limit());
        } catch (IllegalArgumentException ex) {
          v.add("unit", "lims.result.unit.incompatible", row.unit(), item.getLimitUnit());
        }
      }
      if (!v.isEmpty()) {
        try {
          v.throwIfAny();
        } catch (InvalidInputException e) {
          e.errors()
              .forEach(
                  f ->
                      problems.add(
                          new ImportResult.Problem(row.number(), f.field(), f.key(), f.args())));
        }
        continue;
      }
      if (judgment == null) {
        continue;
      }
      var c = checked.get();
      checkedRows++;
      pendingBySample
          .computeIfAbsent(s.getId(), k -> new ArrayList<>())
          .add(
              new Pending(
                  item,
                  new SampleItem.Result(
                      c.value(),
                      c.notDetected(),
                      c.lod(),
                      c.unit(),
                      blank(row.method()),
                      blank(row.instrument()),
                      blank(row.analyst()),
                      row.testedOn()),
                  judgment));
    }
    boolean clean = problems.isEmpty() && !parsed.rows().isEmpty();
    if (!clean || !commit) {
      if (commit) {
        // nothing is written from a file with problems: the items created to check it go too
        throw new InvalidInputException(
            problems.stream()
                .map(
                    p ->
                        FieldError.of(
                            "row " + p.row() + " " + p.column(), p.key(), p.args().toArray()))
                .toList());
      }
      return new ImportResult(parsed.rows().size(), pendingBySample.size(), clean, false, problems);
    }
    List<AuditTrail.Changed> changes = new ArrayList<>(checkedRows);
    for (Map.Entry<Long, List<Pending>> e : pendingBySample.entrySet()) {
      changes.addAll(record(e.getValue(), analyses.get(e.getKey()), me.getUsername()));
    }
    // one call for the whole file's audit lines (written with the items in the same flush)
    audit.changedAll(ITEM, changes);
    em.flush();
    return new ImportResult(parsed.rows().size(), pendingBySample.size(), true, true, List.of());
  }

  // ---------------------------------------------------------------- helpers

  private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");

  private static LocalDate receivedOn(Sample s) {
    return s.getReceivedAt() == null ? null : LocalDate.ofInstant(s.getReceivedAt(), BEIJING);
  }

  private record Pending(SampleItem item, SampleItem.Result result, LimitEvaluator.Judgment j) {}

  private List<Pending> check(
      Analysis a,
      Map<Long, SampleItem> items,
      List<ResultEntry> entries,
      String prefixFormat,
      Violations v) {
    if (!a.getState().isEditable()) {
      v.add(
          "results",
          a.getState() == AnalysisState.APPROVED ? "lims.result.approved" : "lims.result.locked");
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
          e.testedOn(), receivedOn(item.getSample()), today(), prefix + "testedOn", v);
      if (checked.isEmpty() || (dateOk && v.has(prefix + "testedOn"))) {
        continue;
      }
      var c = checked.get();
      LimitEvaluator.Measurement m =
          new LimitEvaluator.Measurement(c.value(), c.notDetected(), c.unit());
      LimitEvaluator.Judgment j;
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
                  blank(e.method()),
                  blank(e.instrument()),
                  blank(e.analyst()),
                  e.testedOn()),
              j));
    }
    return pending;
  }

  private void apply(List<Pending> pending, String by) {
    if (pending.isEmpty()) {
      return;
    }
    Analysis a = em.find(Analysis.class, pending.get(0).item().getSample().getId());
    for (AuditTrail.Changed c : record(pending, a, by)) {
      audit.changed(ITEM, c.id(), c.changes(), c.reason());
    }
  }

  /** Records the results of one sample's items; the audit lines to write. */
  private List<AuditTrail.Changed> record(List<Pending> pending, Analysis a, String by) {
    Instant now = clock.instant();
    List<AuditTrail.Changed> changes = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      SampleItem i = p.item();
      AuditTrail.Changes before =
          new AuditTrail.Changes()
              .compare("value", text(i.getReportedValue()), text(p.result().value()))
              .compare(
                  "notDetected", i.hasResult() ? i.isNotDetected() : null, p.result().notDetected())
              .compare(
                  "lod",
                  text(i.getLod()),
                  text(p.result().lod() == null ? i.getLod() : p.result().lod()))
              .compare("unit", i.getResultUnit(), p.result().unit())
              .compare(
                  "method",
                  i.getMethod(),
                  p.result().method() == null ? i.getMethod() : p.result().method())
              .compare("instrument", i.getInstrument(), p.result().instrument())
              .compare("analyst", i.getAnalyst(), p.result().analyst())
              .compare("testedOn", i.getTestedOn(), p.result().testedOn())
              .compare("verdict", i.getVerdict(), p.j().verdict())
              .compare("timesOver", text(i.getTimesOver()), text(p.j().timesOver()));
      i.record(p.result(), p.j(), by, now);
      changes.add(new AuditTrail.Changed(i.getId(), before, a.getAmendmentReason()));
    }
    return changes;
  }

  /**
   * The fallback for samples received before receipt created their items: the lab's first use of
   * such a sample begins its work, in that use case's transaction.
   */
  private Analysis start(Sample s) {
    return analyses.start(s, new HashMap<>()).analysis();
  }

  private Analysis analysisOrStart(Sample s) {
    Analysis a = em.find(Analysis.class, s.getId());
    return a != null ? a : start(s);
  }

  /** The items a sample has, or would get at its first look (to check a file without writing). */
  private List<SampleItem> plannedItems(
      Sample s, Analysis a, Map<Long, List<TestItem>> byCategory) {
    if (a != null) {
      return items(s.getId());
    }
    return byCategory.computeIfAbsent(s.getCategory().getId(), testItems::forCategory).stream()
        .map(t -> new SampleItem(s, t, false, null))
        .toList();
  }

  private List<SampleItem> items(long sampleId) {
    return em.createNamedQuery(SampleItem.OF_SAMPLE, SampleItem.class)
        .setParameter("sample", sampleId)
        .getResultList();
  }

  private static Map<Long, SampleItem> byId(List<SampleItem> items) {
    Map<Long, SampleItem> m = new LinkedHashMap<>();
    items.forEach(i -> m.put(i.getId(), i));
    return m;
  }

  private static List<SampleItem> tested(List<SampleItem> items) {
    return items.stream().filter(i -> !i.isDropped()).toList();
  }

  private static List<SampleConclusion.Judged> judged(List<SampleItem> tested) {
    return tested.stream()
        .filter(SampleItem::hasResult)
        .map(
            i ->
                new SampleConclusion.Judged(
                    i.getAnalyte(),
                    i.resultText(),
                    i.getResultUnit() == null ? i.getLimitUnit() : i.getResultUnit(),
                    i.limitText() + " " + i.getLimitUnit(),
                    i.getVerdict(),
                    i.getTimesOver()))
        .toList();
  }

  private ResultSheet sheet(Sample s, Analysis a) {
    LocalDate today = today();
    List<SampleItem> items = items(s.getId());
    List<SampleConclusion.Judged> judged = judged(tested(items));
    return new ResultSheet(
        s.getId(),
        s.getSampleNumber(),
        s.getBlindCode(),
        s.getFoodName(),
        a.getState().name(),
        a.getReportDue(),
        a.isReportOverdue(today),
        a.getConclusion() == null ? null : a.getConclusion().name(),
        SampleConclusion.failures(judged),
        a.getConclusionDue(),
        a.isConclusionOverdue(today),
        a.getConclusionReportedAt(),
        a.getEnteredBy(),
        a.getEnteredAt(),
        a.getReviewedBy(),
        a.getReviewedAt(),
        a.getApprovedBy(),
        a.getApprovedAt(),
        a.getReturnedReason(),
        a.getAmendmentReason(),
        a.getReportNumber(),
        a.getReportVersion(),
        a.getVersion(),
        items.stream().map(ItemData::of).toList());
  }

  private Worklist.Entry entry(Sample s, Analysis a, LocalDate today, WorkingDayCalendar calendar) {
    LocalDate due = a != null ? a.getReportDue() : s.getReportDue();
    boolean approved = a != null && a.getState() == AnalysisState.APPROVED;
    return new Worklist.Entry(
        s.getId(),
        s.getSampleNumber(),
        s.getBlindCode(),
        s.getFoodName(),
        a == null ? "RECEIVED" : a.getState().name(),
        s.getReceivedOn(),
        due,
        calendar.workingDaysBetween(today, due),
        !approved && today.isAfter(due),
        a == null || a.getConclusion() == null ? null : a.getConclusion().name(),
        a == null ? null : a.getConclusionDue(),
        a != null && a.isConclusionOverdue(today));
  }

  private byte[] render(
      Sample s,
      Analysis a,
      List<SampleItem> tested,
      String number,
      int version,
      String approver,
      Instant now) {
    List<TestReportDocument.Line> lines =
        tested.stream()
            .map(
                i ->
                    new TestReportDocument.Line(
                        i.getAnalyte(),
                        i.resultText(),
                        i.getResultUnit() == null ? i.getLimitUnit() : i.getResultUnit(),
                        i.limitText() + " " + i.getLimitUnit(),
                        standard(i) + (i.getMethod() == null ? "" : " / " + i.getMethod()),
                        i.getVerdict() == Verdict.CONFORMING ? "合格" : "不合格"))
            .toList();
    List<String> standards = tested.stream().map(Results::standard).distinct().toList();
    StringBuilder info = new StringBuilder();
    info.append("样品名称：").append(s.getFoodName()).append('\n');
    info.append("样品编号：").append(s.getSampleNumber()).append('\n');
    if (s.isBlind()) {
      info.append("盲样编号：").append(s.getBlindCode()).append('\n');
    } else {
      var p = s.getProducer();
      if (p.getName() != null) {
        info.append("标称生产者：").append(p.getName());
        if (p.getAddress() != null) {
          info.append("（").append(p.getAddress()).append("）");
        }
        info.append('\n');
      }
      info.append("被抽样单位：").append(s.getParty().getName());
      if (s.getParty().getAddress() != null) {
        info.append("（").append(s.getParty().getAddress()).append("）");
      }
      info.append('\n');
    }
    if (s.getBrand() != null) {
      info.append("商标：").append(s.getBrand()).append('\n');
    }
    if (s.getBatchNumber() != null) {
      info.append("批号：").append(s.getBatchNumber()).append('\n');
    }
    info.append("抽样日期：")
        .append(s.getSampledOn())
        .append("    到样日期：")
        .append(s.getReceivedOn())
        .append('\n');
    String signatures =
        "检验："
            + displayName(a.getEnteredBy())
            + " "
            + day(a.getEnteredAt())
            + "    审核："
            + displayName(a.getReviewedBy())
            + " "
            + day(a.getReviewedAt())
            + "    批准："
            + displayName(approver)
            + " "
            + day(now)
            + "\n";
    String amendment =
        version > 1
            ? "本报告为第 "
                + version
                + " 版，更正原因："
                + a.getAmendmentReason()
                + "；替代第 "
                + (version - 1)
                + " 版。"
            : null;
    Organization lab = a.getLab();
    return TestReportDocument.render(
        new TestReportDocument.Content(
            lab.getName(),
            "资质认定证书编号：" + Objects.toString(lab.getAccreditationNumber(), "—"),
            number,
            version,
            day(now).toString(),
            info.toString(),
            lines,
            "检验结论：" + SampleConclusion.text(judged(tested), standards),
            signatures,
            amendment));
  }

  /** The name a report prints for a user (the display name, else the user name). */
  private String displayName(String username) {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(u -> u.getDisplayName() == null ? username : u.getDisplayName())
        .orElse(username);
  }

  private static String standard(SampleItem i) {
    return i.getStandardEdition() == null
        ? i.getLimitStandard()
        : i.getLimitStandard() + "-" + i.getStandardEdition();
  }

  /** Lab code + year + running number, e.g. LAB-ZZAQ-2026-000123. */
  private String newReportNumber(Organization lab, LocalDate today) {
    Number next =
        (Number) em.createNativeQuery("select nextval('report_number_seq')").getSingleResult();
    return lab.getCode()
        + "-"
        + today.getYear()
        + "-"
        + String.format(Locale.ROOT, "%06d", next.longValue());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void stateChange(Analysis a, AnalysisState before, String reason) {
    audit.action(
        AuditAction.STATE_CHANGE,
        ANALYSIS,
        a.getSampleId(),
        "state",
        before.name(),
        a.getState().name(),
        reason);
  }

  private static void requireEditable(Analysis a, Violations v) {
    if (!a.getState().isEditable()) {
      v.add(
          "state",
          a.getState() == AnalysisState.APPROVED ? "lims.result.approved" : "lims.result.locked");
    }
  }

  private static void requireState(Analysis a, boolean allowed) {
    if (!allowed) {
      throw new RuleViolationException("lims.result.state.wrong", a.getState());
    }
  }

  /** Whoever entered any of the results does not review or approve them (four eyes). */
  private void requireNotEntrant(Analysis a, User me) {
    String name = me.getUsername();
    boolean entered =
        name.equals(a.getEnteredBy())
            || items(a.getSampleId()).stream().anyMatch(i -> name.equals(i.getEnteredBy()));
    if (entered) {
      throw new AccessDeniedException("lims.result.ownReview");
    }
  }

  /** A sample of the signed-in user's laboratory. */
  private Sample labSample(long id, User me) {
    Sample s = readable(id, me);
    if (!isLabOf(me, s)) {
      throw new AccessDeniedException("lims.result.notYourLab");
    }
    return s;
  }

  /** A sample the user may see: their lab's, their region's (planners, supervisors), or any. */
  private Sample readable(long id, User me) {
    Sample s = em.find(Sample.class, id);
    if (s == null) {
      throw new NotFoundException(SAMPLE, id);
    }
    boolean region =
        (me.has(Role.PLANNER) || me.has(Role.SUPERVISOR))
            && s.getRegion().isWithin(me.getOrganization().getRegion());
    if (!me.has(Role.ADMIN) && !region && !isLabOf(me, s)) {
      throw new NotFoundException(SAMPLE, id);
    }
    return s;
  }

  private static boolean inScope(Organization lab, TestItem t) {
    return lab.getScopeTestItems().stream().anyMatch(x -> x.getId().equals(t.getId()));
  }

  private static boolean isLabOf(User me, Sample s) {
    Organization org = me.getOrganization();
    return (me.has(Role.LAB_TECH) || me.has(Role.LAB_REVIEWER))
        && org != null
        && org.getKind() == OrganizationKind.LABORATORY
        && s.getLab() != null
        && s.getLab().getId().equals(org.getId());
  }

  private static Organization labOf(User me) {
    Organization org = me.getOrganization();
    if (org == null || org.getKind() != OrganizationKind.LABORATORY) {
      throw new AccessDeniedException("lims.result.notYourLab");
    }
    return org;
  }

  private static ImportResult.Problem problem(
      ResultFile.Row row, String column, String key, Object arg) {
    return new ImportResult.Problem(row.number(), column, key, List.of(String.valueOf(arg)));
  }

  private static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }

  private LocalDate today() {
    return clock.instant().atZone(Sample.ZONE).toLocalDate();
  }

  private static LocalDate day(Instant at) {
    return at == null ? null : at.atZone(Sample.ZONE).toLocalDate();
  }

  private static String text(java.math.BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
