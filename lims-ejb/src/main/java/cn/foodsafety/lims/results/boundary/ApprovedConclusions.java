package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.sampling.boundary.SampleOutcomes;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The approved conclusion of a sample, for the retention of its backup (sampling asks). */
@Dependent
public class ApprovedConclusions implements SampleOutcomes.Conclusions {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SampleOutcomes.Concluded> approved(long sampleId) {
    return em.createQuery(
            "select a.approvedAt, a.conclusion from Analysis a where a.sampleId = :sample"
                + " and a.approvedAt is not null",
            Object[].class)
        .setParameter("sample", sampleId)
        .getResultStream()
        .findFirst()
        .map(
            a ->
                new SampleOutcomes.Concluded(
                    CivilTime.dayOf(((OffsetDateTime) a[0]).toInstant()),
                    a[1] == Verdict.CONFORMING));
  }
}
