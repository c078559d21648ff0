package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.control.QuotaAllocator;
import cn.foodsafety.lims.planning.entity.Campaign;
import cn.foodsafety.lims.planning.entity.CampaignBatches;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Special sampling (专项抽检) added to a plan, draft or approved: its batches come on top of the cells
 * and of the targets.
 */
@Stateless
public class Campaigns {
  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  private final QuotaAllocator allocator = new QuotaAllocator();

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<CampaignData> campaigns(long planId) {
    SamplingPlan plan = store().findVisible(planId);
    return store().campaignsOf(plan).stream().map(CampaignData::of).toList();
  }

  /**
   * Adds special sampling (专项抽检) to a plan, draft or approved: its batches come on top of the cells
   * (and of the targets), at its level and department, in the months of its period.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public CampaignData addCampaign(long planId, CampaignData data) {
    SamplingPlan plan = store().findEditable(planId);
    Violations v = Violations.of(validator, data);
    if (data.startDate() != null && data.endDate() != null) {
      v.addIf(data.endDate().isBefore(data.startDate()), "endDate", "lims.campaign.endBeforeStart");
    }
    List<CampaignBatches> batches = new ArrayList<>();
    if (data.batches() == null || data.batches().isEmpty()) {
      v.add("batches", "lims.campaign.batches.required");
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < data.batches().size(); i++) {
        CampaignData.Batches b = data.batches().get(i);
        String f = "batches[" + i + "]";
        Region region = store().unitOf(plan, b.regionId(), f + ".regionId", v);
        FoodCategory category = store().category(b.categoryId(), f + ".categoryId", v);
        v.addIf(b.batches() == null || b.batches() <= 0, f + ".batches", "lims.field.positive");
        v.addIf(
            region != null
                && category != null
                && !seen.add(region.getId() + "/" + category.getId()),
            f,
            "lims.plan.input.duplicate");
        if (region != null && category != null && b.batches() != null && b.batches() > 0) {
          batches.add(new CampaignBatches(region, category, b.batches()));
        }
      }
    }
    v.throwIfAny();
    StoredTotals.Sums before = store().sums(plan);
    Campaign campaign =
        new Campaign(
            plan,
            data.name().strip(),
            data.reason(),
            blankToNull(data.description()),
            data.startDate(),
            data.endDate(),
            users.current().getUsername());
    if (!campaign.overlaps(plan.getYear())) {
      throw InvalidInputException.of(
          "startDate", "lims.campaign.outsideYear", String.valueOf(plan.getYear()));
    }
    campaign.orderedBy(
        data.level() == null ? SamplingLevel.MUNICIPAL : data.level(),
        data.department() == null ? Department.MARKET_REGULATION : data.department());
    batches.forEach(campaign::add);
    campaign.ofKind(data.samplingKind());
    em.persist(campaign);
    // the campaign's own cells, added to what the plan holds
    QuotaAllocator.Allocation overlay =
        allocator.allocate(
            new QuotaAllocator.Inputs(
                plan.getRatePerThousand(),
                plan.getMunicipalShare(),
                plan.getSmallFarmerShare(),
                List.of(),
                List.of(),
                Map.of(),
                Collections.nCopies(12, BigDecimal.ONE),
                List.of(),
                store().sharesOf(plan, List.of(campaign))));
    Map<String, PlanCell> existing = new HashMap<>();
    for (PlanCell c :
        em.createNamedQuery(PlanCell.FIND_BY_PLAN, PlanCell.class)
            .setParameter("plan", plan)
            .getResultList()) {
      existing.put(
          PlanStore.key(
              c.getRegion().getId(),
              c.getLevel(),
              c.getDepartment(),
              c.getCategory().getId(),
              c.getMonth()),
          c);
    }
    for (QuotaAllocator.Cell c : overlay.cells()) {
      PlanCell cell =
          existing.get(
              PlanStore.key(c.regionId(), c.level(), c.department(), c.categoryId(), c.month()));
      if (cell == null) {
        em.persist(
            new PlanCell(
                plan,
                em.getReference(Region.class, c.regionId()),
                c.level(),
                c.department(),
                em.getReference(FoodCategory.class, c.categoryId()),
                c.month(),
                c.batches(),
                0));
      } else {
        cell.add(c.batches());
      }
    }
    em.flush();
    Map<GroupKey, Integer> planned = new HashMap<>(before.planned());
    QuotaAllocator.byGroup(overlay.cells()).forEach((k, n) -> planned.merge(k, n, Integer::sum));
    new StoredTotals(em)
        .replace(
            plan,
            QuotaAllocator.byGroup(allocator.allocate(store().inputsOf(plan)).cells()),
            planned);
    audit.created(
        "Campaign",
        campaign.getId(),
        plan.getCity().getName()
            + " "
            + plan.getYear()
            + " "
            + campaign.getName()
            + " +"
            + campaign.totalBatches());
    return CampaignData.of(campaign);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private PlanStore store() {
    return new PlanStore(em, users);
  }
}
