package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.platform.control.ClusterNode;
import cn.foodsafety.lims.security.entity.User;
import cn.foodsafety.lims.statistics.entity.ExportJob;
import cn.foodsafety.lims.statistics.entity.ExportState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The export jobs' bookkeeping, each step in a transaction of its own so that the page sees the
 * progress while the export runs: one active job per user (the user's row is locked while it is
 * looked for, so two requests at once get the same job), progress, the file, or the failure.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportJobs {

  /** A job that has not finished in this time died with its server: it is failed. */
  static final Duration STALE = Duration.ofMinutes(30);

  /**
   * A job whose server has not beaten its heart for this long died with it (the heartbeat comes
   * every 15 seconds while the file is built): it is failed, and its user may start another.
   */
  static final Duration SILENT = Duration.ofSeconds(60);

  @PersistenceContext EntityManager em;

  @Inject Clock clock = Clock.systemUTC();

  /** The user's active job, or a new one; {@code created} tells which. */
  public record Claim(ExportJob job, boolean created) {}

  public Claim claim(long userId, String owner, String kind, String requestKey) {
    em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    List<ExportJob> active = alive(owner, now);
    if (!active.isEmpty()) {
      return new Claim(active.get(0), false);
    }
    ExportJob job = new ExportJob(owner, kind, requestKey, ClusterNode.name(), now);
    em.persist(job);
    em.flush();
    return new Claim(job, true);
  }

  /** Fails the owner's jobs whose server died while building them (see {@link #SILENT}). */
  public void failAbandoned(String owner) {
    alive(owner, clock.instant());
  }

  /** The owner's active jobs whose server still works on them; the abandoned ones are failed. */
  private List<ExportJob> alive(String owner, Instant now) {
    List<ExportJob> alive = new ArrayList<>();
    for (ExportJob j :
        em.createNamedQuery(ExportJob.ACTIVE_OF_OWNER, ExportJob.class)
            .setParameter("owner", owner)
            .getResultList()) {
      if (j.abandoned(now, SILENT, STALE)) {
        j.fail(interrupted(j), now);
      } else {
        alive.add(j);
      }
    }
    return alive;
  }

  private static String interrupted(ExportJob j) {
    return "interrupted: server " + j.getRunner() + " stopped while building the file";
  }

  public void progress(long id, int percent) {
    ExportJob j = em.find(ExportJob.class, id);
    if (j != null && j.getState().isActive()) {
      j.progress(percent);
    }
  }

  public void done(long id, String fileName, byte[] content) {
    em.find(ExportJob.class, id).done(fileName, content, clock.instant());
  }

  public void fail(long id, String message) {
    ExportJob j = em.find(ExportJob.class, id);
    if (j != null && j.getState() != ExportState.DONE) {
      j.fail(message, clock.instant());
    }
  }
}
