package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.Alert;
import cn.foodsafety.lims.disposal.entity.AlertKind;
import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.RequestWindows;
import cn.foodsafety.lims.disposal.entity.SweepRun;
import cn.foodsafety.lims.disposal.entity.Urgency;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.boundary.TimerClaims;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.ClusterNode;
import cn.foodsafety.lims.platform.control.Schedules;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The daily deadline sweep (01:05 Beijing time, and on demand by an administrator): marks each open
 * case on track, due within N days (setting {@code case.dueSoonDays}, default 15) or overdue, and
 * keeps one active alert per case that is due soon or overdue and per lab report past its due date
 * (received, never approved), per re-inspection application not accepted or refused within its
 * window and per accepted one without a designated lab after its window, per objection not accepted
 * or refused within its window. An alert whose reason is gone is cleared. Running it twice on a day
 * changes nothing the second time; runs are serialized (one singleton, write lock) and logged.
 *
 * <p>On a deployment group every server has this timer; the first to claim the firing's slot in
 * {@code timer_claim} (in the sweep's own transaction, so a server that dies mid-sweep leaves the
 * slot to another) runs it, the others skip: one sweep per cluster. The schedule is the system
 * property {@code lims.sweep.schedule} (default {@code "hour=1 minute=5"}, Beijing time).
 */
@Singleton
@Startup
@Lock(LockType.WRITE)
public class DeadlineSweep {

  static final String TIMER = "timer";

  /** The job's name in {@code timer_claim}. */
  static final String JOB = "deadline-sweep";

  static final String SCHEDULE_PROPERTY = "lims.sweep.schedule";

  static final String DEFAULT_SCHEDULE = "hour=1 minute=5";

  private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

  @Resource TimerService timers;

  @Resource SessionContext context;

  @Inject TimerClaims claims;

  @PersistenceContext EntityManager em;

  @Inject Settings settings;

  @Inject cn.foodsafety.lims.sampling.boundary.BackupSamples backups;

  @Inject Users users;

  @Inject WorkingCalendars calendars;

  @Inject Clock clock = Clock.systemUTC();

  private record Finding(AlertKind kind, LocalDate due, long orgId, long regionId) {}

  @PostConstruct
  void schedule() {
    String text = System.getProperty(SCHEDULE_PROPERTY, DEFAULT_SCHEDULE);
    timers.createCalendarTimer(
        Schedules.parse(text, CivilTime.ZONE_ID), new TimerConfig(JOB, false));
    LOG.info(() -> "deadline sweep scheduled: " + text + " (" + ClusterNode.name() + ")");
  }

