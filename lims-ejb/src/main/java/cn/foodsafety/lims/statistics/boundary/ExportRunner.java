package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.statistics.control.FiguresReport;
import cn.foodsafety.lims.statistics.control.ProvincialWorkbook;
import cn.foodsafety.lims.statistics.control.ResponsibilitySheets;
import cn.foodsafety.lims.statistics.control.WorkbookPart;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the provincial workbook in the background, as the user who asked for it (the caller's
 * identity goes with the asynchronous call): the figures exactly as the dashboard computes them,
 * then the workbook, the progress reported as it goes. A failure leaves a failed job and no file.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject ExportJobs jobs;

  @Inject ExportHeartbeat heartbeat;

  /** Other components' sheets (the oversight figures). */
  @Inject @Any Instance<WorkbookPart> parts;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long jobId, StatsRequest request, Locale locale, String fileName) {
    heartbeat.started(jobId);
    try (Connection c = dataSource.getConnection()) {
      jobs.progress(jobId, 1);
      Statistics.Frame frame = statistics.frame(c, request);
      FiguresReport figures = statistics.compute(c, frame, locale);
      jobs.progress(jobId, 5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // the statistics' own sheets of responsibility and serious hazards, then other components'
      List<WorkbookPart> extra =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(
                      new ResponsibilitySheets(statistics.seriousHazardHours())),
                  parts.stream())
              .sorted(Comparator.comparingInt(WorkbookPart::order))
              .toList();
      new ProvincialWorkbook(locale)
          .write(
              out,
              figures,
              c,
              frame.scope(),
              frame.reference(),
              frame.units(),
              extra,
              p -> jobs.progress(jobId, p));
      jobs.done(jobId, fileName, out.toByteArray());
    } catch (SQLException | IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "export " + jobId + " failed", e);
      jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (Error e) {
      // the job must not stay "running" for ever; the error itself goes on
      jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    } finally {
      heartbeat.ended(jobId);
    }
  }
}
