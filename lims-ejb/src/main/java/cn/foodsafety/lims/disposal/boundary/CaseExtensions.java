package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.entity.CaseExtension;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.kernel.ExtensionDecided;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;

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

  @Inject Jurisdictions jurisdictions;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /** The responsible regulator asks for more time, with a reason and a later date. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData requestExtension(long id, ExtensionRequest request) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().actable(id, viewer);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    c.requireOpen();
    Violations.of(validator, request).throwIfAny();
    CaseExtension e =
        c.requestExtension(
            request.reason().strip(),
            request.newDeadline(),
            users.current().getUsername(),
            clock.instant());
    em.persist(e);
    audit.recordCaptured(Cases.ENTITY, c.getId(), e.getReason());
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
    Violations.of(validator, decision == null ? new Decision(null) : decision).throwIfAny();
    String note = decision == null ? null : CaseReader.trim(decision.note());
    CaseExtension e =
        c.decideExtension(
            extensionId, approve, users.current().getUsername(), clock.instant(), note);
    // the trail has the extension's decision and, when approved, the deadline it moved
    audit.recordCaptured(Cases.ENTITY, c.getId(), note);
    extensionDecided.fire(new ExtensionDecided(c.getId(), e.getId(), approve));
    return reader().data(c, viewer);
  }

  private CaseReader reader() {
    return new CaseReader(em, users, jurisdictions, calendars, settings, clock);
  }
}
