package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseExtension;
import cn.foodsafety.lims.disposal.entity.CaseProgress;
import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.ExtensionState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RequestWindows;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the case boundaries share, in the caller's transaction: who is looking ({@link CaseViewer}),
 * finding a case they may see or act on, and the case as the API answers it (its steps, extensions,
 * failing items, deadlines and the steps that may come next).
 */
final class CaseReader {

  private final EntityManager em;

  private final Users users;

  private final Jurisdictions jurisdictions;

  private final WorkingCalendars calendars;

  private final Settings settings;

  private final Clock clock;

  CaseReader(
      EntityManager em,
      Users users,
      Jurisdictions jurisdictions,
      WorkingCalendars calendars,
      Settings settings,
      Clock clock) {
    this.em = em;
    this.users = users;
    this.jurisdictions = jurisdictions;
    this.calendars = calendars;
    this.settings = settings;
    this.clock = clock;
  }

  CaseData data(FollowUpCase c, CaseViewer viewer) {
    LocalDate today = today();
    CaseClock caseClock = new CaseClock(calendars.current());
    boolean closed = c.getState().isClosed();
    List<CaseStep> steps = c.getSteps();
    List<CaseExtension> extensions = c.getExtensions();
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
    List<StepKind> next = responsible ? c.nextSteps(refusal != null) : List.of();
    Sample s = c.getSample();
    return new CaseData(
        c.getId(),
        c.getCaseNumber(),
        s.getId(),
        s.getSampleNumber(),
        s.getFoodName(),
        s.getBrand(),
        s.getBatchNumber(),
        c.getCategory().getId(),
        c.getCategory().getName(),
        c.getLevel(),
        c.getKind(),
        c.getRoute(),
        c.isReinspectionOpen(),
        c.getDepartment(),
        c.getRegion().getId(),
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
        c.getRequestAcceptedOn() == null
            ? null
            : windows().designationDue(c.getRequestAcceptedOn()),
        c.getDesignatedOn(),
        c.getReinspectionLab() == null ? null : c.getReinspectionLab().getId(),
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
        c.getVersion(),
        requests(c, today));
  }

  /** The requests on a case and the regulator's windows on them, as of {@code today}. */
  RequestData requests(FollowUpCase c, LocalDate today) {
    RequestWindows w = windows();
    LocalDate requested =
        c.getReinspectionKind() == RequestKind.REINSPECTION ? c.getReinspectionRequestedOn() : null;
    LocalDate decisionDue = requested == null ? null : w.decisionDue(requested);
    LocalDate accepted = c.getRequestAcceptedOn();
    boolean open = !c.getState().isClosed();
    return new RequestData(
        decisionDue,
        accepted,
        c.getRequestRefusedOn(),
        noteOf(c, StepKind.REQUEST_REFUSED),
        accepted == null ? null : w.designationDue(accepted),
        accepted == null ? null : w.extendedDesignationDue(accepted),
        c.getSteps().stream()
            .filter(s -> s.getKind() == StepKind.LAB_DESIGNATED)
            .map(CaseStep::getDelayCause)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null),
        open && decisionOverdue(c, w, today),
        open && designationOverdue(c, w, today),
        c.getObjectionRaisedOn(),
        c.getObjectionGround(),
        c.getObjectionRaisedOn() == null ? null : w.objectionDecisionDue(c.getObjectionRaisedOn()),
        c.getObjectionAcceptedOn(),
        c.getObjectionRefusedOn(),
        noteOf(c, StepKind.OBJECTION_REFUSED),
        open && objectionDecisionOverdue(c, w, today),
        c.getObjectionDecidedOn(),
        c.getObjectionOutcome(),
        noteOf(c, StepKind.OBJECTION_DECIDED));
  }

  /** An objection neither accepted for review nor refused after its window. */
  static boolean objectionDecisionOverdue(FollowUpCase c, RequestWindows w, LocalDate today) {
    return w.objectionDecisionOverdue(
        c.getObjectionRaisedOn(), c.getObjectionAcceptedOn(), c.getObjectionRefusedOn(), today);
  }

  /** A re-inspection application neither accepted nor refused after its window. */
  static boolean decisionOverdue(FollowUpCase c, RequestWindows w, LocalDate today) {
    return c.getReinspectionKind() == RequestKind.REINSPECTION
        && c.getReinspectionRequestedOn() != null
        && c.getRequestAcceptedOn() == null
        && c.getRequestRefusedOn() == null
        && today.isAfter(w.decisionDue(c.getReinspectionRequestedOn()));
  }

  /** An accepted application without a designated lab after the window (a cause is due). */
  static boolean designationOverdue(FollowUpCase c, RequestWindows w, LocalDate today) {
    return c.getRequestAcceptedOn() != null
        && c.getDesignatedOn() == null
        && today.isAfter(w.designationDue(c.getRequestAcceptedOn()));
  }

  private static String noteOf(FollowUpCase c, StepKind kind) {
    return c.getSteps().stream()
        .filter(s -> s.getKind() == kind)
        .map(CaseStep::getNote)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The windows of a re-inspection application, as the settings say. */
  RequestWindows windows() {
    return windows(settings, calendars);
  }

  static RequestWindows windows(Settings settings, WorkingCalendars calendars) {
    return new RequestWindows(
        calendars.current(),
        settings.intValue(RequestWindows.DECISION_DAYS, RequestWindows.DEFAULT_DECISION_DAYS),
        settings.intValue(RequestWindows.DESIGNATION_DAYS, RequestWindows.DEFAULT_DESIGNATION_DAYS),
        settings.intValue(RequestWindows.EXTRA_DAYS, RequestWindows.DEFAULT_EXTRA_DAYS),
        settings.intValue(
            RequestWindows.OBJECTION_DECISION_DAYS,
            RequestWindows.DEFAULT_OBJECTION_DECISION_DAYS));
  }

  /** The case rules with the configured windows. */
  CaseProgress rules() {
    RequestWindows w = windows();
    return new CaseProgress(new CaseClock(w.calendar()), w);
  }

  List<FailingItem> failingItems(long sampleId) {
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
                    i.limit().operator(),
                    i.limit().value(),
                    i.limit().upper(),
                    i.limit().unit(),
                    i.limit().standard(),
                    i.getTimesOver(),
                    i.isMicrobiological()))
        .toList();
  }

  FollowUpCase visible(long id, CaseViewer viewer) {
    FollowUpCase c = em.find(FollowUpCase.class, id);
    if (c == null || !viewer.canSee(c)) {
      throw new NotFoundException(Cases.ENTITY, id);
    }
    return c;
  }

  FollowUpCase actable(long id, CaseViewer viewer) {
    FollowUpCase c = visible(id, viewer);
    if (!viewer.isResponsible(c)) {
      throw new AccessDeniedException("lims.case.notResponsible", c.getResponsible().getName());
    }
    return c;
  }

  CaseViewer viewer() {
    return CaseViewer.of(users.current(), jurisdictions);
  }

  int dueSoonDays() {
    return settings.intValue("case.dueSoonDays", CaseClock.DEFAULT_DUE_SOON_DAYS);
  }

  LocalDate today() {
    return CivilTime.today(clock);
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