  @Timeout
  @PermitAll
  public void daily() {
    Instant slot = TimerClaims.slot(clock.instant());
    try {
      if (!claims.claim(JOB, slot)) {
        return;
      }
    } catch (EJBException | PersistenceException e) {
      // another server inserted the slot at the same moment and committed first
      LOG.info(() -> "deadline sweep of " + slot + " claimed by another server");
      context.setRollbackOnly();
      return;
    }
    LOG.info(() -> "deadline sweep of " + slot + " runs on " + ClusterNode.name());
    sweep(TIMER);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public SweepData runNow() {
    return sweep(users.current().getUsername());
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
  @Lock(LockType.READ)
  public List<SweepData> recent(int limit) {
    return em.createNamedQuery(SweepRun.LATEST, SweepRun.class)
        .setMaxResults(Math.max(1, Math.min(limit, 100)))
        .getResultStream()
        .map(SweepData::of)
        .toList();
  }

  /**
   * A re-inspection application the regulator has neither accepted nor refused within its window,
   * or an accepted one without a designated lab after the designation window (Art. 32).
   */
  private static java.util.Optional<Finding> requestFinding(
      FollowUpCase c, RequestWindows w, LocalDate today) {
    Finding f = null;
    if (CaseReader.decisionOverdue(c, w, today)) {
      f =
          new Finding(
              AlertKind.REQUEST_DECISION_OVERDUE,
              w.decisionDue(c.getReinspectionRequestedOn()),
              c.getResponsible().getId(),
              c.getRegion().getId());
    } else if (CaseReader.designationOverdue(c, w, today)) {
      f =
          new Finding(
              AlertKind.DESIGNATION_OVERDUE,
              w.designationDue(c.getRequestAcceptedOn()),
              c.getResponsible().getId(),
              c.getRegion().getId());
    }
    return java.util.Optional.ofNullable(f);
  }

  private SweepData sweep(String by) {
    LocalDate today = CivilTime.today(clock);
    int dueSoon = settings.intValue("case.dueSoonDays", CaseClock.DEFAULT_DUE_SOON_DAYS);
    Map<String, Finding> wanted = new HashMap<>();
    int changedCases = 0;
    RequestWindows windows = CaseReader.windows(settings, calendars);
    for (FollowUpCase c :
        em.createNamedQuery(FollowUpCase.OPEN_CASES, FollowUpCase.class).getResultList()) {
      requestFinding(c, windows, today).ifPresent(f -> wanted.put("Q" + c.getId(), f));
      if (CaseReader.objectionDecisionOverdue(c, windows, today)) {
        wanted.put(
            AlertKind.OBJECTION_DECISION_OVERDUE.subjectKey() + c.getId(),
            new Finding(
                AlertKind.OBJECTION_DECISION_OVERDUE,
                windows.objectionDecisionDue(c.getObjectionRaisedOn()),
                c.getResponsible().getId(),
                c.getRegion().getId()));
      }
      Urgency u = CaseClock.urgency(c.getDeadline(), today, dueSoon);
      if (c.markUrgency(u)) {
        changedCases++;
      }
      if (u != Urgency.ON_TRACK) {
        wanted.put(
            "C" + c.getId(),
            new Finding(
                u == Urgency.OVERDUE ? AlertKind.CASE_OVERDUE : AlertKind.CASE_DUE_SOON,
                c.getDeadline(),
                c.getResponsible().getId(),
                c.getRegion().getId()));
      }
    }
    List<Object[]> lateReports =
        em.createQuery(
                "select s.id, s.reportDue, s.lab.id, s.region.id from Sample s"
                    + " where s.state = :received and s.reportDue < :today and s.lab is not null"
                    + " and not exists (select a from Analysis a where a.sampleId = s.id"
                    + " and a.firstApprovedAt is not null)",
                Object[].class)
            .setParameter("received", SampleState.RECEIVED)
            .setParameter("today", today)
            .getResultList();
    for (Object[] r : lateReports) {
      wanted.put(
          "R" + r[0],
          new Finding(
              AlertKind.REPORT_OVERDUE,
              (LocalDate) r[1],
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue()));
    }
    // backup samples kept past their retention end that no pending request needs: the lab's
    for (Object[] b : backups.overdueForDisposal(today)) {
      wanted.put(
          "B" + b[0],
          new Finding(
              AlertKind.BACKUP_DISPOSAL_OVERDUE,
              (LocalDate) b[1],
              ((Number) b[2]).longValue(),
              ((Number) b[3]).longValue()));
    }
    new ResponsibilitySweep(em)
        .findings(today)
        .forEach(
            f ->
                wanted.put(
                    f.kind().subjectKey() + f.subjectId(),
                    new Finding(f.kind(), f.due(), f.orgId(), f.regionId())));
    int raised = 0;
    int cleared = 0;
    for (Alert a : em.createNamedQuery(Alert.ACTIVE, Alert.class).getResultList()) {
      String key = a.getKind().subjectKey() + a.getSubjectId();
      Finding f = wanted.get(key);
      if (f != null && a.same(f.kind(), f.due())) {
        wanted.remove(key);
      } else {
        a.clear(today);
        cleared++;
      }
    }
    for (Map.Entry<String, Finding> e : wanted.entrySet()) {
      Finding f = e.getValue();
      em.persist(
          new Alert(
              f.kind(),
              Long.parseLong(e.getKey().substring(1)),
              f.orgId(),
              f.regionId(),
              f.due(),
              today));
      raised++;
    }
    SweepRun run = new SweepRun(clock.instant(), by, today, raised, cleared, changedCases);
    em.persist(run);
    em.flush();
    return SweepData.of(run);
  }
}
