package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.control.QuotaAllocator;
import cn.foodsafety.lims.planning.entity.Campaign;
import cn.foodsafety.lims.planning.entity.CampaignBatches;
import cn.foodsafety.lims.planning.entity.FixedBatches;
import cn.foodsafety.lims.planning.entity.MonthWeight;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.PlanTotals;
import cn.foodsafety.lims.planning.entity.PlanTotals.Broken;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.ChangeLog;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the planning boundaries share, in the caller's transaction: finding a plan the caller may
 * see or change, the plan as the API answers it, the allocator's view of a plan and the cells it
 * writes, the stored totals and the broken ones with their messages, and the reference data (units,
 * top-level and edible categories) the inputs are checked against.
 */
final class PlanStore {

  private final EntityManager em;

  private final Users users;

  private final QuotaAllocator allocator = new QuotaAllocator();

  PlanStore(EntityManager em, Users users) {
    this.em = em;
    this.users = users;
  }

  Scope scope() {
    return new Scope(users.current());
  }

  SamplingPlan findVisible(long id) {
    return findVisible(id, scope());
  }

  private SamplingPlan findVisible(long id, Scope scope) {
    SamplingPlan plan = em.find(SamplingPlan.class, id);
    if (plan == null || !scope.sees(plan.getCity())) {
      throw new NotFoundException(SamplingPlans.ENTITY, id);
    }
    return plan;
  }

  /** A plan the caller may change (draft or not). */
  SamplingPlan findEditable(long id) {
    Scope scope = scope();
    SamplingPlan plan = findVisible(id, scope);
    if (!scope.plans(plan.getCity())) {
      throw new cn.foodsafety.lims.platform.control.AccessDeniedException("lims.error.forbidden");
    }
    return plan;
  }

  /** A draft the caller may change. */
  SamplingPlan findForChange(long id) {
    SamplingPlan plan = findEditable(id);
    if (!plan.isDraft()) {
      throw new RuleViolationException(
          "lims.plan.approved", plan.getCity().getName(), String.valueOf(plan.getYear()));
    }
    return plan;
  }

  PlanData full(SamplingPlan plan) {
    StoredTotals.Sums sums = sums(plan);
    return full(plan, sums, broken(sums));
  }

  /** The plan as the API answers it, from sums and broken totals the caller already has. */
  PlanData full(SamplingPlan plan, StoredTotals.Sums sums, List<Broken> broken) {
    return PlanData.of(
        plan,
        sums.plannedBatches(),
        broken.size(),
        plan.getUnits().stream().map(PlanData.UnitData::of).toList(),
        campaignsOf(plan).stream().map(CampaignData::of).toList());
  }

