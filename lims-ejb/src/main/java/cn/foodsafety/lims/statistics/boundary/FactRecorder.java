package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.kernel.CaseClosed;
import cn.foodsafety.lims.kernel.CaseOpened;
import cn.foodsafety.lims.kernel.CaseOverturned;
import cn.foodsafety.lims.kernel.CaseStepRecorded;
import cn.foodsafety.lims.kernel.CaseWithdrawn;
import cn.foodsafety.lims.kernel.ExtensionDecided;
import cn.foodsafety.lims.kernel.ReportAmended;
import cn.foodsafety.lims.kernel.ReportIssued;
import cn.foodsafety.lims.kernel.ResultsSubmitted;
import cn.foodsafety.lims.kernel.SampleAccepted;
import cn.foodsafety.lims.kernel.SampleAssigned;
import cn.foodsafety.lims.kernel.SampleCollected;
import cn.foodsafety.lims.kernel.SampleRejected;
import cn.foodsafety.lims.masterdata.boundary.CalendarDays;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.ChangeLog;
import cn.foodsafety.lims.statistics.control.Facts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Keeps the statistics facts in step with the domain: every event that changes what a figure counts
 * recomputes the sample's or the case's facts from its raw rows, in the transaction of the change
 * (synchronous observers, {@code MANDATORY}): the change and its facts commit together or not at
 * all, and no update is lost. The monthly counts move by appended differences, so many samplers
 * submitting at once do not wait on a shared counter row. Every transaction that writes facts
 * appends its row to the {@link ChangeLog} (once), so that the figures kept in any server's memory
 * ({@link FiguresCache}) are computed again after it commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FactRecorder {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject WorkingCalendars calendars;

  public void collected(@Observes SampleCollected e) {
    sample(e.sampleId());
  }

  public void assigned(@Observes SampleAssigned e) {
    sample(e.sampleId());
  }

  public void received(@Observes SampleAccepted e) {
    sample(e.sampleId());
  }

  public void rejected(@Observes SampleRejected e) {
    sample(e.sampleId());
  }

  public void submitted(@Observes ResultsSubmitted e) {
    sample(e.sampleId());
  }

  public void issued(@Observes ReportIssued e) {
    sample(e.sampleId());
  }

  public void amended(@Observes ReportAmended e) {
    sample(e.sampleId());
  }

  public void opened(@Observes CaseOpened e) {
    caseOf(e.caseId());
  }

  public void stepRecorded(@Observes CaseStepRecorded e) {
    caseOf(e.caseId());
  }

  public void extensionDecided(@Observes ExtensionDecided e) {
    caseOf(e.caseId());
  }

  public void closed(@Observes CaseClosed e) {
    caseOf(e.caseId());
  }

  public void overturned(@Observes CaseOverturned e) {
    caseOf(e.caseId());
    sample(e.sampleId());
  }

  public void withdrawn(@Observes CaseWithdrawn e) {
    caseOf(e.caseId());
  }

  /**
   * A holiday or make-up working day entered, changed or removed: the lab turnaround of the samples
   * whose working days span that day is counted again on the calendar as this transaction sees it,
   * in the transaction of the calendar change.
   */
  public void calendarChanged(@Observes CalendarDays.CalendarChanged e) {
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      Facts.recountTurnaround(c, e.date(), calendars.inThisTransaction());
      ChangeLog.mark(c);
    } catch (SQLException x) {
      throw new IllegalStateException("turnaround facts around " + e.date(), x);
    }
  }

  private void sample(long id) {
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      Facts.refreshSample(c, id, calendars.current());
      ChangeLog.mark(c);
    } catch (SQLException x) {
      throw new IllegalStateException("facts of sample " + id, x);
    }
  }

  private void caseOf(long id) {
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      Facts.refreshCase(c, id);
      ChangeLog.mark(c);
    } catch (SQLException x) {
      throw new IllegalStateException("facts of case " + id, x);
    }
  }
}
