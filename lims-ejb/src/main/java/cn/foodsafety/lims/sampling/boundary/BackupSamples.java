package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.kernel.ReportIssued;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.planning.boundary.SamplingKinds;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.control.SampleFormRules;
import cn.foodsafety.lims.sampling.entity.BackupRetention;
import cn.foodsafety.lims.sampling.entity.BackupSample;
import cn.foodsafety.lims.sampling.entity.BackupState;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The laboratory's store of backup samples (留样, SAMR Order No. 15, Art. 25): the lab records each
 * backup at receipt; its retention end follows the report's conclusion; it is taken out for a
 * re-inspection (custody to the re-inspection lab) or disposed of before a witness once its
 * retention is over and no re-inspection or objection needs it. Lab staff work on their own lab's
 * store; supervisors and administrators read every store.
 */
@Stateless
public class BackupSamples {

  static final String ENTITY = "BackupSample";

  /** The views of the store's page and list. */
  public enum View {
    HELD,
    DUE_THIS_WEEK,
    OVERDUE,
    TAKEN_OUT,
    DISPOSED
  }

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject SamplingKinds kinds;

  /** Results' approved conclusions (the retention follows the conclusion). */
  @Inject SampleOutcomes.Conclusions conclusions;

  /** Disposal's pending re-inspections and objections (a backup they need is kept). */
  @Inject SampleOutcomes.PendingRequests pendingRequests;

  @Inject Clock clock = Clock.systemUTC();

  /** The lab puts a received sample's backup into its store. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public BackupData record(BackupPlacement p) {
    Violations v = Violations.of(validator, p);
    Sample s = p.sampleId() == null ? null : em.find(Sample.class, p.sampleId());
    if (p.sampleId() != null && s == null) {
      throw new NotFoundException("Sample", p.sampleId());
    }
    Organization lab = myLab();
    if (s != null && (s.getLab() == null || !s.getLab().getId().equals(lab.getId()))) {
      throw new AccessDeniedException("lims.sample.notYourLab");
    }
    if (s != null) {
      v.addIf(s.getState() != SampleState.RECEIVED, "sampleId", "lims.backup.notReceived");
      v.addIf(
          !kinds.rules().of(s.getKind()).backupSample(),
          "sampleId",
          "lims.sample.kind.noBackup",
          s.getKind());
      v.addIf(
          !em.createNamedQuery(BackupSample.OF_SAMPLE, BackupSample.class)
              .setParameter("sample", s.getId())
              .getResultList()
              .isEmpty(),
          "sampleId",
          "lims.backup.already",
          s.getSampleNumber());
    }
    BigDecimal quantity = SampleFormRules.positiveDecimal(p.quantity(), "quantity", v);
    LocalDate shelfLifeEnd = SampleFormRules.date(p.shelfLifeEnd(), "shelfLifeEnd", v);
    v.throwIfAny();
    BackupSample b =
        new BackupSample(
            s,
            new BackupSample.Placement(
                p.store().strip(),
                p.shelf().strip(),
                quantity,
                p.quantityUnit().strip(),
                p.condition(),
                shelfLifeEnd),
            users.current().getUsername(),
            clock.instant());
    // recorded after the report: the retention end follows the conclusion already issued
    conclusions.approved(s.getId()).ifPresent(a -> b.concluded(a.approvedOn(), a.conforming()));
    em.persist(b);
    em.flush();
    audit.created(
        ENTITY,
        b.getId(),
        s.getSampleNumber() + " " + b.getStore() + "/" + b.getShelf() + " " + b.quantity().text());
    return data(b);
  }

  /** The store's backups in one view: the caller's lab's, or every lab's for a supervisor. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<BackupData> list(String view) {
    View w = view(view);
    User me = users.current();
    Long labId = isLabStaff(me) ? me.getOrganization().getId() : null;
    LocalDate today = today();
    String where =
        switch (w) {
          case HELD -> "b.state = :held";
          case DUE_THIS_WEEK ->
              "b.state = :held and b.retentionEnd >= :from and b.retentionEnd <= :to";
          case OVERDUE -> "b.state = :held and b.retentionEnd < :today";
          case TAKEN_OUT -> "b.state = :takenOut";
          case DISPOSED -> "b.state = :disposed";
        };
    var q =
        em.createQuery(
                "select b from BackupSample b where "
                    + where
                    + (labId == null ? "" : " and b.lab.id = :lab")
                    + " order by b.retentionEnd, b.id",
                BackupSample.class)
            .setMaxResults(500);
    switch (w) {
      case HELD -> q.setParameter("held", BackupState.HELD);
      case DUE_THIS_WEEK -> {
        LocalDate[] week = BackupRetention.week(today);
        q.setParameter("held", BackupState.HELD)
            .setParameter("from", week[0])
            .setParameter("to", week[1]);
      }
      case OVERDUE -> q.setParameter("held", BackupState.HELD).setParameter("today", today);
      case TAKEN_OUT -> q.setParameter("takenOut", BackupState.TAKEN_OUT);
      case DISPOSED -> q.setParameter("disposed", BackupState.DISPOSED);
    }
    if (labId != null) {
      q.setParameter("lab", labId);
    }
    return q.getResultStream()
        .map(this::data)
        // an overdue backup that a pending request still needs is not overdue
        .filter(b -> w != View.OVERDUE || b.overdue())
        .toList();
  }

  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public BackupData get(long id) {
    return data(visible(id));
  }

  /** Out of the store for a re-inspection: custody passes to the re-inspection laboratory. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public BackupData takeOut(long id, BackupTakeOut t) {
    BackupSample b = mine(id);
    Violations v = Violations.of(validator, t);
    LocalDate on = day(t.takenOutOn(), "takenOutOn", v);
    Organization to = t.labId() == null ? null : em.find(Organization.class, t.labId());
    v.addIf(
        t.labId() != null && (to == null || to.getKind() != OrganizationKind.LABORATORY),
        "labId",
        "lims.field.unknownReference",
        t.labId());
    v.throwIfAny();
    b.takeOut(on, users.current().getUsername(), to, t.receiver().strip());
    audit.recordCaptured(null);
    return data(b);
  }

  /**
   * Disposed of before a witness: only after the retention end, and never while a re-inspection or
   * objection of the sample is pending.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public BackupData dispose(long id, BackupDisposal d) {
    BackupSample b = mine(id);
    Violations v = Violations.of(validator, d);
    LocalDate on = day(d.disposedOn(), "disposedOn", v);
    v.throwIfAny();
    b.dispose(
        on,
        d.how().strip(),
        users.current().getUsername(),
        d.witness().strip(),
        pending(b.getSample().getId()));
    audit.recordCaptured(null);
    return data(b);
  }

  /** The report's conclusion sets the retention end (a later version replaces it). */
  @PermitAll
  public void onReportIssued(@Observes ReportIssued issued) {
    for (BackupSample b :
        em.createNamedQuery(BackupSample.OF_SAMPLE, BackupSample.class)
            .setParameter("sample", issued.sampleId())
            .getResultList()) {
      b.concluded(issued.issuedOn(), issued.conclusion() == Verdict.CONFORMING);
    }
  }

