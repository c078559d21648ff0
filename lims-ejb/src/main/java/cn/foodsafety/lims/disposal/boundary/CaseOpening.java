package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.control.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.results.boundary.ReportIssued;
import cn.foodsafety.lims.results.control.Verdict;
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
import java.util.Objects;

/**
 * Opens the follow-up when a non-conforming report is approved, in the approval's transaction: one
 * case per sample, assigned to the regulator of the sampled party's county-level unit, the
 * producer's regulator told when the producer is elsewhere. The regulator receives the conclusion
 * through this system on the day of approval, so the 90 days (per level, a setting) run from then.
 * A later report version that finds the sample conforming withdraws the case.
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

  @Inject Clock clock = Clock.systemUTC();

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
                // the state the case had reached (accepted, delivered, ...), not always OPEN
                CaseState before = c.getState();
                c.withdraw(issued.issuedOn());
                audit.changed(
                    ENTITY,
                    c.getId(),
                    new AuditTrail.Changes().compare("state", before, c.getState()),
                    "report version " + issued.version() + ": conforming");
                withdrawn.fire(new CaseWithdrawn(c.getId(), issued.sampleId()));
              });
      return;
    }
    if (!existing.isEmpty()) {
      return;
    }
    Organization responsible = Regulators.of(em, sample.getRegion());
    if (responsible == null) {
      throw new IllegalStateException("no market regulator for " + sample.getRegion().getName());
    }
    Region producerRegion = sample.getProducer() == null ? null : sample.getProducer().getRegion();
    Organization producerRegulator =
        producerRegion == null || producerRegion.getId().equals(sample.getRegion().getId())
            ? null
            : Regulators.of(em, producerRegion);
    if (producerRegulator != null
        && Objects.equals(producerRegulator.getId(), responsible.getId())) {
      producerRegulator = null;
    }
    boolean microbiological =
        em.createNamedQuery(SampleItem.FAILING_OF_SAMPLE, SampleItem.class)
            .setParameter("sample", sample.getId())
            .getResultStream()
            .anyMatch(SampleItem::isMicrobiological);
    int days =
        settings.intValue(
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
            clock.instant());
    em.persist(c);
    em.flush();
    audit.created(
        ENTITY,
        c.getId(),
        c.getCaseNumber()
            + " "
            + responsible.getName()
            + " deadline "
            + c.getDeadline()
            + (producerRegulator == null
                ? ""
                : " producer regulator " + producerRegulator.getName()));
    opened.fire(new CaseOpened(c.getId(), sample.getId()));
  }
}
