package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.sampling.boundary.SampleOutcomes;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a re-inspection or an objection of a sample is pending (sampling's backups ask). */
@Dependent
public class PendingReinspections implements SampleOutcomes.PendingRequests {

  /** Requested, not refused and without an outcome; an objection: raised and not decided. */
  static final String PENDING_REQUEST =
      "select count(c) from FollowUpCase c where c.sample.id = :sample"
          + " and ((c.reinspectionRequestedOn is not null and c.outcomeOn is null"
          + " and c.requestRefusedOn is null)"
          + " or (c.objectionRaisedOn is not null and c.objectionDecidedOn is null))";

  @PersistenceContext EntityManager em;

  @Override
  public boolean pending(long sampleId) {
    return em.createQuery(PENDING_REQUEST, Long.class)
            .setParameter("sample", sampleId)
            .getSingleResult()
        > 0;
  }
}
