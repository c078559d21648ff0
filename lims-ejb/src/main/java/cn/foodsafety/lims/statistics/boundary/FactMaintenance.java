package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.ChangeLog;
import cn.foodsafety.lims.statistics.control.Facts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the facts usable without anyone's attention: at start-up (after the migrations; the demo
 * data of the development EAR is written later, through the boundaries, whose events feed the
 * facts) it rebuilds them from the raw rows when they do not hold as many samples and cases as the
 * raw tables (a database that existed before the facts, or rows written by plain SQL); every ten
 * minutes it compacts the appended monthly differences. Its own transactions, with a timeout long
 * enough for a province's history.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FactMaintenance {

  private static final Logger LOG = Logger.getLogger(FactMaintenance.class.getName());

  /** Seconds a rebuild may take (a province-year of 700,000 samples takes about a minute). */
  static final int REBUILD_TIMEOUT = 3600;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Resource UserTransaction tx;

  @Inject WorkingCalendars calendars;

  @PostConstruct
  void atStart() {
    try {
      boolean match;
      try (Connection c = dataSource.getConnection()) {
        match = Facts.countsMatch(c);
      }
      if (!match) {
        long[] n = rebuild();
        LOG.info(() -> "statistics facts rebuilt: " + n[0] + " samples, " + n[1] + " cases");
      }
    } catch (Exception e) {
      // the figures then show what the facts hold; the administrator's reconciliation tells
      LOG.log(Level.SEVERE, "statistics facts could not be rebuilt at start-up", e);
    }
  }

  /** Replaces every fact with what the raw rows say, in one transaction of its own. */
  public long[] rebuild() throws Exception {
    tx.setTransactionTimeout(REBUILD_TIMEOUT);
    tx.begin();
    try {
      long[] n;
      try (Connection c = dataSource.getConnection()) {
        n = Facts.rebuild(c, calendars.current());
        // after the work: the row's time is close to the commit (see ChangeLog's bound)
        ChangeLog.mark(c);
      }
      tx.commit();
      return n;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    } finally {
      tx.setTransactionTimeout(0);
    }
  }

  /** Sums the appended differences; returns the monthly rows left. */
  public long compact() throws Exception {
    tx.setTransactionTimeout(REBUILD_TIMEOUT);
    tx.begin();
    try {
      long n;
      try (Connection c = dataSource.getConnection()) {
        n = Facts.compact(c);
      }
      tx.commit();
      return n;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    } finally {
      tx.setTransactionTimeout(0);
    }
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void compactPeriodically() {
    try {
      compact();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "compaction of the statistics facts failed", e);
    }
  }
}
