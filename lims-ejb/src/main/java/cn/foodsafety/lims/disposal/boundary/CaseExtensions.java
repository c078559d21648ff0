package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.entity.CaseExtension;
import cn.foodsafety.lims.disposal.entity.ExtensionState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
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

/**
 * Extensions of a case's deadline: asked for by the responsible regulator with a reason and a later
 * date, decided by another supervisor of the same bureau. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class CaseExtensions {
  @PersistenceContext EntityManager em;

  @Inject jakarta.enterprise.event.Event<ExtensionDecided> extensionDecided;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /** The responsible regulator asks for more time, with a reason and a later date. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData requestExtension(long id, ExtensionRequest request) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().actable(id, viewer);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    reader().requireOpen(c);
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
        reader().extensions(c).stream().anyMatch(e -> e.getState() == ExtensionState.REQUESTED);
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
        Cases.ENTITY,
        c.getId(),
        new AuditTrail.Changes().compare("extensionRequested", null, request.newDeadline()),
        e.getReason());
    return reader().data(c, viewer);
  }

  /**
   * Another supervisor of the responsible bureau approves (the new date becomes the deadline that
   * counts) or rejects (with a note) an extension request.
   */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData decideExtension(long id, long extensionId, boolean approve, Decision decision) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().actable(id, viewer);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    reader().requireOpen(c);
    CaseExtension e = em.find(CaseExtension.class, extensionId);
    if (e == null || !e.getCaseId().equals(c.getId())) {
      throw new NotFoundException("CaseExtension", extensionId);
    }
    Violations v = Violations.of(validator, decision == null ? new Decision(null) : decision);
    String note = decision == null ? null : CaseReader.trim(decision.note());
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
        Cases.ENTITY,
        c.getId(),
        new AuditTrail.Changes()
            .compare("extension", ExtensionState.REQUESTED, e.getState())
            .compare("deadline", before, c.getDeadline()),
        note);
    extensionDecided.fire(new ExtensionDecided(c.getId(), e.getId(), approve));
    return reader().data(c, viewer);
  }

  private CaseReader reader() {
    return new CaseReader(em, users, calendars, settings, clock);
  }
}
