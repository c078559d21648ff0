package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.kernel.SampleAccepted;
import cn.foodsafety.lims.kernel.SampleRejected;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.control.SampleFormRules;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The chain of custody: the sampling unit ships the sample to its laboratory, which receives it
 * (its 20 working days start) or rejects it with the reason. Every step is audited.
 */
@Stateless
public class Custody {
  /** The laboratory reports within 20 working days of receipt (Art. 24). */
  static final int REPORT_WORKING_DAYS = 20;

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject WorkingCalendars calendars;

  @Inject Event<SampleAccepted> accepted;

  @Inject Event<SampleRejected> rejectedEvent;

  @Inject Clock clock = Clock.systemUTC();

  /** The sampling unit hands the sample (assigned to a laboratory) to the carrier. */
  @RolesAllowed(Role.SAMPLER_NAME)
  public SampleData ship(long id, Shipment shipment) {
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    Sample s = viewer.visible(em, id);
    if (!viewer.isSamplerOf(s)) {
      throw new AccessDeniedException("lims.sample.notYourUnit");
    }
    Violations v = Violations.of(validator, shipment);
    requireState(s, s.getState().canShip());
    if (s.getLab() == null) {
      throw new RuleViolationException("lims.sample.ship.noLab", s.getSampleNumber());
    }
    Instant at = SampleFormRules.pastMoment(shipment.shippedAt(), "shippedAt", clock.instant(), v);
    v.addIf(
        at != null && at.isBefore(s.getSampledAt()),
        "shippedAt",
        "lims.sample.shippedAt.beforeSampling");
    BigDecimal temperature =
        SampleFormRules.temperature(s.getStorageCondition(), shipment.temperature(), v);
    v.throwIfAny();
    s.ship(at, shipment.method().strip(), temperature);
    audit.recordCaptured(null);
    audit.action(
        AuditAction.STATE_CHANGE,
        Samples.ENTITY,
        id,
        "state",
        SampleState.COLLECTED.name(),
        SampleState.SHIPPED.name(),
        null);
    return SampleData.of(s, false, today());
  }

  /**
   * The laboratory the sample is assigned to takes it in: accepted, its 20 working days start and
   * its test items are created (by the observers of {@link SampleAccepted}, in this transaction);
   * rejected, with the reason, and the task gets the batch back.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public SampleData receive(long id, Receipt receipt) {
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    Sample s = viewer.visible(em, id);
    if (!viewer.isLabOf(s)) {
      throw new AccessDeniedException("lims.sample.notYourLab");
    }
    Violations v = Violations.of(validator, receipt);
    requireState(s, s.getState().canReceive());
    Instant at = SampleFormRules.pastMoment(receipt.receivedAt(), "receivedAt", clock.instant(), v);
    v.addIf(
        at != null && at.isBefore(s.getShippedAt()),
        "receivedAt",
        "lims.sample.receivedAt.beforeShipment",
        SampleData.china(s.getShippedAt()).toLocalDateTime().toString().replace('T', ' '));
    boolean rejected = receipt.condition() == ReceiptCondition.REJECTED;
    v.addIf(
        rejected && receipt.rejectionReason() == null, "rejectionReason", "lims.field.required");
    v.addIf(
        rejected
            && receipt.rejectionReason() != null
            && receipt.rejectionReason().needsNote()
            && (receipt.note() == null || receipt.note().isBlank()),
        "note",
        "lims.sample.rejection.noteRequired");
    v.throwIfAny();
    LocalDate receivedOn = CivilTime.dayOf(at);
    LocalDate reportDue =
        rejected ? null : calendars.current().addWorkingDays(receivedOn, REPORT_WORKING_DAYS);
    s.receive(
        at,
        users.current().getUsername(),
        receipt.condition(),
        rejected ? receipt.rejectionReason() : null,
        blank(receipt.note()),
        reportDue);
    audit.recordCaptured(s.getRejectionNote());
    audit.action(
        AuditAction.STATE_CHANGE,
        Samples.ENTITY,
        id,
        "state",
        SampleState.SHIPPED.name(),
        s.getState().name(),
        s.getRejectionReason() == null ? null : s.getRejectionReason().name());
    if (!rejected) {
      // the lab's work (its test items with the limits as they stand today) begins at receipt
      accepted.fire(new SampleAccepted(id));
    } else {
      // the task (planning) takes the batch back and re-opens itself, in this transaction
      rejectedEvent.fire(new SampleRejected(id, s.getTask() == null ? null : s.getTask().getId()));
    }
    return SampleData.of(s, viewer.masks(s), today());
  }

  private static void requireState(Sample s, boolean allowed) {
    if (!allowed) {
      throw new RuleViolationException("lims.sample.state.wrong", s.getState());
    }
  }

  private LocalDate today() {
    return CivilTime.today(clock);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
