package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.Region;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A caller's jurisdiction: the ids of a region and of every region below it, by one recursive query
 * over the parent links (the same SQL on H2 and PostgreSQL), instead of loading the whole region
 * table into each use case and walking every region's parents.
 */
public final class RegionTree {

  private static final String WITHIN =
      "WITH RECURSIVE within_region (id) AS ("
          + " SELECT id FROM region WHERE id = ?1"
          + " UNION ALL"
          + " SELECT r.id FROM region r JOIN within_region w ON r.parent_id = w.id)"
          + " SELECT id FROM within_region";

  private RegionTree() {}

  /** The region itself and everything below it; empty for no region. */
  public static Set<Long> idsWithin(EntityManager em, Region top) {
    if (top == null || top.getId() == null) {
      return Set.of();
    }
    @SuppressWarnings("unchecked")
    List<Object> ids = em.createNativeQuery(WITHIN).setParameter(1, top.getId()).getResultList();
    Set<Long> set = new HashSet<>();
    for (Object id : ids) {
      set.add(((Number) id).longValue());
    }
    return Set.copyOf(set);
  }
}
