package cn.foodsafety.lims.statistics.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The heartbeat of the exports this server is building: every 15 seconds their {@code heartbeat_at}
 * is set to now. Each server beats only for its own running jobs (not persistent: every server has
 * its own timer), so the jobs of a server that died fall silent and are failed ({@link
 * ExportJobs#SILENT}) instead of showing "running" for half an hour.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ExportHeartbeat {

  @PersistenceContext EntityManager em;

  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  public void started(long jobId) {
    running.add(jobId);
  }

  public void ended(long jobId) {
    running.remove(jobId);
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void beat() {
    List<Long> ids = List.copyOf(running);
    if (ids.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now());
    for (Long id : ids) {
      em.createNativeQuery("UPDATE export_job SET heartbeat_at = ?1 WHERE id = ?2")
          .setParameter(1, now)
          .setParameter(2, id)
          .executeUpdate();
    }
  }
}
