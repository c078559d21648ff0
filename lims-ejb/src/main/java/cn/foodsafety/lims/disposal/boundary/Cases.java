package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.control.CaseClock;
import cn.foodsafety.lims.disposal.control.CaseProgress;
import cn.foodsafety.lims.disposal.entity.CaseExtension;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.ExtensionState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.control.RegionTree;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.results.boundary.HistoryLine;
import cn.foodsafety.lims.results.control.Verdict;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow-up of non-conforming food (核查处置): the cases a regulator handles or a supervisor
 * oversees, each step recorded with its date by the responsible regulator, extensions asked for and
 * decided by another supervisor of the same bureau, the producer's regulator's note, and each
 * case's history. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class Cases {

  static final String ENTITY = CaseOpening.ENTITY;

  @PersistenceContext EntityManager em;

  @Inject cn.foodsafety.lims.sampling.boundary.BackupSamples backups;

  @Inject jakarta.enterprise.event.Event<CaseStepRecorded> stepRecorded;

  @Inject jakarta.enterprise.event.Event<CaseClosed> closed;

  @Inject jakarta.enterprise.event.Event<CaseOverturned> overturned;

  @Inject jakarta.enterprise.event.Event<ExtensionDecided> extensionDecided;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- reading

  /**
   * Cases visible to the caller. Filters: state, level, department, region.id, responsible.id,
   * category.id; {@code open=true|false}, {@code due=soon|overdue} (on today's date), {@code
   * mine=true} (those the caller's bureau handles).
   */
  public Page<CaseRow> list(ListQuery query) {
    CaseViewer viewer = viewer();
    LocalDate today = today();
    int dueSoon = dueSoonDays();
    Map<String, String> filters = new HashMap<>(query.filters());
    String open = filters.remove("open");
    String due = filters.remove("due");
    String mine = filters.remove("mine");
    Violations v = new Violations();
    v.addIf(
        due != null && !due.equals("soon") && !due.equals("overdue"),
        "due",
        "lims.list.filter.invalid",
        due);
    v.addIf(
        open != null && !open.equals("true") && !open.equals("false"),
        "open",
        "lims.list.filter.invalid",
        open);
    v.throwIfAny();
    ListQuery rest =
        new ListQuery(
            query.page(), query.size(), query.sort(), query.descending(), query.search(), filters);
    Listing<FollowUpCase> listing =
        Listing.of(FollowUpCase.class)
            .sortable("caseNumber", "deadline", "receivedOn", "state", "level", "completedOn")
            .sortableAs("regionName", "region.name")
            .sortableAs("foodName", "sample.foodName")
            .defaultSort("deadline")
            .searchable("caseNumber", "sample.sampleNumber", "sample.foodName", "sample.party.name")
            .filterable("state", CaseState::valueOf)
            .filterable("level", SamplingLevel::valueOf)
            .filterable("department", Department::valueOf)
            .filterable("region.id", Long::valueOf)
            .filterable("responsible.id", Long::valueOf)
            .filterable("category.id", Long::valueOf)
            .batchFetch("sample", "category", "region", "responsible")
            .where(viewer::visible);
    Set<CaseState> closed =
        EnumSet.of(CaseState.COMPLETED, CaseState.OVERTURNED, CaseState.WITHDRAWN);
    if (open != null) {
      boolean wanted = Boolean.parseBoolean(open);
      listing.where(
          (cb, root) ->
              wanted ? cb.not(root.get("state").in(closed)) : root.get("state").in(closed));
    }
    if (due != null) {
      listing.where(
          (cb, root) ->
              cb.and(
                  cb.not(root.get("state").in(closed)),
                  due.equals("overdue")
                      ? cb.lessThan(root.<LocalDate>get("deadline"), today)
                      : cb.between(
                          root.<LocalDate>get("deadline"), today, today.plusDays(dueSoon))));
    }
    if (Boolean.parseBoolean(mine)) {
      Organization org = viewer.org();
      listing.where(
          (cb, root) -> org == null ? cb.disjunction() : cb.equal(root.get("responsible"), org));
    }
    return listing.run(em, rest).map(c -> CaseRow.of(c, today, dueSoon));
  }

  public CaseData get(long id) {
    CaseViewer viewer = viewer();
    return data(visible(id, viewer), viewer);
  }

  /** The case for a sample, if it has one the caller may see. */
  public CaseData ofSample(long sampleId) {
    CaseViewer viewer = viewer();
    FollowUpCase c =
        em.createNamedQuery(FollowUpCase.OF_SAMPLE, FollowUpCase.class)
            .setParameter("sample", sampleId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException(ENTITY, "sample " + sampleId));
    if (!viewer.canSee(c)) {
      throw new NotFoundException(ENTITY, "sample " + sampleId);
    }
    return data(c, viewer);
  }

  /** Who did what to the case, from the audit trail, oldest first. */
  public List<HistoryLine> history(long id) {
    FollowUpCase c = visible(id, viewer());
    List<HistoryLine> lines =
        new ArrayList<>(audit.history(ENTITY, c.getId()).stream().map(HistoryLine::of).toList());
    lines.sort(Comparator.comparing(HistoryLine::at));
    return lines;
  }

  // ---------------------------------------------------------------- handling

  /** The responsible regulator records a dated step; a bad step is refused, nothing written. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData recordStep(long id, StepInput input) {
    CaseViewer viewer = viewer();
    FollowUpCase c = actable(id, viewer);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Violations v = Violations.of(validator, input);
    v.throwIfAny();
    Organization lab = null;
    if (input.labId() != null) {
      lab = em.find(Organization.class, input.labId());
      if (lab == null || lab.getKind() != OrganizationKind.LABORATORY || !lab.isActive()) {
        throw InvalidInputException.of("labId", "lims.case.lab.unknown", input.labId());
      }
      Sample s = c.getSample();
      if (s.getLab() != null && s.getLab().getId().equals(lab.getId())) {
        throw InvalidInputException.of("labId", "lims.case.lab.sameAsFirst", lab.getName());
      }
    }
    CaseStep.Particulars particulars =
        new CaseStep.Particulars(
            trim(input.note()),
            trim(input.reference()),
            input.amount(),
            input.quantity(),
            trim(input.quantityUnit()),
            input.measure(),
            input.requestKind(),
            lab,
            input.outcome(),
            input.backupExpiresOn());
    CaseProgress progress = new CaseProgress(new CaseClock(calendars.current()));
    progress
        .check(
            CaseProgress.Facts.of(c),
            steps(c).stream().map(CaseStep::getKind).toList(),
            new CaseProgress.Proposed(input.kind(), input.date(), particulars),
            today())
        .throwIfAny();
    // a re-inspection tests the backup sample: none once it is gone or past its retention (Art. 33)
    if (input.kind() == StepKind.REINSPECTION_REQUESTED
        && input.requestKind() == RequestKind.REINSPECTION
        && !backups.usableForReinspection(c.getSample().getId(), input.date())) {
      throw InvalidInputException.of("requestKind", "lims.case.reinspection.BACKUP_GONE");
    }
    User me = users.current();
    CaseStep step =
        CaseStep.of(c, input.kind(), input.date(), me.getUsername(), clock.instant(), particulars);
    em.persist(step);
    CaseState before = c.getState();
    c.record(step);
    em.flush();
    audit.changed(
        ENTITY,
        c.getId(),
        new AuditTrail.Changes()
            .compare("state", before, c.getState())
            .compare(input.kind().name(), null, input.date()),
        particulars.note());
    if (c.getState() == CaseState.OVERTURNED) {
      overturnConclusion(c);
    }
    stepRecorded.fire(new CaseStepRecorded(c.getId(), input.kind().name()));
    if (c.getState() == CaseState.OVERTURNED) {
      overturned.fire(new CaseOverturned(c.getId(), c.getSample().getId()));
    } else if (before != c.getState() && c.getState().isClosed()) {
      closed.fire(new CaseClosed(c.getId()));
    }
    return data(c, viewer);
  }

  /** The responsible regulator asks for more time, with a reason and a later date. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData requestExtension(long id, ExtensionRequest request) {
    CaseViewer viewer = viewer();
    FollowUpCase c = actable(id, viewer);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    requireOpen(c);
    Violations v = Violations.of(validator, request);
    if (request.newDeadline() != null) {
      v.addIf(
          !request.newDeadline().isAfter(c.getDeadline()),
          "newDeadline",
          "lims.case.extension.notLater",
          c.getDeadline());
    }
    v.throwIfAny();
    boolean pending =
        extensions(c).stream().anyMatch(e -> e.getState() == ExtensionState.REQUESTED);
    if (pending) {
      throw new RuleViolationException("lims.case.extension.pending");
    }
    CaseExtension e =
        new CaseExtension(
            c,
            request.reason().strip(),
            request.newDeadline(),
            users.current().getUsername(),
            clock.instant());
    em.persist(e);
    em.flush();
    audit.changed(
        ENTITY,
        c.getId(),
        new AuditTrail.Changes().compare("extensionRequested", null, request.newDeadline()),
        e.getReason());
    return data(c, viewer);
  }

  /**
   * Another supervisor of the responsible bureau approves (the new date becomes the deadline that
   * counts) or rejects (with a note) an extension request.
   */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData decideExtension(long id, long extensionId, boolean approve, Decision decision) {
    CaseViewer viewer = viewer();
    FollowUpCase c = actable(id, viewer);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    requireOpen(c);
    CaseExtension e = em.find(CaseExtension.class, extensionId);
    if (e == null || !e.getCaseId().equals(c.getId())) {
      throw new NotFoundException("CaseExtension", extensionId);
    }
    Violations v = Violations.of(validator, decision == null ? new Decision(null) : decision);
    String note = decision == null ? null : trim(decision.note());
    v.addIf(!approve && note == null, "note", "lims.field.required");
    v.throwIfAny();
    if (e.getState() != ExtensionState.REQUESTED) {
      throw new RuleViolationException("lims.case.extension.decided", e.getState());
    }
    User me = users.current();
    if (me.getUsername().equals(e.getRequestedBy())) {
      throw new AccessDeniedException("lims.case.extension.ownRequest");
    }
    e.decide(approve, me.getUsername(), clock.instant(), note);
    LocalDate before = c.getDeadline();
    if (approve) {
      c.extendTo(e.getNewDeadline());
    }
    em.flush();
    audit.changed(
        ENTITY,
        c.getId(),
        new AuditTrail.Changes()
            .compare("extension", ExtensionState.REQUESTED, e.getState())
            .compare("deadline", before, c.getDeadline()),
        note);
    extensionDecided.fire(new ExtensionDecided(c.getId(), e.getId(), approve));
    return data(c, viewer);
  }

  /** The producer's regulator keeps its own note on a case handled by another bureau. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData noteAsProducerRegulator(long id, ProducerNote note) {
    CaseViewer viewer = viewer();
    FollowUpCase c = visible(id, viewer);
    if (!viewer.isProducerRegulator(c)) {
      throw new AccessDeniedException("lims.case.notProducerRegulator");
    }
    Violations.of(validator, note).throwIfAny();
    String before = c.getProducerNote();
    c.noteByProducerRegulator(note.note().strip());
    em.flush();
    audit.changed(
        ENTITY,
        c.getId(),
        new AuditTrail.Changes().compare("producerNote", before, c.getProducerNote()),
        null);
    return data(c, viewer);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A re-inspection found the food conforming: the sample's conclusion changes (the issued report
   * versions stay as issued), with an audit record on the analysis.
   */
  private void overturnConclusion(FollowUpCase c) {
    Analysis a = em.find(Analysis.class, c.getSample().getId());
    if (a != null && a.getConclusion() == Verdict.NON_CONFORMING) {
      a.overturn();
      em.flush();
      audit.changed(
          "Analysis",
          a.getSampleId(),
          new AuditTrail.Changes()
              .compare("conclusion", Verdict.NON_CONFORMING, Verdict.CONFORMING),
          "re-inspection overturned the conclusion (case " + c.getCaseNumber() + ")");
    }
  }

  private CaseData data(FollowUpCase c, CaseViewer viewer) {
    LocalDate today = today();
    CaseClock caseClock = new CaseClock(calendars.current());
    boolean closed = c.getState().isClosed();
    List<CaseStep> steps = steps(c);
    List<CaseExtension> extensions = extensions(c);
    boolean responsible = viewer.isResponsible(c);
    String refusal = null;
    LocalDate windowEnd = null;
    if (c.getDeliveredOn() != null) {
      windowEnd = caseClock.reinspectionWindowEnd(c.getDeliveredOn());
      boolean expired = c.getBackupExpiresOn() != null && today.isAfter(c.getBackupExpiresOn());
      refusal =
          caseClock
              .reinspectionRefusal(c.getDeliveredOn(), today, c.isMicrobiological(), expired)
              .map(Enum::name)
              .orElse(null);
    }
    List<StepKind> next = new ArrayList<>();
    if (responsible && !closed) {
      CaseProgress.Facts facts = CaseProgress.Facts.of(c);
      Set<StepKind> done = EnumSet.noneOf(StepKind.class);
      steps.forEach(s -> done.add(s.getKind()));
      for (StepKind k : StepKind.values()) {
        if ((k.isRepeatable() || !done.contains(k))
            && CaseProgress.belongs(k, facts)
            && CaseProgress.missing(k, done, facts).isEmpty()
            && !(k == StepKind.REINSPECTION_REQUESTED && refusal != null)) {
          next.add(k);
        }
      }
    }
    Sample s = c.getSample();
    return new CaseData(
        c.getId(),
        c.getCaseNumber(),
        s.getId(),
        s.getSampleNumber(),
        s.getFoodName(),
        s.getBrand(),
        s.getBatchNumber(),
        c.getCategory().getName(),
        c.getLevel(),
        c.getKind(),
        c.getRoute(),
        c.isReinspectionOpen(),
        c.getDepartment(),
        c.getRegion().getName(),
        s.getParty().getName(),
        s.getParty().getAddress(),
        s.getProducer() == null ? null : s.getProducer().getName(),
        s.getProducer() == null ? null : s.getProducer().getAddress(),
        c.getResponsible().getId(),
        c.getResponsible().getName(),
        c.getProducerRegulator() == null ? null : c.getProducerRegulator().getId(),
        c.getProducerRegulator() == null ? null : c.getProducerRegulator().getName(),
        c.getProducerNote(),
        c.isMicrobiological(),
        c.getState(),
        c.getReceivedOn(),
        c.getDisposalDays(),
        c.getStatutoryDeadline(),
        c.getDeadline(),
        closed ? null : java.time.temporal.ChronoUnit.DAYS.between(today, c.getDeadline()),
        closed ? null : CaseClock.urgency(c.getDeadline(), today, dueSoonDays()),
        c.getAcceptedOn(),
        c.getDeliveredOn(),
        c.getBackupExpiresOn(),
        windowEnd,
        refusal,
        c.getReinspectionRequestedOn(),
        c.getReinspectionKind(),
        c.getReinspectionRequestedOn() == null
            ? null
            : caseClock.designationDue(c.getReinspectionRequestedOn()),
        c.getDesignatedOn(),
        c.getReinspectionLab() == null ? null : c.getReinspectionLab().getName(),
        c.getOutcome(),
        c.getOutcomeOn(),
        c.getCompletedOn(),
        c.getCompletedOn() == null
            ? null
            : CaseClock.completedOnTime(c.getCompletedOn(), c.getDeadline()),
        c.getOverturnedOn(),
        c.getWithdrawnOn(),
        failingItems(s.getId()),
        steps.stream().map(StepData::of).toList(),
        extensions.stream().map(ExtensionData::of).toList(),
        next,
        responsible && !closed,
        responsible
            && !closed
            && extensions.stream()
                .anyMatch(
                    e ->
                        e.getState() == ExtensionState.REQUESTED
                            && !e.getRequestedBy().equals(viewer.user().getUsername())),
        viewer.isProducerRegulator(c),
        c.getVersion());
  }

  private List<FailingItem> failingItems(long sampleId) {
    return em.createNamedQuery(SampleItem.FAILING_OF_SAMPLE, SampleItem.class)
        .setParameter("sample", sampleId)
        .getResultStream()
        .map(
            i ->
                new FailingItem(
                    i.getAnalyte(),
                    i.getReportedValue(),
                    i.isNotDetected(),
                    i.getResultUnit(),
                    i.getLimitOperator(),
                    i.getLimitValue(),
                    i.getLimitUpper(),
                    i.getLimitUnit(),
                    i.getLimitStandard(),
                    i.getTimesOver(),
                    i.isMicrobiological()))
        .toList();
  }

  private List<CaseStep> steps(FollowUpCase c) {
    return em.createNamedQuery(CaseStep.OF_CASE, CaseStep.class)
        .setParameter("case", c.getId())
        .getResultList();
  }

  private List<CaseExtension> extensions(FollowUpCase c) {
    return em.createNamedQuery(CaseExtension.OF_CASE, CaseExtension.class)
        .setParameter("case", c.getId())
        .getResultList();
  }

  private FollowUpCase visible(long id, CaseViewer viewer) {
    FollowUpCase c = em.find(FollowUpCase.class, id);
    if (c == null || !viewer.canSee(c)) {
      throw new NotFoundException(ENTITY, id);
    }
    return c;
  }

  private FollowUpCase actable(long id, CaseViewer viewer) {
    FollowUpCase c = visible(id, viewer);
    if (!viewer.isResponsible(c)) {
      throw new AccessDeniedException("lims.case.notResponsible", c.getResponsible().getName());
    }
    return c;
  }

  private static void requireOpen(FollowUpCase c) {
    if (c.getState().isClosed()) {
      throw new RuleViolationException("lims.case.closed", c.getCaseNumber(), c.getState());
    }
  }

  private CaseViewer viewer() {
    return CaseViewer.of(users.current(), top -> RegionTree.idsWithin(em, top));
  }

  private int dueSoonDays() {
    return settings.intValue("case.dueSoonDays", CaseClock.DEFAULT_DUE_SOON_DAYS);
  }

  private LocalDate today() {
    return clock.instant().atZone(Sample.ZONE).toLocalDate();
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
