package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.kernel.CaseOverturned;
import cn.foodsafety.lims.kernel.SampleAccepted;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.results.control.SampleConclusion;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Begins the laboratory's work on a received sample: its {@link Analysis} and its items, one per
 * test item of the sample's category (and the categories above it), each with a snapshot of its
 * limit as it stands at receipt. Not a use case of its own: it always joins the caller's
 * transaction (the receipt, or for samples received before items were created at receipt, the lab's
 * first use of the sample), and audits what it creates there. The results boundaries (entry,
 * reviews, reports, worklists, imports) find the work, its items and its sheet here too.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Analyses {

  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject TestItems testItems;

  @Inject Clock clock = Clock.systemUTC();

  /** The lab work begun on a sample: its analysis and its items. */
  public record Started(Analysis analysis, List<SampleItem> items) {}

  /** The laboratory has accepted a sample: its work begins in the receipt's transaction. */
  public void accepted(@Observes SampleAccepted event) {
    Sample s = em.find(Sample.class, event.sampleId());
    if (s == null) {
      throw new NotFoundException(Results.SAMPLE, event.sampleId());
    }
    if (em.find(Analysis.class, s.getId()) == null) {
      start(s, new HashMap<>());
    }
  }

  /**
   * A re-inspection found the food conforming (the disposal component's case was overturned): a
   * non-conforming conclusion becomes conforming, the issued report versions stay as issued, and
   * the analysis gets an audit record. Called before the other observers (the statistics facts read
   * the new conclusion).
   */
  public void overturned(@Observes @Priority(Interceptor.Priority.APPLICATION) CaseOverturned e) {
    Analysis a = em.find(Analysis.class, e.sampleId());
    if (a == null) {
      return;
    }
    // what the case's use case changed so far is recorded with its own reason, not this one
    audit.recordCaptured();
    if (a.overturn()) {
      audit.recordCaptured("re-inspection overturned the conclusion (case " + e.caseNumber() + ")");
    }
  }

  /**
   * Begins the work on a received sample. Ids come from the sequence on persist, so nothing is
   * flushed or queried again here (an import starts thousands of samples in one transaction).
   * {@code byCategory} keeps the test items of the categories already seen.
   */
  public Started start(Sample s, Map<Long, List<TestItem>> byCategory) {
    if (s.getState() != SampleState.RECEIVED) {
      throw new RuleViolationException("lims.result.notReceived", s.getState());
    }
    Analysis a = new Analysis(s);
    List<SampleItem> created = new ArrayList<>();
    for (TestItem t : byCategory.computeIfAbsent(s.getCategory().getId(), testItems::forCategory)) {
      created.add(a.plan(t));
    }
    // the items with it (cascade): the sequence gives their ids now, nothing is flushed
    em.persist(a);
    audit.action(
        AuditAction.CREATE, Results.ANALYSIS, s.getId(), "state", null, a.getState().name(), null);
    for (SampleItem i : created) {
      audit.created(Results.ITEM, i.getId(), i.getAnalyte() + " " + i.limit().text());
    }
    return new Started(a, created);
  }

  /**
   * The sample's lab work. The fallback for samples received before receipt created their items:
   * the lab's first use of such a sample begins its work, in that use case's transaction.
   */
  public Analysis current(Sample s) {
    Analysis a = em.find(Analysis.class, s.getId());
    return a != null ? a : start(s, new HashMap<>()).analysis();
  }

  /** The items a sample has, or would get at its first look (to check a file without writing). */
  public List<SampleItem> plannedItems(Sample s, Analysis a, Map<Long, List<TestItem>> byCategory) {
    if (a != null) {
      return a.getItems();
    }
    return byCategory.computeIfAbsent(s.getCategory().getId(), testItems::forCategory).stream()
        .map(t -> SampleItem.preview(s, t, false))
        .toList();
  }

  /** The sample's results as the API answers them. */
  public ResultSheet sheet(Sample s, Analysis a) {
    LocalDate today = CivilTime.today(clock);
    List<SampleItem> items = a.getItems();
    List<SampleConclusion.Judged> judged = SampleConclusion.judged(a.tested());
    return new ResultSheet(
        s.getId(),
        s.getSampleNumber(),
        s.getBlindCode(),
        s.getFoodName(),
        a.getState().name(),
        a.getReportDue(),
        a.isReportOverdue(today),
        a.getConclusion() == null ? null : a.getConclusion().name(),
        SampleConclusion.failures(judged),
        a.getConclusionDue(),
        a.isConclusionOverdue(today),
        a.getConclusionReportedAt(),
        a.getEnteredBy(),
        a.getEnteredAt(),
        a.getReviewedBy(),
        a.getReviewedAt(),
        a.getApprovedBy(),
        a.getApprovedAt(),
        a.getReturnedReason(),
        a.getAmendmentReason(),
        a.getReportNumber(),
        a.getReportVersion(),
        a.getVersion(),
        items.stream().map(ItemData::of).toList());
  }

  /** Audits a change of the analysis's state. */
  public void stateChanged(Analysis a, AnalysisState before, String reason) {
    audit.action(
        AuditAction.STATE_CHANGE,
        Results.ANALYSIS,
        a.getSampleId(),
        "state",
        before.name(),
        a.getState().name(),
        reason);
  }
}
