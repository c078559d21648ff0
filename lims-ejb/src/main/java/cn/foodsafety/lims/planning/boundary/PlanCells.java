package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A plan's cells (unit × level × department × category × month): read, edited by hand in a draft,
 * and the totals such an edit breaks.
 */
@Stateless
public class PlanCells {
  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject Users users;

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public Page<CellData> cells(long planId, ListQuery query) {
    SamplingPlan plan = store().findVisible(planId);
    Listing<PlanCell> listing =
        Listing.of(PlanCell.class)
            .sortable("month", "batches", "level", "department")
            .sortableAs("region", "region.code")
            .sortableAs("category", "category.code")
            .defaultSort("region")
            .searchable("region.name", "category.name")
            .filterable("region.id", Long::valueOf)
            .filterable("level", SamplingLevel::valueOf)
            .filterable("department", Department::valueOf)
            .filterable("category.id", Long::valueOf)
            .filterable("month", Integer::valueOf)
            .filterable("edited", Boolean::valueOf)
            .where((cb, root) -> cb.equal(root.get("plan"), plan));
    return listing.run(em, SamplingPlans.aliases(query)).map(CellData::of);
  }

  /**
   * The planner's hand edit of one cell of a draft, named by id or by its key; a cell that has no
   * batches yet is created. The plan's totals then show what the edit broke.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public CellData setCell(long planId, Long cellId, CellData data) {
    SamplingPlan plan = store().findForChange(planId);
    if (data == null) {
      throw InvalidInputException.of("body", "lims.error.bodyRequired");
    }
    Violations v = new Violations();
    PlanCell cell = null;
    if (cellId != null) {
      cell = em.find(PlanCell.class, cellId);
      if (cell == null || !cell.getPlan().getId().equals(plan.getId())) {
        throw new NotFoundException("PlanCell", cellId);
      }
    } else {
      Region region = store().unitOf(plan, data.regionId(), "regionId", v);
      FoodCategory category = store().topLevelCategory(data.categoryId(), "categoryId", v);
      v.addIf(data.level() == null, "level", "lims.field.required");
      v.addIf(data.department() == null, "department", "lims.field.required");
      v.addIf(
          data.month() == null || data.month() < 1 || data.month() > 12,
          "month",
          "lims.plan.month.range");
      v.throwIfAny();
      cell =
          em.createNamedQuery(PlanCell.FIND_BY_KEY, PlanCell.class)
              .setParameter("plan", plan)
              .setParameter("region", region)
              .setParameter("level", data.level())
              .setParameter("department", data.department())
              .setParameter("category", category)
              .setParameter("month", data.month())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (cell == null) {
        cell =
            new PlanCell(
                plan, region, data.level(), data.department(), category, data.month(), 0, 0);
      }
    }
    if (cell.getId() != null) {
      Versions.check(data.version(), cell.getVersion());
    }
    int batches = data.batches() == null ? -1 : data.batches();
    v.addIf(data.batches() == null, "batches", "lims.field.required");
    v.addIf(data.batches() != null && batches < 0, "batches", "lims.field.notNegative");
    int smallFarmers =
        data.smallFarmerBatches() == null
            ? Math.min(cell.getSmallFarmerBatches(), Math.max(batches, 0))
            : data.smallFarmerBatches();
    v.addIf(smallFarmers < 0, "smallFarmerBatches", "lims.field.notNegative");
    v.addIf(
        batches >= 0 && smallFarmers > batches,
        "smallFarmerBatches",
        "lims.plan.cell.smallFarmersAboveBatches");
    v.throwIfAny();
    store().ensureTotals(plan);
    int before = cell.getBatches();
    cell.edit(batches, smallFarmers);
    if (cell.getId() == null) {
      em.persist(cell);
    }
    em.flush();
    new StoredTotals(em).addPlanned(plan, PlanStore.groupOf(cell), batches - before);
    audit.action(
        AuditAction.UPDATE,
        SamplingPlans.ENTITY,
        planId,
        "cell " + PlanStore.cellLabel(cell),
        String.valueOf(before),
        String.valueOf(batches),
        null);
    return CellData.of(cell);
  }

  /** Every total of the plan that differs from its target (empty when the plan may be approved). */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<TotalData> brokenTotals(long planId) {
    SamplingPlan plan = store().findVisible(planId);
    return BrokenTotals.list(em, plan, store().broken(plan));
  }

  private PlanStore store() {
    return new PlanStore(em, users);
  }
}