  List<Campaign> campaignsOf(SamplingPlan plan) {
    return em.createNamedQuery(Campaign.FIND_BY_PLAN, Campaign.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  /** The allocator's view of the plan: its inputs and campaigns. */
  QuotaAllocator.Inputs inputsOf(SamplingPlan plan) {
    Set<Long> edible = edibleCategoryIds();
    Map<Department, BigDecimal> departments = new EnumMap<>(Department.class);
    plan.getDepartmentWeights().forEach(d -> departments.put(d.getDepartment(), d.getWeight()));
    return new QuotaAllocator.Inputs(
        plan.getRatePerThousand(),
        plan.getMunicipalShare(),
        plan.getSmallFarmerShare(),
        plan.getUnits().stream()
            .sorted(Comparator.comparing(u -> u.getRegion().getCode()))
            .map(u -> new QuotaAllocator.Unit(u.getRegion().getId(), u.getResidents()))
            .toList(),
        plan.getCategoryWeights().stream()
            .sorted(Comparator.comparing(c -> c.getCategory().getCode()))
            .map(
                c ->
                    new QuotaAllocator.CategoryWeight(
                        c.getCategory().getId(),
                        c.getWeight(),
                        c.getMinimumBatches(),
                        edible.contains(c.getCategory().getId())))
            .toList(),
        departments,
        plan.getMonthWeights().stream().map(MonthWeight::getWeight).toList(),
        plan.getFixedBatches().stream()
            .sorted(
                Comparator.comparing((FixedBatches f) -> f.getRegion().getCode())
                    .thenComparing(FixedBatches::getLevel)
                    .thenComparing(f -> f.getCategory().getCode()))
            .map(
                f ->
                    new QuotaAllocator.Fixed(
                        f.getRegion().getId(),
                        f.getLevel(),
                        f.getCategory().getId(),
                        f.getBatches()))
            .toList(),
        sharesOf(plan, campaignsOf(plan)));
  }

  List<QuotaAllocator.CampaignShare> sharesOf(SamplingPlan plan, List<Campaign> campaigns) {
    List<QuotaAllocator.CampaignShare> shares = new ArrayList<>();
    for (Campaign c : campaigns) {
      List<BigDecimal> months = c.monthWeights(plan.getYear());
      for (CampaignBatches b : c.getBatches()) {
        shares.add(
            new QuotaAllocator.CampaignShare(
                b.getRegion().getId(),
                b.getCategory().topLevel().getId(),
                c.getLevel(),
                c.getDepartment(),
                b.getBatches(),
                months));
      }
    }
    return shares;
  }

  /** Replaces the cells with the allocator's; returns how many were written. */
  int writeCells(SamplingPlan plan) {
    em.createNamedQuery(PlanCell.DELETE_BY_PLAN).setParameter("plan", plan).executeUpdate();
    // a bulk delete passes no entity listener: the figures are computed again after the commit
    ChangeLog.mark();
    QuotaAllocator.Allocation allocation = allocator.allocate(inputsOf(plan));
    Map<Long, Region> regionRefs = new HashMap<>();
    Map<Long, FoodCategory> categoryRefs = new HashMap<>();
    for (QuotaAllocator.Cell c : allocation.cells()) {
      em.persist(
          new PlanCell(
              plan,
              regionRefs.computeIfAbsent(c.regionId(), id -> em.getReference(Region.class, id)),
              c.level(),
              c.department(),
              categoryRefs.computeIfAbsent(
                  c.categoryId(), id -> em.getReference(FoodCategory.class, id)),
              c.month(),
              c.batches(),
              c.smallFarmerBatches()));
    }
    em.flush();
    Map<GroupKey, Integer> groups = QuotaAllocator.byGroup(allocation.cells());
    new StoredTotals(em).replace(plan, groups, groups);
    return allocation.cells().size();
  }

  List<Broken> broken(SamplingPlan plan) {
    return broken(sums(plan));
  }

  static List<Broken> broken(StoredTotals.Sums sums) {
    return PlanTotals.broken(PlanTotals.rollUp(sums.targets()), PlanTotals.rollUp(sums.planned()));
  }

  /**
   * The plan's targets and planned batches per cell group, as stored with the plan (computed once,
   * and stored, for a plan that was written before the totals were kept).
   */
  StoredTotals.Sums sums(SamplingPlan plan) {
    StoredTotals stored = new StoredTotals(em);
    StoredTotals.Sums sums = stored.read(plan);
    if (sums == null) {
      sums =
          new StoredTotals.Sums(
              QuotaAllocator.byGroup(allocator.allocate(inputsOf(plan)).cells()),
              plannedByGroup(plan));
      stored.replace(plan, sums.targets(), sums.planned());
    }
    return sums;
  }

  /** Stores the totals of a plan written before they were kept (one row looked at otherwise). */
  void ensureTotals(SamplingPlan plan) {
    if (!new StoredTotals(em).exists(plan)) {
      sums(plan);
    }
  }

  /** The inputs changed: new targets from the allocator, the cells (and so planned) unchanged. */
  void retarget(SamplingPlan plan, StoredTotals.Sums before) {
    new StoredTotals(em)
        .replace(
            plan,
            QuotaAllocator.byGroup(allocator.allocate(inputsOf(plan)).cells()),
            before.planned());
  }

  static GroupKey groupOf(PlanCell c) {
    return GroupKey.of(
        c.getRegion().getId(), c.getLevel(), c.getDepartment(), c.getCategory().getId());
  }

  static String key(long region, SamplingLevel level, Department d, long category, int month) {
    return region + "/" + level + "/" + d + "/" + category + "/" + month;
  }

  static String cellLabel(PlanCell c) {
    return c.getRegion().getCode()
        + "/"
        + c.getLevel()
        + "/"
        + c.getDepartment()
        + "/"
        + c.getCategory().getCode()
        + "/"
        + c.getMonth();
  }

  List<FoodCategory> topLevelCategoriesWithInactive() {
    return new PlanQueries(em).topLevelCategoriesWithInactive();
  }

  List<FoodCategory> topLevelCategories() {
    return new PlanQueries(em).topLevelCategories();
  }

  Map<Long, Long> topLevelIds() {
    return new PlanQueries(em).topLevelIds();
  }

  Map<GroupKey, Integer> plannedByGroup(SamplingPlan plan) {
    return new PlanQueries(em).plannedByGroup(plan);
  }

  /** Edible agricultural products: the category coded "33" and everything below it. */
  Set<Long> edibleCategoryIds() {
    List<FoodCategory> root =
        em.createNamedQuery(FoodCategory.FIND_BY_CODE, FoodCategory.class)
            .setParameter("code", SamplingPlans.EDIBLE_AGRICULTURAL_CODE)
            .getResultList();
    if (root.isEmpty()) {
      return Set.of();
    }
    return em.createQuery("select c from FoodCategory c", FoodCategory.class)
        .getResultStream()
        .filter(c -> c.isWithin(root.get(0)))
        .map(FoodCategory::getId)
        .collect(Collectors.toSet());
  }

  Region unitOf(SamplingPlan plan, Long regionId, String field, Violations v) {
    if (regionId == null) {
      v.add(field, "lims.field.required");
      return null;
    }
    Region region = em.find(Region.class, regionId);
    if (region == null || !plan.hasUnit(region)) {
      v.add(field, "lims.plan.unit.notInPlan", regionId);
      return null;
    }
    return region;
  }

  FoodCategory category(Long categoryId, String field, Violations v) {
    if (categoryId == null) {
      v.add(field, "lims.field.required");
      return null;
    }
    FoodCategory c = em.find(FoodCategory.class, categoryId);
    v.addIf(c == null, field, "lims.field.unknownReference", categoryId);
    return c;
  }

  FoodCategory topLevelCategory(Long categoryId, String field, Violations v) {
    FoodCategory c = category(categoryId, field, v);
    if (c != null && c.getParent() != null) {
      v.add(field, "lims.plan.category.topLevel", c.getName());
      return null;
    }
    return c;
  }
}