  /**
   * Whether a sample's backup can serve a re-inspection requested on a day: none recorded (the lab
   * keeps no record in this system) answers yes; gone (taken out, disposed) or past its retention
   * end answers no (Art. 33: no re-inspection with an expired backup).
   */
  @PermitAll
  public boolean usableForReinspection(long sampleId, LocalDate on) {
    return em.createNamedQuery(BackupSample.OF_SAMPLE, BackupSample.class)
        .setParameter("sample", sampleId)
        .getResultStream()
        .allMatch(b -> b.usableFor(on));
  }

  /**
   * For the deadline sweep: the backups still in a store whose retention ended before {@code today}
   * and that no pending re-inspection or objection needs, as (id, retention end, lab id, region id
   * of the sample).
   */
  @PermitAll
  public List<Object[]> overdueForDisposal(LocalDate today) {
    return em.createNamedQuery(BackupSample.HELD, BackupSample.class)
        .setParameter("today", today)
        .getResultStream()
        .filter(
            b ->
                BackupRetention.overdue(b.getRetentionEnd(), pending(b.getSample().getId()), today))
        .map(
            b ->
                new Object[] {
                  b.getId(),
                  b.getRetentionEnd(),
                  b.getLab().getId(),
                  b.getSample().getRegion().getId()
                })
        .toList();
  }

  private BackupData data(BackupSample b) {
    User me = users.current();
    boolean mine =
        isLabStaff(me) && Objects.equals(me.getOrganization().getId(), b.getLab().getId());
    return BackupData.of(b, pending(b.getSample().getId()), today(), mine);
  }

  private boolean pending(long sampleId) {
    return pendingRequests.pending(sampleId);
  }

  private BackupSample visible(long id) {
    BackupSample b = em.find(BackupSample.class, id);
    User me = users.current();
    if (b == null || (isLabStaff(me) && !me.getOrganization().getId().equals(b.getLab().getId()))) {
      throw new NotFoundException(ENTITY, id);
    }
    return b;
  }

  private BackupSample mine(long id) {
    BackupSample b = visible(id);
    if (!b.getLab().getId().equals(myLab().getId())) {
      throw new AccessDeniedException("lims.sample.notYourLab");
    }
    return b;
  }

  private Organization myLab() {
    Organization org = users.current().getOrganization();
    if (org == null || org.getKind() != OrganizationKind.LABORATORY) {
      throw new AccessDeniedException("lims.sample.notYourLab");
    }
    return org;
  }

  private static boolean isLabStaff(User me) {
    return me.has(Role.LAB_TECH) || me.has(Role.LAB_REVIEWER);
  }

  private LocalDate day(String text, String field, Violations v) {
    if (text == null || text.isBlank()) {
      return today();
    }
    LocalDate d = SampleFormRules.date(text, field, v);
    v.addIf(d != null && d.isAfter(today()), field, "lims.case.step.future", today());
    return d;
  }

  private static View view(String text) {
    if (text == null || text.isBlank()) {
      return View.HELD;
    }
    try {
      return View.valueOf(text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("view", "lims.list.filter.invalid", text);
    }
  }

  private LocalDate today() {
    return CivilTime.today(clock);
  }
}
