package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.kernel.ReferenceChanged;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The jurisdictions of the callers (a region and every region below it, {@link Jurisdiction}), read
 * once per region and change instead of by a recursive query on every request (about 6% of a list
 * request's time). What is kept is keyed by the top region's id, so a user moved to another
 * organization, or an organization moved to another region, gets the other region's jurisdiction at
 * once: only the region tree itself is kept.
 *
 * <p>Kept until the region tree may have changed: every change of regions goes through a use case
 * that raises {@link CacheGenerations#REFERENCE} in its transaction and fires {@link
 * ReferenceChanged}. A change committed through this server is seen by the next request here (the
 * event, observed after the commit); one committed through another server of a deployment group
 * when this server next reads the generation, at most a second later. That is the window the
 * regions, organizations and users themselves already have in each server's shared cache ({@code
 * ReferenceCacheSync}: two seconds), from which the caller's organization and its region come.
 */
@ApplicationScoped
public class Jurisdictions {

  private static final int MAX_ENTRIES = 10_000;

  @PersistenceContext EntityManager em;

  @Inject CacheGenerations generations;

  /** The regions below each top region, as read at one generation and count of local changes. */
  private record Kept(long generation, long changes, Map<Long, Jurisdiction> byTop) {}

  private volatile Kept kept = new Kept(-1, -1, new ConcurrentHashMap<>());

  /** Changes of reference data committed through this server. */
  private final AtomicLong changes = new AtomicLong();

  /** The organization's region and everything below it; none for no organization. */
  public Jurisdiction ofOrganization(Organization org) {
    return org == null ? Jurisdiction.none() : of(org.getRegion());
  }

  /** The region and everything below it; none for no region. */
  public Jurisdiction of(Region top) {
    return top == null || top.getId() == null ? Jurisdiction.none() : of(top.getId());
  }

  /** The region with this id and everything below it (empty for an unknown id). */
  public Jurisdiction of(long topRegionId) {
    // the local count first: a change committed while the regions are read is not kept past it
    long changed = changes.get();
    long generation = generations.current(CacheGenerations.REFERENCE);
    Kept k = kept;
    if (k.generation() != generation || k.changes() != changed) {
      k = new Kept(generation, changed, new ConcurrentHashMap<>());
      kept = k;
    }
    Jurisdiction j = k.byTop().get(topRegionId);
    if (j == null) {
      j = Jurisdiction.of(em, topRegionId);
      if (k.byTop().size() < MAX_ENTRIES) {
        k.byTop().put(topRegionId, j);
      }
    }
    return j;
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceChanged e) {
    changes.incrementAndGet();
  }
}
