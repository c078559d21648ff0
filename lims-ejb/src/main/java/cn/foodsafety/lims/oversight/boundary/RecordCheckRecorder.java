package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.kernel.CaseOpened;
import cn.foodsafety.lims.kernel.CaseStepRecorded;
import cn.foodsafety.lims.kernel.ExtensionDecided;
import cn.foodsafety.lims.kernel.ReportAmended;
import cn.foodsafety.lims.kernel.ReportIssued;
import cn.foodsafety.lims.kernel.ResultsSubmitted;
import cn.foodsafety.lims.kernel.SampleAccepted;
import cn.foodsafety.lims.kernel.SampleCollected;
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
 * Runs the record checks on a sample, its result items and its case whenever they are saved (taken,
 * received, results submitted, report issued or amended, case opened, a case step recorded, an
 * extension decided), after the change has committed and in a transaction of its own: a check never
 * holds up or undoes the work it looks at, and the findings see the saved record. A check that
 * fails is logged; the on-demand run over the period catches up.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RecordCheckRecorder {

  private static final Logger LOG = Logger.getLogger(RecordCheckRecorder.class.getName());

  static final String SYSTEM = "record-check";

  @Inject RecordCheckRuns runs;

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

  public void caseOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseOpened e) {
    check(e.sampleId());
  }

  public void stepRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseStepRecorded e) {
    checkCase(e.caseId());
  }

  public void extensionDecided(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ExtensionDecided e) {
    checkCase(e.caseId());
  }

  private void checkCase(long caseId) {
    try {
      runs.checkCase(caseId, SYSTEM);
    } catch (RuntimeException x) {
      LOG.log(Level.WARNING, "record checks of case " + caseId + " failed", x);
    }
  }

  private void check(long sampleId) {
    try {
      runs.checkSample(sampleId, SYSTEM);
    } catch (RuntimeException x) {
      LOG.log(Level.WARNING, "record checks of sample " + sampleId + " failed", x);
    }
  }
}
