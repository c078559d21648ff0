package cn.foodsafety.lims.platform.boundary;

import cn.foodsafety.lims.platform.control.ChangeLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps {@code change_log} small: every five minutes deletes the rows older than {@link
 * ChangeLog#RETENTION}. Every server of a deployment group runs it; a delete that another server
 * has done already deletes nothing, so no claim of the slot is needed. The real time, not the
 * application's (movable) clock: the rows hold the real time of their insert.
 */
@Singleton
@PermitAll
public class ChangeLogPruning {

  private static final Logger LOG = Logger.getLogger(ChangeLogPruning.class.getName());

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void prune() {
    try (Connection c = dataSource.getConnection()) {
      int n = ChangeLog.prune(c, Instant.now());
      LOG.fine(() -> "change log: " + n + " rows pruned");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "pruning the change log failed", e);
    }
  }
}
