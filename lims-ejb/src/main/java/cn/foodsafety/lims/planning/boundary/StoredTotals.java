package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.PlanTotal;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The totals kept with a plan ({@link PlanTotal}), per cell group: targets and planned batches, in
 * the caller's transaction.
 */
final class StoredTotals {

  /** Targets and planned batches per cell group (unit, level, department, category). */
  record Sums(Map<GroupKey, Integer> targets, Map<GroupKey, Integer> planned) {
    int plannedBatches() {
      return planned.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final EntityManager em;

  StoredTotals(EntityManager em) {
    this.em = em;
  }

  /** The stored sums, or null for a plan whose totals were never stored. */
  Sums read(SamplingPlan plan) {
    List<Object[]> rows =
        em.createNamedQuery(PlanTotal.FIND_BY_PLAN, Object[].class)
            .setParameter("plan", plan)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Map<GroupKey, Integer> targets = new HashMap<>();
    Map<GroupKey, Integer> planned = new HashMap<>();
    for (Object[] r : rows) {
      GroupKey k =
          GroupKey.of(
              ((Number) r[0]).longValue(),
              (SamplingLevel) r[1],
              (Department) r[2],
              ((Number) r[3]).longValue());
      int t = ((Number) r[4]).intValue();
      int p = ((Number) r[5]).intValue();
      if (t != 0) {
        targets.put(k, t);
      }
      if (p != 0) {
        planned.put(k, p);
      }
    }
    return new Sums(targets, planned);
  }

  /** Whether the plan's totals are stored (reads one row, not the plan's thousands). */
  boolean exists(SamplingPlan plan) {
    return !em.createNamedQuery(PlanTotal.FIND_BY_PLAN, Object[].class)
        .setParameter("plan", plan)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Replaces the stored rows of a plan; a group that is zero on both sides is not stored. */
  void replace(SamplingPlan plan, Map<GroupKey, Integer> targets, Map<GroupKey, Integer> planned) {
    em.createNamedQuery(PlanTotal.DELETE_BY_PLAN).setParameter("plan", plan).executeUpdate();
    Set<GroupKey> keys = new HashSet<>(targets.keySet());
    keys.addAll(planned.keySet());
    for (GroupKey k : keys) {
      int t = targets.getOrDefault(k, 0);
      int p = planned.getOrDefault(k, 0);
      if (t != 0 || p != 0) {
        em.persist(
            new PlanTotal(plan, k.regionId(), k.level(), k.department(), k.categoryId(), t, p));
      }
    }
    em.flush();
  }

  /** Adds a change of the cells of one group to its planned batches. */
  void addPlanned(SamplingPlan plan, GroupKey k, int delta) {
    if (delta == 0) {
      return;
    }
    int updated =
        em.createNamedQuery(PlanTotal.ADD_PLANNED)
            .setParameter("delta", delta)
            .setParameter("plan", plan)
            .setParameter("region", k.regionId())
            .setParameter("level", k.level())
            .setParameter("department", k.department())
            .setParameter("category", k.categoryId())
            .executeUpdate();
    if (updated == 0) {
      em.persist(
          new PlanTotal(plan, k.regionId(), k.level(), k.department(), k.categoryId(), 0, delta));
    }
  }
}
