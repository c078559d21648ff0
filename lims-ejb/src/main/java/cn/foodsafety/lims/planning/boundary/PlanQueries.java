package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads that both planning boundaries need, in the caller's transaction. */
final class PlanQueries {

  private final EntityManager em;

  PlanQueries(EntityManager em) {
    this.em = em;
  }

  /** The planned batches of each cell group (unit, level, department, top-level category). */
  Map<GroupKey, Integer> plannedByGroup(SamplingPlan plan) {
    Map<GroupKey, Integer> m = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(PlanCell.SUM_BY_GROUP, Object[].class)
            .setParameter("plan", plan)
            .getResultList()) {
      m.put(
          GroupKey.of(
              ((Number) row[0]).longValue(),
              (SamplingLevel) row[1],
              (Department) row[2],
              ((Number) row[3]).longValue()),
          ((Number) row[4]).intValue());
    }
    return m;
  }

  /** Every category id mapped to its top-level category's id. */
  Map<Long, Long> topLevelIds() {
    Map<Long, Long> m = new HashMap<>();
    for (FoodCategory c :
        em.createQuery("select c from FoodCategory c", FoodCategory.class).getResultList()) {
      m.put(c.getId(), c.topLevel().getId());
    }
    return m;
  }

  /** The active top-level categories in code order. */
  List<FoodCategory> topLevelCategories() {
    return em.createQuery(
            "select c from FoodCategory c where c.parent is null and c.active = true order by"
                + " c.code",
            FoodCategory.class)
        .getResultList();
  }

  /** Every top-level category, inactive ones too, in code order. */
  List<FoodCategory> topLevelCategoriesWithInactive() {
    return em.createQuery(
            "select c from FoodCategory c where c.parent is null order by c.code",
            FoodCategory.class)
        .getResultList();
  }
}
