package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.control.PlanWorkbook;
import cn.foodsafety.lims.planning.control.QuotaAllocator;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.PlanUnit;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.ChangeLog;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A plan's allocation and progress exchanged as an Excel workbook. */
@Stateless
public class PlanWorkbooks {
  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject CollectedBatches collectedBatches;

  /**
   * The plan's allocation (one row per unit × level × department × category, 12 months) and
   * progress (in the reader's language, the columns of the progress page).
   */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public byte[] exportWorkbook(long planId, Locale locale) {
    SamplingPlan plan = store().findVisible(planId);
    Map<String, PlanWorkbook.Row> rows = new LinkedHashMap<>();
    for (PlanCell c :
        em.createNamedQuery(PlanCell.FIND_BY_PLAN, PlanCell.class)
            .setParameter("plan", plan)
            .getResultList()) {
      String k =
          PlanStore.key(
              c.getRegion().getId(), c.getLevel(), c.getDepartment(), c.getCategory().getId(), 0);
      PlanWorkbook.Row r =
          rows.computeIfAbsent(
              k,
              x ->
                  new PlanWorkbook.Row(
                      c.getRegion().getCode(),
                      c.getRegion().getName(),
                      c.getLevel(),
                      c.getDepartment(),
                      c.getCategory().getCode(),
                      c.getCategory().getName(),
                      new int[12],
                      new int[12]));
      r.months()[c.getMonth() - 1] += c.getBatches();
      r.smallFarmers()[c.getMonth() - 1] += c.getSmallFarmerBatches();
    }
    // the database orders levels and departments by their names; the screens by their fixed order
    List<PlanWorkbook.Row> ordered =
        rows.values().stream()
            .sorted(
                java.util.Comparator.comparing(PlanWorkbook.Row::unitCode)
                    .thenComparing(PlanWorkbook.Row::level)
                    .thenComparing(PlanWorkbook.Row::department)
                    .thenComparing(PlanWorkbook.Row::categoryCode))
            .toList();
    List<PlanWorkbook.ProgressLine> progress =
        PlanProgress.rows(em, collectedBatches, plan, PlanProgress.ProgressBy.UNIT).stream()
            .map(
                p ->
                    new PlanWorkbook.ProgressLine(
                        ProgressRow.TOTAL.equals(p.key()) ? "" : p.code(),
                        p.name(),
                        p.residents() == null ? 0 : p.residents(),
                        p.quota() == null ? 0 : p.quota(),
                        p.planned(),
                        p.collected(),
                        p.outsidePlan(),
                        p.perThousand(),
                        p.percentOfQuota()))
            .toList();
    return new PlanWorkbook()
        .write(plan.getCity().getName() + " " + plan.getYear(), ordered, progress, locale);
  }

  /**
   * Replaces every cell of a draft with the workbook's allocation (the export's layout). All or
   * nothing: every bad cell is reported (field "分配!C7"), and nothing is written unless the whole
   * workbook is clean.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData importWorkbook(long planId, byte[] workbook) {
    SamplingPlan plan = store().findForChange(planId);
    Map<String, Long> units = new HashMap<>();
    for (PlanUnit u : plan.getUnits()) {
      units.put(u.getRegion().getCode(), u.getRegion().getId());
    }
    Map<String, Long> categories = new HashMap<>();
    Set<Long> edible = store().edibleCategoryIds();
    for (FoodCategory c : store().topLevelCategoriesWithInactive()) {
      categories.put(c.getCode(), c.getId());
    }
    List<PlanWorkbook.ImportedRow> imported =
        new PlanWorkbook().read(workbook, units::get, categories::get, edible::contains);
    StoredTotals.Sums before = store().sums(plan);
    em.createNamedQuery(PlanCell.DELETE_BY_PLAN).setParameter("plan", plan).executeUpdate();
    // a bulk delete passes no entity listener: the figures are computed again after the commit
    ChangeLog.mark();
    int count = 0;
    for (PlanWorkbook.ImportedRow r : imported) {
      int[] small = QuotaAllocator.smallFarmersByMonth(r.smallFarmers(), r.months());
      for (int m = 0; m < 12; m++) {
        if (r.months()[m] == 0) {
          continue;
        }
        PlanCell cell =
            new PlanCell(
                plan,
                em.getReference(Region.class, r.regionId()),
                r.level(),
                r.department(),
                em.getReference(FoodCategory.class, r.categoryId()),
                m + 1,
                0,
                0);
        cell.edit(r.months()[m], small[m]);
        em.persist(cell);
        count++;
      }
    }
    em.flush();
    new StoredTotals(em).replace(plan, before.targets(), store().plannedByGroup(plan));
    audit.action(
        AuditAction.UPDATE,
        SamplingPlans.ENTITY,
        planId,
        "cells",
        null,
        count + " cells imported",
        null);
    return store().full(plan);
  }

  private PlanStore store() {
    return new PlanStore(em, users);
  }
}
