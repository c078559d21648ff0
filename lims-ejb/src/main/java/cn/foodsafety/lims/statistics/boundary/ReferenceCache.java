package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.kernel.ReferenceChanged;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The regions, food categories and labs the figures group by, read once per change instead of on
 * every figures, list or PDF request (three statements and a few hundred rows each time). Read
 * again when {@link CacheGenerations#REFERENCE} moves (raised by every change of regions,
 * categories and organizations, on any server of a deployment group) and at once after such a
 * change commits on this server ({@link ReferenceChanged}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReferenceCache {

  @Inject CacheGenerations generations;

  private record Snapshot(long generation, long changes, Reference reference) {}

  private volatile Snapshot snapshot;

  /** Changes committed through this server: a reference read before one of them is not kept. */
  private final AtomicLong changes = new AtomicLong();

  /** The reference data, read through the caller's connection when it changed since last read. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Reference current(Connection c) throws SQLException {
    long generation = generations.current(CacheGenerations.REFERENCE);
    long changed = changes.get();
    Snapshot s = snapshot;
    if (s != null && s.generation() == generation && s.changes() == changed) {
      return s.reference();
    }
    s = new Snapshot(generation, changed, Reference.load(c));
    snapshot = s;
    return s.reference();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceChanged e) {
    changes.incrementAndGet();
  }
}
