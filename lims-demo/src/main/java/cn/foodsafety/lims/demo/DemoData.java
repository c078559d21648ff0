package cn.foodsafety.lims.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the demonstration year in the background once the application has started (system property
 * {@code lims.demo.data=true}, which {@code ./lims run} sets on the embedded database only): a
 * single timer a few seconds after deployment, so that the pages answer at once while the data is
 * written. Written once: nothing happens when the year's plan already exists. {@code
 * lims.demo.samples} sets the number of samples (default 1,200; the embedded-database test uses
 * fewer).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final int DEFAULT_SAMPLES = 1200;

  @Resource TimerService timers;

  @Inject DemoYear year;

  @PostConstruct
  void schedule() {
    if (!Boolean.getBoolean("lims.demo.data")) {
      return;
    }
    DemoProgress.waiting();
    timers.createSingleActionTimer(5_000, new TimerConfig("lims-demo-data", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void write() {
    int samples = Integer.getInteger("lims.demo.samples", DEFAULT_SAMPLES);
    DemoProgress.writing();
    try {
      String outcome = year.write(samples);
      DemoProgress.finished(DemoProgress.State.DONE, outcome);
      LOG.info("demo data: " + outcome);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo data not written", e);
      DemoProgress.finished(DemoProgress.State.FAILED, String.valueOf(e));
    }
  }
}
