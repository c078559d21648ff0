package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A jurisdiction: a region and every region below it, "the regions within my organisation's
 * region". The one place that works it out, for every component that scopes what a planner,
 * supervisor or regulator sees (samples, cases, alerts, publications, figures, plans and tasks).
 * The ids come from one recursive query over the parent links (the same SQL on H2 and PostgreSQL),
 * never from loading the region table (or from a region tree the caller already holds); {@link
 * #covers(CriteriaBuilder, Path)} puts it into a criteria query. Who has a jurisdiction at all
 * (which roles, which kinds of organization) is each component's own rule.
 */
public record Jurisdiction(Long topRegionId, Set<Long> regionIds) {

  private static final String WITHIN =
      "WITH RECURSIVE within_region (id) AS ("
          + " SELECT id FROM region WHERE id = ?1"
          + " UNION ALL"
          + " SELECT r.id FROM region r JOIN within_region w ON r.parent_id = w.id)"
          + " SELECT id FROM within_region";

  private static final Jurisdiction NONE = new Jurisdiction(null, Set.of());

  public Jurisdiction {
    regionIds = Set.copyOf(regionIds);
  }

  /** No region at all. */
  public static Jurisdiction none() {
    return NONE;
  }

  /** The region and everything below it; none for no region. */
  public static Jurisdiction of(EntityManager em, Region top) {
    if (top == null || top.getId() == null) {
      return NONE;
    }
    return of(em, top.getId());
  }

  /** The region with this id and everything below it (empty for an unknown id). */
  public static Jurisdiction of(EntityManager em, long topRegionId) {
    @SuppressWarnings("unchecked")
    List<Object> ids = em.createNativeQuery(WITHIN).setParameter(1, topRegionId).getResultList();
    Set<Long> set = new HashSet<>();
    for (Object id : ids) {
      set.add(((Number) id).longValue());
    }
    return set.isEmpty() ? NONE : new Jurisdiction(topRegionId, set);
  }

  /**
   * The region with this id and everything below it, from a region tree the caller already holds
   * (each region's id with its parent's id, null at the top): for a caller that keeps the regions
   * in memory anyway (the figures' reference data). Empty for an unknown id.
   */
  public static Jurisdiction of(long topRegionId, Map<Long, Long> parentIds) {
    if (!parentIds.containsKey(topRegionId)) {
      return NONE;
    }
    Map<Long, List<Long>> children = new HashMap<>();
    parentIds.forEach(
        (id, parent) -> {
          if (parent != null) {
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
          }
        });
    Set<Long> set = new HashSet<>();
    Deque<Long> open = new ArrayDeque<>(List.of(topRegionId));
    while (!open.isEmpty()) {
      Long id = open.pop();
      if (set.add(id)) {
        open.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return new Jurisdiction(topRegionId, set);
  }

  /** The organization's region and everything below it. */
  public static Jurisdiction ofOrganization(EntityManager em, Organization org) {
    return org == null ? NONE : of(em, org.getRegion());
  }

  public boolean isEmpty() {
    return regionIds.isEmpty();
  }

  public boolean covers(Region region) {
    return region != null && region.getId() != null && regionIds.contains(region.getId());
  }

  public boolean covers(Long regionId) {
    return regionId != null && regionIds.contains(regionId);
  }

  /** The criteria form: the region at this path lies within; false for an empty jurisdiction. */
  public Predicate covers(CriteriaBuilder cb, Path<Region> region) {
    return coversId(cb, region.get("id"));
  }

  /** The criteria form for a column that holds a region's id. */
  public Predicate coversId(CriteriaBuilder cb, Expression<Long> regionId) {
    return regionIds.isEmpty() ? cb.disjunction() : regionId.in(regionIds);
  }
}
