package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.boundary.SampleAccepted;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Begins the laboratory's work on a received sample: its {@link Analysis} and its items, one per
 * test item of the sample's category (and the categories above it), each with a snapshot of its
 * limit as it stands at receipt. Not a use case of its own: it always joins the caller's
 * transaction (the receipt, or for samples received before items were created at receipt, the lab's
 * first use of the sample), and audits what it creates there.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Analyses {

  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject TestItems testItems;

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
   * Begins the work on a received sample. Ids come from the sequence on persist, so nothing is
   * flushed or queried again here (an import starts thousands of samples in one transaction).
   * {@code byCategory} keeps the test items of the categories already seen.
   */
  public Started start(Sample s, Map<Long, List<TestItem>> byCategory) {
    if (s.getState() != SampleState.RECEIVED) {
      throw new RuleViolationException("lims.result.notReceived", s.getState());
    }
    Analysis a = new Analysis(s);
    em.persist(a);
    List<SampleItem> created = new ArrayList<>();
    for (TestItem t : byCategory.computeIfAbsent(s.getCategory().getId(), testItems::forCategory)) {
      SampleItem i = new SampleItem(s, t, false, null);
      em.persist(i);
      created.add(i);
    }
    audit.action(
        AuditAction.CREATE, Results.ANALYSIS, s.getId(), "state", null, a.getState().name(), null);
    for (SampleItem i : created) {
      audit.created(
          Results.ITEM, i.getId(), i.getAnalyte() + " " + i.limitText() + " " + i.getLimitUnit());
    }
    return new Started(a, created);
  }
}
