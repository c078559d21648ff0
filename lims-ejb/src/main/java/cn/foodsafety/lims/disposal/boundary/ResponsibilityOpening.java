package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.control.NotificationClock;
import cn.foodsafety.lims.disposal.entity.Alert;
import cn.foodsafety.lims.disposal.entity.AlertKind;
import cn.foodsafety.lims.disposal.entity.CaseResponsibility;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.ProblemStage;
import cn.foodsafety.lims.disposal.entity.ProducerInvestigation;
import cn.foodsafety.lims.disposal.entity.ProducerRoute;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What opens with a case, in the case's transaction: its responsibility (stage, producer route,
 * serious hazard, the day the result must be delivered), the producer's regulator's investigation
 * task when the producer is in the city, and the immediate alert to the responsible supervisors for
 * a serious hazard (due when the 24 hours after approval end).
 */
final class ResponsibilityOpening {

  static final String NOTIFICATION_DAYS = "case.notification.workingDays";
  static final String INVESTIGATION_DAYS = "case.producerInvestigation.workingDays";
  static final String ENTITY = "ProducerInvestigation";

  private ResponsibilityOpening() {}

  static void opened(
      EntityManager em,
      Settings settings,
      AuditTrail audit,
      FollowUpCase c,
      ProblemStage stage,
      ProducerRoute route,
      Organization producerRegulator,
      boolean seriousHazard,
      WorkingDayCalendar calendar,
      Instant now) {
    NotificationClock clock = new NotificationClock(calendar);
    int days =
        settings.intValue(NOTIFICATION_DAYS, NotificationClock.DEFAULT_NOTIFICATION_WORKING_DAYS);
    Sample s = c.getSample();
    String producerName = s.getProducer() == null ? null : s.getProducer().getName();
    CaseResponsibility r =
        new CaseResponsibility(
            c.getId(),
            stage,
            route,
            seriousHazard,
            producerName,
            days,
            clock.deliveryDue(c.getReceivedOn(), days));
    em.persist(r);
    if (route == ProducerRoute.INVESTIGATION) {
      int taskDays =
          settings.intValue(
              INVESTIGATION_DAYS, NotificationClock.DEFAULT_INVESTIGATION_WORKING_DAYS);
      ProducerInvestigation task =
          new ProducerInvestigation(
              c,
              producerRegulator,
              s.getProducer().getRegion(),
              producerName,
              s.getProducer().getAddress(),
              c.getReceivedOn(),
              taskDays,
              clock.investigationDue(c.getReceivedOn(), taskDays));
      em.persist(task);
      em.flush();
      audit.created(
          ENTITY,
          task.getId(),
          task.getTaskNumber()
              + " "
              + producerRegulator.getName()
              + " case "
              + c.getCaseNumber()
              + " deadline "
              + task.getDeadline());
    }
    if (seriousHazard) {
      LocalDate today = CivilTime.dayOf(now);
      em.persist(
          new Alert(
              AlertKind.SERIOUS_HAZARD,
              c.getId(),
              c.getResponsible().getId(),
              c.getRegion().getId(),
              seriousHazardDue(c),
              today));
    }
  }

  /** The day the 24 hours after approval (the case's receipt) end. */
  static LocalDate seriousHazardDue(FollowUpCase c) {
    return c.getReceivedOn().plusDays(1);
  }
}
