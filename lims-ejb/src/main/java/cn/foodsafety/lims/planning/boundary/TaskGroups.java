package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.PlanUnit;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.planning.entity.TaskState;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Making tasks, what the planner sees first: the cell groups of an approved plan with what is
 * planned, what tasks already take and what is left, and the choices of the task form (sampling
 * units, kinds of sampled party). Creating and cancelling tasks is {@link CollectionTasks}.
 */
@Stateless
public class TaskGroups {

  @PersistenceContext EntityManager em;

  @Inject Users users;

  /**
   * The cell groups of a plan with what is planned, what tasks already take and what is left, for
   * making tasks (groups with planned batches only, in unit, level, department, category order).
   */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<CellGroupData> groups(long planId) {
    SamplingPlan plan = em.find(SamplingPlan.class, planId);
    if (plan == null || !new Scope(users.current()).sees(plan.getCity())) {
      throw new NotFoundException(SamplingPlans.ENTITY, planId);
    }
    Map<GroupKey, Integer> planned = queries().plannedByGroup(plan);
    Map<GroupKey, Integer> tasked = taskedByGroup(em, plan);
    Map<Long, Region> regions =
        plan.getUnits().stream()
            .map(PlanUnit::getRegion)
            .collect(Collectors.toMap(Region::getId, r -> r));
    Map<Long, FoodCategory> categories =
        queries().topLevelCategories().stream()
            .collect(Collectors.toMap(FoodCategory::getId, c -> c));
    List<CellGroupData> list = new ArrayList<>();
    planned.forEach(
        (k, p) -> {
          if (p <= 0) {
            return;
          }
          Region r = regions.get(k.regionId());
          FoodCategory c =
              categories.computeIfAbsent(k.categoryId(), id -> em.find(FoodCategory.class, id));
          int t = tasked.getOrDefault(k, 0);
          list.add(
              new CellGroupData(
                  k.regionId(),
                  r == null ? String.valueOf(k.regionId()) : r.getName(),
                  k.level(),
                  k.department(),
                  k.categoryId(),
                  c == null ? "" : c.getCode(),
                  c == null ? "" : c.getName(),
                  p,
                  t,
                  Math.max(0, p - t)));
        });
    Map<Long, String> codes =
        regions.values().stream().collect(Collectors.toMap(Region::getId, Region::getCode));
    list.sort(
        Comparator.comparing((CellGroupData g) -> codes.getOrDefault(g.regionId(), ""))
            .thenComparing(CellGroupData::level)
            .thenComparing(CellGroupData::department)
            .thenComparing(CellGroupData::categoryCode));
    return list;
  }

  /** For the pages: the active sampling units. */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<Organization> samplingUnits() {
    return em.createQuery(
            "select o from Organization o where o.kind = :kind and o.active = true order by o.code",
            Organization.class)
        .setParameter("kind", OrganizationKind.SAMPLING_UNIT)
        .getResultList();
  }

  /** For the pages: the kinds of sampled party. */
  @PermitAll
  public List<PartyKind> partyKinds() {
    return List.of(PartyKind.values());
  }

  private PlanQueries queries() {
    return new PlanQueries(em);
  }

  /** Batches of the tasks not cancelled, per cell group (task categories mapped to top level). */
  static Map<GroupKey, Integer> taskedByGroup(EntityManager em, SamplingPlan plan) {
    Map<Long, Long> topOf = new PlanQueries(em).topLevelIds();
    Map<GroupKey, Integer> m = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(CollectionTask.TASKED_BATCHES, Object[].class)
            .setParameter("plan", plan)
            .setParameter("cancelled", TaskState.CANCELLED)
            .getResultList()) {
      long category = ((Number) row[3]).longValue();
      m.merge(
          GroupKey.of(
              ((Number) row[0]).longValue(),
              (SamplingLevel) row[1],
              (Department) row[2],
              topOf.getOrDefault(category, category)),
          ((Number) row[4]).intValue(),
          Integer::sum);
    }
    return m;
  }
}
