package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.entity.ExportJob;
import cn.foodsafety.lims.statistics.entity.ExportState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The provincial workbook as a background export: asked for with the dashboard's period and group,
 * run asynchronously, its progress and file fetched by its owner. A user has at most one export
 * running: asking again while it runs answers the running job. The request is checked before
 * anything starts (a bad period is a field error and no job).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
public class Exports {

  static final String WORKBOOK = "PROVINCIAL_WORKBOOK";

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject ExportJobs jobs;

  @Inject ExportRunner runner;

  @Inject Clock clock = Clock.systemUTC();

  /** Starts the workbook export (or answers the one still running for this user). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ExportData requestWorkbook(StatsRequest request, Locale locale) {
    Period period =
        Period.of(
            request.year(),
            request.quarter(),
            request.month(),
            request.from(),
            request.to(),
            request.asOf(),
            CivilTime.today(clock));
    User me = users.current();
    String key =
        request.asMap().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
    ExportJobs.Claim claim = jobs.claim(me.getId(), me.getUsername(), WORKBOOK, key);
    if (claim.created()) {
      String fileName =
          "food-sampling-statistics-" + period.label() + "-asof-" + period.asOf() + ".xlsx";
      runner.run(claim.job().getId(), request, locale, fileName);
    }
    return ExportData.of(claim.job());
  }

  public List<ExportData> mine() {
    jobs.failAbandoned(users.current().getUsername());
    return em.createNamedQuery(ExportJob.OF_OWNER, Object[].class)
        .setParameter("owner", users.current().getUsername())
        .setMaxResults(20)
        .getResultStream()
        .map(ExportData::of)
        .toList();
  }

  public ExportData get(long id) {
    jobs.failAbandoned(users.current().getUsername());
    return ExportData.of(own(id));
  }

  /** The file of a finished export. */
  public record ExportFile(String fileName, byte[] content) {}

  public ExportFile file(long id) {
    ExportJob j = own(id);
    if (j.getState() != ExportState.DONE) {
      throw new RuleViolationException("lims.export.notReady", j.getState());
    }
    return new ExportFile(j.getFileName(), j.getContent());
  }

  private ExportJob own(long id) {
    ExportJob j = em.find(ExportJob.class, id);
    if (j == null || !j.getOwner().equals(users.current().getUsername())) {
      throw new NotFoundException("ExportJob", id);
    }
    return j;
  }
}
