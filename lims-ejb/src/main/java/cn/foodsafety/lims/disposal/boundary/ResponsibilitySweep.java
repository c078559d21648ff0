package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.control.NotificationClock;
import cn.foodsafety.lims.disposal.entity.AlertKind;
import cn.foodsafety.lims.disposal.entity.CaseResponsibility;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.ProducerInvestigation;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The part of the daily sweep that watches who must be told and who must investigate: a serious
 * hazard stays alerted until a risk control is recorded; a result not delivered to the operator (or
 * to the producer, where it is another business) by its day (Art. 29) is flagged; an investigation
 * task past its deadline is flagged to the producer's regulator. Cases opened before these records
 * existed have none and are not flagged.
 */
final class ResponsibilitySweep {

  /** An alert the sweep wants active; the subject is the case. */
  record Found(AlertKind kind, long subjectId, LocalDate due, long orgId, long regionId) {}

  private final EntityManager em;

  ResponsibilitySweep(EntityManager em) {
    this.em = em;
  }

  List<Found> findings(LocalDate today) {
    List<Found> found = new ArrayList<>();
    List<Object[]> open =
        em.createQuery(
                "select c, r from FollowUpCase c, CaseResponsibility r where r.caseId = c.id"
                    + " and c.state not in :closed",
                Object[].class)
            .setParameter(
                "closed",
                EnumSet.of(CaseState.COMPLETED, CaseState.OVERTURNED, CaseState.WITHDRAWN))
            .getResultList();
    for (Object[] row : open) {
      FollowUpCase c = (FollowUpCase) row[0];
      CaseResponsibility r = (CaseResponsibility) row[1];
      long org = c.getResponsible().getId();
      long region = c.getRegion().getId();
      if (r.isSeriousHazard()
          && c.getSteps().stream().noneMatch(s -> s.getKind() == StepKind.RISK_CONTROL)) {
        found.add(
            new Found(
                AlertKind.SERIOUS_HAZARD,
                c.getId(),
                ResponsibilityOpening.seriousHazardDue(c),
                org,
                region));
      }
      if (c.getRoute() == FollowUpRoute.CASE
          && (c.getDeliveredOn() == null
              || r.isProducerToBeTold() && r.getProducerDeliveredOn() == null)
          && NotificationClock.late(r.getNotificationDue(), null, today)) {
        found.add(
            new Found(AlertKind.DELIVERY_OVERDUE, c.getId(), r.getNotificationDue(), org, region));
      }
    }
    for (ProducerInvestigation i :
        em.createNamedQuery(ProducerInvestigation.OPEN, ProducerInvestigation.class)
            .getResultList()) {
      if (NotificationClock.late(i.getDeadline(), null, today)
          && !i.getFollowUpCase().getState().isClosed()) {
        found.add(
            new Found(
                AlertKind.INVESTIGATION_OVERDUE,
                i.getFollowUpCase().getId(),
                i.getDeadline(),
                i.getRegulator().getId(),
                i.getRegion().getId()));
      }
    }
    return found;
  }
}
