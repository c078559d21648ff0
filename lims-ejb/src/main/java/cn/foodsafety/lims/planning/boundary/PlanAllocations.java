package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.CategoryWeight;
import cn.foodsafety.lims.planning.entity.DepartmentWeight;
import cn.foodsafety.lims.planning.entity.FixedBatches;
import cn.foodsafety.lims.planning.entity.MonthWeight;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs of a draft plan's allocation (fixed batches of the levels that take them, department,
 * category and month weights) and the allocation itself, which recomputes every cell.
 */
@Stateless
public class PlanAllocations {
  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject Users users;

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public PlanInputs inputs(long id) {
    return PlanInputs.of(store().findVisible(id));
  }

  /**
   * Replaces the inputs of a draft's allocation. Every invalid entry is reported; the cells change
   * only when the plan is allocated again (until then the totals show the difference).
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanInputs updateInputs(long id, PlanInputs data) {
    SamplingPlan plan = store().findForChange(id);
    if (data == null) {
      throw InvalidInputException.of("body", "lims.error.bodyRequired");
    }
    Versions.check(data.version(), plan.getVersion());
    Violations v = new Violations();
    List<SamplingPlan.FixedInput> fixed = fixedOf(plan, data.fixed(), v);
    List<DepartmentWeight> departments = departmentsOf(data.departmentWeights(), v);
    List<CategoryWeight> categories = categoriesOf(data.categoryWeights(), v);
    List<MonthWeight> months = monthsOf(data.monthWeights(), v);
    v.throwIfAny();
    StoredTotals.Sums before = store().sums(plan);
    plan.replaceInputs(fixed, departments, categories, months);
    em.flush();
    store().retarget(plan, before);
    audit.action(AuditAction.UPDATE, SamplingPlans.ENTITY, id, "inputs", null, summary(data), null);
    return PlanInputs.of(plan);
  }

  /** Recomputes every cell of a draft from its inputs and campaigns; hand edits are lost. */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData allocate(long id) {
    SamplingPlan plan = store().findForChange(id);
    int cells = store().writeCells(plan);
    audit.action(
        AuditAction.UPDATE,
        SamplingPlans.ENTITY,
        id,
        "cells",
        null,
        cells + " cells allocated",
        null);
    return store().full(plan);
  }

  private List<SamplingPlan.FixedInput> fixedOf(
      SamplingPlan plan, List<PlanInputs.Fixed> fixed, Violations v) {
    List<SamplingPlan.FixedInput> list = new ArrayList<>();
    if (fixed == null) {
      return list;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fixed.size(); i++) {
      PlanInputs.Fixed f = fixed.get(i);
      String name = "fixed[" + i + "]";
      Region region = store().unitOf(plan, f.regionId(), name + ".regionId", v);
      FoodCategory category = store().topLevelCategory(f.categoryId(), name + ".categoryId", v);
      v.addIf(!FixedBatches.isFixedLevel(f.level()), name + ".level", "lims.plan.fixed.level");
      v.addIf(f.batches() == null || f.batches() < 0, name + ".batches", "lims.field.notNegative");
      if (region != null && category != null && FixedBatches.isFixedLevel(f.level())) {
        v.addIf(
            !seen.add(region.getId() + "/" + f.level() + "/" + category.getId()),
            name,
            "lims.plan.input.duplicate");
        if (f.batches() != null && f.batches() >= 0) {
          list.add(new SamplingPlan.FixedInput(region, f.level(), category, f.batches()));
        }
      }
    }
    return list;
  }

  private static List<DepartmentWeight> departmentsOf(
      List<PlanInputs.DepartmentShare> shares, Violations v) {
    List<DepartmentWeight> list = new ArrayList<>();
    if (shares == null || shares.isEmpty()) {
      v.add("departmentWeights", "lims.plan.weights.positive");
      return list;
    }
    Set<Department> seen = java.util.EnumSet.noneOf(Department.class);
    for (int i = 0; i < shares.size(); i++) {
      PlanInputs.DepartmentShare s = shares.get(i);
      String name = "departmentWeights[" + i + "]";
      v.addIf(s.department() == null, name + ".department", "lims.field.required");
      v.addIf(
          s.weight() == null || s.weight().signum() < 0,
          name + ".weight",
          "lims.field.notNegative");
      if (s.department() != null) {
        v.addIf(!seen.add(s.department()), name, "lims.plan.input.duplicate");
      }
      if (s.department() != null && s.weight() != null && s.weight().signum() >= 0) {
        list.add(new DepartmentWeight(s.department(), s.weight()));
      }
    }
    v.addIf(
        list.stream().noneMatch(d -> d.getWeight().signum() > 0),
        "departmentWeights",
        "lims.plan.weights.positive");
    return list;
  }

  private List<CategoryWeight> categoriesOf(List<PlanInputs.CategoryShare> shares, Violations v) {
    List<CategoryWeight> list = new ArrayList<>();
    if (shares == null || shares.isEmpty()) {
      v.add("categoryWeights", "lims.plan.weights.positive");
      return list;
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < shares.size(); i++) {
      PlanInputs.CategoryShare s = shares.get(i);
      String name = "categoryWeights[" + i + "]";
      FoodCategory c = store().topLevelCategory(s.categoryId(), name + ".categoryId", v);
      v.addIf(
          s.weight() == null || s.weight().signum() < 0,
          name + ".weight",
          "lims.field.notNegative");
      int minimum = s.minimumBatches() == null ? 0 : s.minimumBatches();
      v.addIf(minimum < 0, name + ".minimumBatches", "lims.field.notNegative");
      if (c != null) {
        v.addIf(!seen.add(c.getId()), name, "lims.plan.input.duplicate");
        v.addIf(
            minimum > 0 && !c.isKeyCategory(),
            name + ".minimumBatches",
            "lims.plan.minimum.keyOnly",
            c.getName());
      }
      if (c != null && s.weight() != null && s.weight().signum() >= 0 && minimum >= 0) {
        list.add(new CategoryWeight(c, s.weight(), minimum));
      }
    }
    v.addIf(
        list.stream().noneMatch(c -> c.getWeight().signum() > 0),
        "categoryWeights",
        "lims.plan.weights.positive");
    return list;
  }

  private static List<MonthWeight> monthsOf(List<BigDecimal> weights, Violations v) {
    if (weights == null || weights.size() != 12) {
      v.add("monthWeights", "lims.plan.months.twelve");
      return List.of();
    }
    for (int i = 0; i < 12; i++) {
      v.addIf(
          weights.get(i) == null || weights.get(i).signum() < 0,
          "monthWeights[" + i + "]",
          "lims.field.notNegative");
    }
    if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
      return List.of();
    }
    v.addIf(
        weights.stream().noneMatch(w -> w.signum() > 0),
        "monthWeights",
        "lims.plan.weights.positive");
    return SamplingPlans.months(weights);
  }

  private static String summary(PlanInputs in) {
    return (in.fixed() == null ? 0 : in.fixed().size())
        + " fixed, departments "
        + in.departmentWeights()
        + ", "
        + (in.categoryWeights() == null ? 0 : in.categoryWeights().size())
        + " categories, months "
        + in.monthWeights();
  }

  private PlanStore store() {
    return new PlanStore(em, users);
  }
}
