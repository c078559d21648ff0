package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.control.NotificationClock;
import cn.foodsafety.lims.disposal.control.ResponsibilityRules;
import cn.foodsafety.lims.disposal.entity.CaseResponsibility;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.ProducerInvestigation;
import cn.foodsafety.lims.disposal.entity.ProducerRoute;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Who answers for a case and who must be told (DOMAIN.md, "Kinds of sampling and who follows up";
 * Art. 29): the case's responsibility with its delivery deadline and lateness, the producer's
 * investigation task or the assistance request; the responsible regulator records the delivery to
 * the producer and the assistance request (to whom, sent, answer). A date before the receipt or an
 * answer before the request was sent is a field error, nothing written.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class CaseResponsibilities {

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Clock clock = Clock.systemUTC();

  public ResponsibilityData get(long caseId) {
    CaseViewer viewer = reader().viewer();
    return data(reader().visible(caseId, viewer), viewer);
  }

  /** The responsible regulator delivered the result to the producer. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public ResponsibilityData deliverToProducer(long caseId, ProducerDelivery input) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().actable(caseId, viewer);
    c.requireOpen();
    CaseResponsibility r = recorded(c);
    em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    cn.foodsafety.lims.platform.control.Violations.of(validator, input).throwIfAny();
    r.deliverToProducer(
        input.deliveredTo(), input.deliveredOn(), c.getReceivedOn(), reader().today());
    audit.recordCaptured(Cases.ENTITY, c.getId(), r.getProducerDeliveredTo());
    return data(c, viewer);
  }

  /** The responsible regulator records the assistance request and, later, its answer. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public ResponsibilityData recordAssistance(long caseId, AssistanceInput input) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().actable(caseId, viewer);
    c.requireOpen();
    CaseResponsibility r = recorded(c);
    em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    cn.foodsafety.lims.platform.control.Violations.of(validator, input).throwIfAny();
    r.recordAssistance(
        input.to(),
        input.sentOn(),
        input.answer(),
        input.answeredOn(),
        c.getReceivedOn(),
        reader().today());
    audit.recordCaptured(Cases.ENTITY, c.getId(), r.getAssistanceTo());
    return data(c, viewer);
  }

  private CaseResponsibility recorded(FollowUpCase c) {
    CaseResponsibility r = em.find(CaseResponsibility.class, c.getId());
    if (r == null) {
      throw new cn.foodsafety.lims.platform.control.RuleViolationException(
          "lims.responsibility.notRecorded", c.getCaseNumber());
    }
    return r;
  }

  ResponsibilityData data(FollowUpCase c, CaseViewer viewer) {
    LocalDate today = reader().today();
    CaseResponsibility r = em.find(CaseResponsibility.class, c.getId());
    Sample s = c.getSample();
    boolean responsible = viewer.isResponsible(c) && !c.getState().isClosed();
    if (r == null) {
      // a case opened before responsibilities were recorded: only the deadline is computed
      int days =
          settings.intValue(
              ResponsibilityOpening.NOTIFICATION_DAYS,
              NotificationClock.DEFAULT_NOTIFICATION_WORKING_DAYS);
      LocalDate due =
          new NotificationClock(calendars.current()).deliveryDue(c.getReceivedOn(), days);
      return ResponsibilityData.operatorOnly(
          c.getId(),
          ResponsibilityRules.stage(s.getParty().getKind()),
          days,
          due,
          s.getParty().getName(),
          c.getDeliveredOn(),
          lateness(c, due, c.getDeliveredOn(), today),
          s.getProducer() == null ? null : s.getProducer().getName());
    }
    ProducerInvestigation task =
        em.createNamedQuery(ProducerInvestigation.OF_CASE, ProducerInvestigation.class)
            .setParameter("case", c.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    LocalDate due = r.getNotificationDue();
    return ResponsibilityData.recorded(
        c.getId(),
        r.getStage(),
        r.getProducerRoute(),
        r.isSeriousHazard(),
        r.getNotificationDays(),
        due,
        s.getParty().getName(),
        c.getDeliveredOn(),
        lateness(c, due, c.getDeliveredOn(), today),
        r.isProducerToBeTold(),
        r.getProducerName(),
        r.getProducerDeliveredTo(),
        r.getProducerDeliveredOn(),
        r.isProducerToBeTold() ? lateness(c, due, r.getProducerDeliveredOn(), today) : null,
        task == null
            ? null
            : new ResponsibilityData.Task(
                task.getId(),
                task.getTaskNumber(),
                task.getRegulator().getId(),
                task.getRegulator().getName(),
                task.getState(),
                task.getDeadline(),
                NotificationClock.late(task.getDeadline(), task.getClosedOn(), today)),
        new ResponsibilityData.Assistance(
            r.getAssistanceTo(),
            r.getAssistanceSentOn(),
            r.getAssistanceAnswer(),
            r.getAssistanceAnsweredOn()),
        responsible && r.isProducerToBeTold() && r.getProducerDeliveredOn() == null,
        responsible && r.getProducerRoute() == ProducerRoute.ASSISTANCE);
  }

  /**
   * Late (true), on time (false), or null while not delivered and not yet due; none on a
   * risk-control follow-up (Art. 29 is about the results of supervisory sampling).
   */
  private static Boolean lateness(
      FollowUpCase c, LocalDate due, LocalDate deliveredOn, LocalDate today) {
    if (c.getRoute() != FollowUpRoute.CASE || deliveredOn == null && !today.isAfter(due)) {
      return null;
    }
    return NotificationClock.late(due, deliveredOn, today);
  }

  private CaseReader reader() {
    return new CaseReader(em, users, jurisdictions, calendars, settings, clock);
  }
}
