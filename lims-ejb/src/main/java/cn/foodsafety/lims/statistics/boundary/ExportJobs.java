package cn.foodsafety.lims.statistics.boundary;

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

  @PersistenceContext EntityManager em;

  @Inject Clock clock = Clock.systemUTC();

  /** The user's active job, or a new one; {@code created} tells which. */
  public record Claim(ExportJob job, boolean created) {}

  public Claim claim(long userId, String owner, String kind, String requestKey) {
    em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    List<ExportJob> active =
        em.createNamedQuery(ExportJob.ACTIVE_OF_OWNER, ExportJob.class)
            .setParameter("owner", owner)
            .getResultList();
    for (ExportJob j : active) {
      if (j.getCreatedAt().plus(STALE).isBefore(now)) {
        j.fail("stale", now);
      } else {
        return new Claim(j, false);
      }
    }
    ExportJob job = new ExportJob(owner, kind, requestKey, now);
    em.persist(job);
    em.flush();
    return new Claim(job, true);
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
