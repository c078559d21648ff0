package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.platform.control.ChangeLog;
import cn.foodsafety.lims.statistics.control.FiguresReport;
import cn.foodsafety.lims.statistics.control.KeptFigures;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * This server's figures kept until their facts change (see {@link KeptFigures} for the rule and
 * {@link ChangeLog} for why it is exact on every server of a deployment group): the dashboard, the
 * figures API, the summary PDF and the workbook read the figures' inputs through it (the plan's
 * progress reads its own count of the facts, {@link CollectedBatchFacts}, and keeps nothing). A
 * transaction that has itself changed facts or plans reads them from the database and keeps nothing
 * (what it sees is not committed).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class FiguresCache {

  /** Distinct periods and groups kept (each a few thousand numbers). */
  static final int CAPACITY = 200;

  private final KeptFigures<FiguresReport.Inputs> kept =
      new KeptFigures<>(CAPACITY, System::nanoTime);

  /** The inputs of the frame, computed or as kept under the change log's current fingerprint. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public FiguresReport.Inputs inputs(
      Connection c, Statistics.Frame f, KeptFigures.Computation<FiguresReport.Inputs> computation)
      throws SQLException {
    if (ChangeLog.marked()) {
      return computation.compute();
    }
    ChangeLog.Fingerprint fingerprint = ChangeLog.fingerprint(c);
    return kept.get(
        KeptFigures.Key.of(f.period(), f.scope(), f.units(), f.reference()),
        fingerprint,
        computation);
  }
}
