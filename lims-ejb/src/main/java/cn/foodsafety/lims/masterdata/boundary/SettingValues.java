package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.kernel.ReferenceChanged;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every setting's value in one map, read with one statement and kept until the settings change.
 * Settings are read many times a request (the figures' fourteen targets, the session and sign-in
 * rules, the sampling rules) and changed by an administrator now and then. They were read one by
 * one with {@code em.find}, which EclipseLink answers from its shared cache only when the setting
 * is already there, and on the paths that read them its misses did not fill it (presumably its
 * default of keeping what a unit of work builds after its transaction has begun out of the shared
 * cache), so each request read every setting again (14 statements per figures request). The map is
 * read again when {@link CacheGenerations#REFERENCE} moves (a change through any server of a
 * deployment group raises it; seen here within a second) and at once after a change through this
 * server commits ({@link #forget}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SettingValues {

  @PersistenceContext EntityManager em;

  @Inject CacheGenerations generations;

  private record Snapshot(long generation, long changes, Map<String, String> values) {}

  private volatile Snapshot snapshot;

  /** Changes committed through this server: a map read before one of them is not kept. */
  private final AtomicLong changes = new AtomicLong();

  /** The values by name, as of the reference generation last seen. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, String> all() {
    long generation = generations.current(CacheGenerations.REFERENCE);
    long changed = changes.get();
    Snapshot s = snapshot;
    if (s != null && s.generation() == generation && s.changes() == changed) {
      return s.values();
    }
    Map<String, String> values = new HashMap<>();
    for (Object[] row :
        em.createQuery("select s.name, s.value from Setting s", Object[].class).getResultList()) {
      values.put((String) row[0], (String) row[1]);
    }
    s = new Snapshot(generation, changed, Map.copyOf(values));
    snapshot = s;
    return s.values();
  }

  /**
   * Drops the map when a change of reference data has committed through this server, so that the
   * next read sees it even while the generation last read is less than a second old.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceChanged e) {
    changes.incrementAndGet();
  }
}
