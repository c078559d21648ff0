package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.kernel.ReportAmended;
import cn.foodsafety.lims.kernel.ReportIssued;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.control.LabAccess;
import cn.foodsafety.lims.results.control.LabDeadlines;
import cn.foodsafety.lims.results.control.SampleConclusion;
import cn.foodsafety.lims.results.control.TestReportText;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.results.entity.TestReport;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Review and approval of a laboratory's results: a second person confirms or returns them, the
 * approver signs with the password and the test report is issued (rendered, numbered, stored byte
 * for byte with its SHA-256, the signature audited); a correction after approval reopens the
 * results for a new report version; the lab records that the conclusion went to the regulator.
 */
@Stateless
public class Reviews {
  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Event<ReportIssued> issued;

  @Inject Event<ReportAmended> amended;

  @Inject Users users;

  @Inject WorkingCalendars calendars;

  @Inject cn.foodsafety.lims.masterdata.boundary.Settings settings;

  @Inject Analyses analyses;

  @Inject Clock clock = Clock.systemUTC();

  /** A reviewer who did not enter any of the results confirms them. */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public ResultSheet review(long sampleId) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Analysis a = analyses.current(s);
    a.review(me.getUsername(), clock.instant());
    em.flush();
    analyses.stateChanged(a, AnalysisState.ENTERED, null);
    return analyses.sheet(s, a);
  }

  /** Sent back to the analyst, with the reason. */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public ResultSheet reject(long sampleId, Reason reason) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Violations.of(validator, reason).throwIfAny();
    Analysis a = analyses.current(s);
    AnalysisState before = a.getState();
    a.reject(reason.reason().strip());
    em.flush();
    analyses.stateChanged(a, before, a.getReturnedReason());
    return analyses.sheet(s, a);
  }

  /**
   * The approver signs with the password: the report is rendered, stored byte for byte with its
   * SHA-256 and the signature is audited (who, when, which report version, which hash). The
   * conclusion is then due at the regulator within 2 (non-conforming) or 7 working days.
   */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public ReportData approve(long sampleId, Signature signature) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Violations.of(validator, signature).throwIfAny();
    Analysis a = analyses.current(s);
    a.requireApprovableBy(me.getUsername());
    requireSignature(me, signature);
    return issue(s, a, me);
  }

  /**
   * The reviewer signs once for several reviewed samples (the day's reports): each is checked and
   * issued as {@link #approve} does, all or (one refused) none.
   */
  @RolesAllowed(Role.LAB_REVIEWER_NAME)
  public List<ReportData> approveAll(List<Long> sampleIds, Signature signature) {
    User me = users.current();
    Violations.of(validator, signature).throwIfAny();
    List<Sample> samples = new ArrayList<>();
    List<Analysis> analyses = new ArrayList<>();
    for (Long id : sampleIds) {
      Sample s = LabAccess.labSample(em, id, me);
      Analysis a = this.analyses.current(s);
      a.requireApprovableBy(me.getUsername());
      samples.add(s);
      analyses.add(a);
    }
    requireSignature(me, signature);
    List<ReportData> reports = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      reports.add(issue(samples.get(i), analyses.get(i), me));
    }
    return reports;
  }

  private void requireSignature(User me, Signature signature) {
    if (users.verify(me.getUsername(), signature.password().toCharArray()).isEmpty()) {
      throw InvalidInputException.of("password", "lims.result.signature.wrongPassword");
    }
  }

  /** Renders, stores and signs the next report version of an approvable analysis. */
  private ReportData issue(Sample s, Analysis a, User me) {
    long sampleId = s.getId();
    em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Instant now = clock.instant();
    LocalDate today = CivilTime.dayOf(now);
    WorkingDayCalendar calendar = calendars.current();
    String number =
        a.getReportNumber() != null
            ? a.getReportNumber()
            : TestReportText.newReportNumber(em, a.getLab(), today).toString();
    List<SampleItem> tested = a.tested();
    Verdict conclusion = SampleConclusion.of(SampleConclusion.judged(tested));
    int version = a.getReportVersion() + 1;
    byte[] pdf =
        TestReportText.render(
            s, a, tested, number, version, me.getUsername(), now, this::displayName);
    String sha = TestReportText.sha256(pdf);
    // a failing serious hazard (illegal addition, banned substance) is reported within 24 hours
    boolean seriousHazard =
        conclusion == Verdict.NON_CONFORMING
            && tested.stream()
                .anyMatch(
                    i ->
                        i.getVerdict() == Verdict.NON_CONFORMING
                            && i.getTestItem() != null
                            && i.getTestItem().isSeriousHazard());
    a.approve(
        me.getUsername(),
        now,
        number,
        seriousHazard
            ? LabDeadlines.seriousHazardDue(
                now,
                settings.intValue(
                    "lab.seriousHazard.reportHours", LabDeadlines.SERIOUS_HAZARD_HOURS))
            : LabDeadlines.conclusionDue(calendar, today, conclusion),
        seriousHazard);
    TestReport report =
        new TestReport(
            s,
            version,
            number,
            conclusion,
            now,
            me.getUsername(),
            version > 1 ? a.getAmendmentReason() : null,
            pdf,
            sha);
    em.persist(report);
    em.flush();
    analyses.stateChanged(a, AnalysisState.REVIEWED, null);
    audit.recordCaptured(null);
    audit.created(
        Results.REPORT, report.getId(), number + " v" + version + " " + conclusion.name());
    audit.action(
        AuditAction.SIGN,
        Results.REPORT,
        report.getId(),
        "signature",
        null,
        "report " + number + " version " + version + " SHA-256 " + sha,
        version > 1 ? a.getAmendmentReason() : null);
    issued.fire(new ReportIssued(sampleId, conclusion, version, today));
    return ReportData.of(report);
  }

  /**
   * A correction after approval: the results become editable again, with the reason; the next
   * approval issues a new report version and the issued ones stay as they are.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet amend(long sampleId, Reason reason) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Violations.of(validator, reason).throwIfAny();
    Analysis a = analyses.current(s);
    a.amend(reason.reason().strip());
    em.flush();
    analyses.stateChanged(a, AnalysisState.APPROVED, a.getAmendmentReason());
    amended.fire(new ReportAmended(sampleId, a.getAmendmentReason()));
    return analyses.sheet(s, a);
  }

  /** The lab has sent the approved conclusion to the regulator. */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ResultSheet conclusionReported(long sampleId) {
    User me = users.current();
    Sample s = LabAccess.labSample(em, sampleId, me);
    Analysis a = analyses.current(s);
    a.conclusionReported(clock.instant());
    audit.recordCaptured(null);
    return analyses.sheet(s, a);
  }

  /** The name a report prints for a user (the display name, else the user name). */
  private String displayName(String username) {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(u -> u.getDisplayName() == null ? username : u.getDisplayName())
        .orElse(username);
  }
}
