package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.control.ResponsibilityRules;
import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.ProblemStage;
import cn.foodsafety.lims.disposal.entity.ProducerRoute;
import cn.foodsafety.lims.kernel.CaseOpened;
import cn.foodsafety.lims.kernel.CaseWithdrawn;
import cn.foodsafety.lims.kernel.ReportIssued;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.boundary.SamplingKinds;
import cn.foodsafety.lims.planning.control.KindRules;
import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Opens the follow-up when a non-conforming report is approved, in the approval's transaction: one
 * case per sample, assigned to the regulator where the problem arose ({@link ResponsibilityRules}:
 * the producer's for a sample taken at its producer, else the sampled operator's), with the
 * producer's side ({@link ResponsibilityOpening}: an investigation task in the city, an assistance
 * request elsewhere) and an immediate alert for a serious hazard. The regulator receives the
 * conclusion through this system on the day of approval, so the 90 days (per level, a setting) run
 * from then. A later report version that finds the sample conforming withdraws the case.
 */
@Stateless
@PermitAll
public class CaseOpening {

  static final String ENTITY = "FollowUpCase";

  @PersistenceContext EntityManager em;

  @Inject jakarta.enterprise.event.Event<CaseOpened> opened;

  @Inject jakarta.enterprise.event.Event<CaseWithdrawn> withdrawn;

  @Inject AuditTrail audit;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject SamplingKinds kinds;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * Whether a failing item of the sample is a serious hazard (illegal addition, banned substance).
   */
  private boolean seriousHazard(long sampleId) {
    return em.createNamedQuery(SampleItem.FAILING_OF_SAMPLE, SampleItem.class)
        .setParameter("sample", sampleId)
        .getResultStream()
        .anyMatch(i -> i.getTestItem() != null && i.getTestItem().isSeriousHazard());
  }

  public void onReportIssued(@Observes ReportIssued issued) {
    Sample sample = em.find(Sample.class, issued.sampleId());
    List<FollowUpCase> existing =
        em.createNamedQuery(FollowUpCase.OF_SAMPLE, FollowUpCase.class)
            .setParameter("sample", issued.sampleId())
            .getResultList();
    if (issued.conclusion() == Verdict.CONFORMING) {
      existing.stream()
          .filter(c -> !c.getState().isClosed())
          .forEach(
              c -> {
                // the trail has the state the case had reached (accepted, delivered, ...);
                // recorded now, in the approval's transaction, apart from the report's changes
                c.withdraw(issued.issuedOn());
                audit.recordCaptured(
                    ENTITY, c.getId(), "report version " + issued.version() + ": conforming");
                withdrawn.fire(new CaseWithdrawn(c.getId(), issued.sampleId()));
              });
      return;
    }
    if (!existing.isEmpty()) {
      return;
    }
    // the regulator where the problem arose: the producer's for a sample taken at its producer,
    // the sampled operator's in trade, catering and online sales (DOMAIN.md)
    ProblemStage stage = ResponsibilityRules.stage(sample.getParty().getKind());
    Region producerRegion = sample.getProducer() == null ? null : sample.getProducer().getRegion();
    String producerName = sample.getProducer() == null ? null : sample.getProducer().getName();
    Organization responsible =
        Regulators.of(
            em, ResponsibilityRules.responsibleRegion(stage, sample.getRegion(), producerRegion));
    if (responsible == null) {
      throw new IllegalStateException("no market regulator for " + sample.getRegion().getName());
    }
    ProducerRoute producerRoute =
        ResponsibilityRules.producerRoute(stage, producerName, producerRegion, sample.getRegion());
    Organization producerRegulator =
        producerRoute == ProducerRoute.INVESTIGATION ? Regulators.of(em, producerRegion) : null;
    if (producerRegulator == null && producerRoute == ProducerRoute.INVESTIGATION) {
      producerRoute = ProducerRoute.ASSISTANCE;
    }
    boolean microbiological =
        em.createNamedQuery(SampleItem.FAILING_OF_SAMPLE, SampleItem.class)
            .setParameter("sample", sample.getId())
            .getResultStream()
            .anyMatch(SampleItem::isMicrobiological);
    // the kind of sampling decides the follow-up: a risk-monitoring problem is controlled and
    // inspected within the kind's own days, not verified and disposed of in 90 (DOMAIN.md)
    KindRules.Rules rules = kinds.rules().of(sample.getKind());
    int days =
        rules.followUp() == FollowUpRoute.RISK_CONTROL
            ? rules.followUpDays()
            : settings.intValue(
                "case.disposalDays." + sample.getLevel().name(), CaseClock.DEFAULT_DISPOSAL_DAYS);
    CaseClock caseClock = new CaseClock(calendars.current());
    FollowUpCase c =
        new FollowUpCase(
                sample,
                responsible,
                producerRegulator,
                microbiological,
                issued.issuedOn(),
                days,
                caseClock.statutoryDeadline(issued.issuedOn(), days),
                clock.instant())
            .along(rules.followUp(), rules.reinspection());
    em.persist(c);
    em.flush();
    audit.created(
        ENTITY,
        c.getId(),
        c.getCaseNumber()
            + " "
            + c.getKind()
            + " "
            + c.getRoute()
            + " "
            + responsible.getName()
            + " deadline "
            + c.getDeadline()
            + (producerRegulator == null
                ? ""
                : " producer regulator " + producerRegulator.getName()));
    ResponsibilityOpening.opened(
        em,
        settings,
        audit,
        c,
        stage,
        producerRoute,
        producerRegulator,
        seriousHazard(sample.getId()),
        calendars.current(),
        clock.instant());
    opened.fire(new CaseOpened(c.getId(), sample.getId()));
  }
}
