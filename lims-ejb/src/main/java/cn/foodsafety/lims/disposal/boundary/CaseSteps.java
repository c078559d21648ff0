package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.kernel.CaseClosed;
import cn.foodsafety.lims.kernel.CaseOverturned;
import cn.foodsafety.lims.kernel.CaseStepRecorded;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
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

/**
 * The handling of a case: each step recorded with its date by the responsible regulator (a bad step
 * refused, nothing written), and the producer's regulator's note. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class CaseSteps {
  @PersistenceContext EntityManager em;

  @Inject cn.foodsafety.lims.sampling.boundary.BackupSamples backups;

  @Inject jakarta.enterprise.event.Event<CaseStepRecorded> stepRecorded;

  @Inject jakarta.enterprise.event.Event<CaseClosed> closed;

  @Inject jakarta.enterprise.event.Event<CaseOverturned> overturned;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /** The responsible regulator records a dated step; a bad step is refused, nothing written. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData recordStep(long id, StepInput input) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().actable(id, viewer);
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
            CaseReader.trim(input.note()),
            CaseReader.trim(input.reference()),
            input.amount(),
            input.quantity(),
            CaseReader.trim(input.quantityUnit()),
            input.measure(),
            input.requestKind(),
            lab,
            input.outcome(),
            input.backupExpiresOn(),
            input.objectionGround(),
            input.objectionOutcome(),
            CaseReader.trim(input.delayCause()));
    // a re-inspection tests the backup sample: none once it is gone or past its retention (Art. 33)
    if (input.kind() == StepKind.REINSPECTION_REQUESTED
        && input.requestKind() == RequestKind.REINSPECTION
        && !backups.usableForReinspection(c.getSample().getId(), input.date())) {
      throw InvalidInputException.of("requestKind", "lims.case.reinspection.BACKUP_GONE");
    }
    CaseState before = c.getState();
    CaseStep step =
        c.record(
            input.kind(),
            input.date(),
            particulars,
            users.current().getUsername(),
            clock.instant(),
            reader().rules(),
            reader().today());
    em.persist(step);
    // the trail has the state the step left and the step with its date; the reason is its note
    audit.recordCaptured(Cases.ENTITY, c.getId(), particulars.note());
    stepRecorded.fire(new CaseStepRecorded(c.getId(), input.kind().name()));
    if (c.getState() == CaseState.OVERTURNED) {
      overturned.fire(new CaseOverturned(c.getId(), c.getSample().getId(), c.getCaseNumber()));
    } else if (before != c.getState() && c.getState().isClosed()) {
      closed.fire(new CaseClosed(c.getId()));
    }
    return reader().data(c, viewer);
  }

  /** The producer's regulator keeps its own note on a case handled by another bureau. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public CaseData noteAsProducerRegulator(long id, ProducerNote note) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c = reader().visible(id, viewer);
    if (!viewer.isProducerRegulator(c)) {
      throw new AccessDeniedException("lims.case.notProducerRegulator");
    }
    Violations.of(validator, note).throwIfAny();
    c.noteByProducerRegulator(note.note().strip());
    audit.recordCaptured(Cases.ENTITY, c.getId(), null);
    return reader().data(c, viewer);
  }

  private CaseReader reader() {
    return new CaseReader(em, users, jurisdictions, calendars, settings, clock);
  }
}
