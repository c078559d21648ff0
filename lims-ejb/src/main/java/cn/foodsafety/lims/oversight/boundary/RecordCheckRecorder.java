package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.results.boundary.ReportAmended;
import cn.foodsafety.lims.results.boundary.ReportIssued;
import cn.foodsafety.lims.results.boundary.ResultsSubmitted;
import cn.foodsafety.lims.sampling.boundary.SampleAccepted;
import cn.foodsafety.lims.sampling.boundary.SampleCollected;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the record checks on a sample whenever it is saved (taken, received, results submitted,
 * report issued or amended), after the change has committed and in a transaction of its own: a
 * check never holds up or undoes the work it looks at, and the findings see the saved record. A
 * check that fails is logged; the on-demand run over the period catches up.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RecordCheckRecorder {

  private static final Logger LOG = Logger.getLogger(RecordCheckRecorder.class.getName());

  static final String SYSTEM = "record-check";

  @Inject RecordChecks checks;

  public void collected(@Observes(during = TransactionPhase.AFTER_SUCCESS) SampleCollected e) {
    check(e.sampleId());
  }

  public void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) SampleAccepted e) {
    check(e.sampleId());
  }

  public void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsSubmitted e) {
    check(e.sampleId());
  }

  public void issued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportIssued e) {
    check(e.sampleId());
  }

  public void amended(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportAmended e) {
    check(e.sampleId());
  }

  private void check(long sampleId) {
    try {
      checks.checkSample(sampleId, SYSTEM);
    } catch (RuntimeException x) {
      LOG.log(Level.WARNING, "record checks of sample " + sampleId + " failed", x);
    }
  }
}
