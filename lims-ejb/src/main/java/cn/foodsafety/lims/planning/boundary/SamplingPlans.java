package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.planning.entity.CategoryWeight;
import cn.foodsafety.lims.planning.entity.DepartmentWeight;
import cn.foodsafety.lims.planning.entity.MonthWeight;
import cn.foodsafety.lims.planning.entity.PlanState;
import cn.foodsafety.lims.planning.entity.PlanTotals.Broken;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The year's sampling plans of cities: create a plan (residents snapshot and quotas), set its
 * parameters and approve it once its totals hold. Planners change the plans of their region;
 * planners and supervisors read them. The allocation's inputs are {@link PlanAllocations}, the
 * cells and totals {@link PlanCells}, special campaigns {@link Campaigns}, progress {@link
 * PlanProgress} and the Excel exchange {@link PlanWorkbooks}.
 */
@Stateless
public class SamplingPlans {
  static final String ENTITY = "SamplingPlan";

  static final String PLANNERS = Role.PLANNER_NAME;

  /** Edible agricultural products (食用农产品): their subtree has a small-farmer share. */
  public static final String EDIBLE_AGRICULTURAL_CODE = "33";

  /**
   * Default department weights of a new plan, for the planner to adjust: most sampling is market
   * regulation's, then agriculture's (edible agricultural products), grain, forestry and customs.
   */
  static final Map<Department, BigDecimal> DEFAULT_DEPARTMENT_WEIGHTS =
      new EnumMap<>(
          Map.of(
              Department.MARKET_REGULATION, new BigDecimal("0.6"),
              Department.AGRICULTURE, new BigDecimal("0.25"),
              Department.GRAIN_RESERVES, new BigDecimal("0.07"),
              Department.FORESTRY, new BigDecimal("0.04"),
              Department.CUSTOMS, new BigDecimal("0.04")));

  /** Key categories (dairy, meat, grain, ...) weigh double by default (DOMAIN.md: sampled more). */
  static final BigDecimal KEY_CATEGORY_WEIGHT = new BigDecimal("2");

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Regions regions;

  @Inject Clock clock = Clock.systemUTC();

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public Page<PlanData> list(ListQuery query) {
    Scope scope = store().scope();
    Listing<SamplingPlan> listing =
        Listing.of(SamplingPlan.class)
            .sortable("year", "state")
            .sortableAs("city", "city.code")
            .defaultSort("year")
            .searchable("city.name", "city.code")
            .filterable("city.id", Long::valueOf)
            .filterable("year", Integer::valueOf)
            .filterable("state", PlanState::valueOf)
            .filterable("kind", cn.foodsafety.lims.planning.entity.SamplingKind::valueOf);
    if (!scope.isAdministrator()) {
      Set<Long> cities = scope.visibleCityIds(em);
      listing.where(
          (cb, root) ->
              cities.isEmpty() ? cb.disjunction() : root.get("city").get("id").in(cities));
    }
    ListQuery q = query;
    if (query.sort() == null) {
      q = new ListQuery(query.page(), query.size(), "year", true, query.search(), query.filters());
    }
    return listing.run(em, aliases(q)).map(PlanData::summary);
  }

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public PlanData get(long id) {
    return store().full(store().findVisible(id));
  }

  /**
   * What the plan page shows, with one read of the stored totals: the plan, its broken totals and,
   * when asked, the allocation's inputs (a cell edit refreshes only the first two).
   */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public PlanPage page(long id, boolean withInputs) {
    PlanStore store = store();
    SamplingPlan plan = store.findVisible(id);
    StoredTotals.Sums sums = store.sums(plan);
    List<Broken> broken = PlanStore.broken(sums);
    return new PlanPage(
        store.full(plan, sums, broken),
        withInputs ? PlanInputs.of(plan) : null,
        BrokenTotals.list(em, plan, broken));
  }

  /**
   * Creates the plan of a city for a year: snapshots the residents of the city's active
   * county-level units, computes each unit's quota, sets default inputs (department weights,
   * category weights with key categories double, equal months) and allocates.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData create(PlanData data) {
    Violations v = Violations.of(validator, data);
    Scope scope = store().scope();
    Region city = data.cityId() == null ? null : em.find(Region.class, data.cityId());
    v.addIf(
        data.cityId() != null && city == null,
        "cityId",
        "lims.field.unknownReference",
        data.cityId());
    if (city != null) {
      v.addIf(
          city.getKind() != RegionKind.CITY, "cityId", "lims.plan.city.notCity", city.getName());
      v.addIf(!city.isActive(), "cityId", "lims.field.inactiveReference", city.getName());
      v.addIf(!scope.plans(city), "cityId", "lims.plan.city.outsideRegion", city.getName());
      if (data.year() != null) {
        v.addIf(
            !em.createNamedQuery(SamplingPlan.FIND_BY_CITY_AND_YEAR, SamplingPlan.class)
                .setParameter("city", city)
                .setParameter("year", data.year())
                .getResultList()
                .isEmpty(),
            "year",
            "lims.plan.year.duplicate",
            city.getName(),
            String.valueOf(data.year()));
      }
    }
    List<Region> units =
        city == null || city.getKind() != RegionKind.CITY
            ? List.of()
            : regions.countyUnitsWithin(city.getId());
    v.addIf(
        city != null && city.getKind() == RegionKind.CITY && units.isEmpty(),
        "cityId",
        "lims.plan.city.noUnits",
        city == null ? "" : city.getName());
    v.throwIfAny();
    SamplingPlan plan = new SamplingPlan(city, data.year()).ofKind(data.samplingKind());
    plan.setParameters(
        orDefault(data.ratePerThousand(), SamplingPlan.DEFAULT_RATE),
        orDefault(data.municipalShare(), new BigDecimal("0.5")),
        orDefault(data.smallFarmerShare(), new BigDecimal("0.1")),
        Boolean.TRUE.equals(data.blindCoding()));
    plan.snapshotUnits(units);
    plan.replaceInputs(
        List.of(),
        DEFAULT_DEPARTMENT_WEIGHTS.entrySet().stream()
            .map(e -> new DepartmentWeight(e.getKey(), e.getValue()))
            .toList(),
        store().topLevelCategories().stream()
            .map(
                c ->
                    new CategoryWeight(
                        c, c.isKeyCategory() ? KEY_CATEGORY_WEIGHT : BigDecimal.ONE, 0))
            .toList(),
        months(Collections.nCopies(12, BigDecimal.ONE)));
    em.persist(plan);
    em.flush();
    store().writeCells(plan);
    audit.created(
        ENTITY, plan.getId(), city.getName() + " " + plan.getYear() + " quota " + plan.cityQuota());
    return store().full(plan);
  }

  /** Changes the rate, the shares and blind coding of a draft; the quotas follow the rate. */
  @RolesAllowed(Role.PLANNER_NAME)
  @Interceptors(RecordChanges.class)
  public PlanData updateParameters(long id, PlanData data) {
    SamplingPlan plan = store().findForChange(id);
    Versions.check(data == null ? null : data.version(), plan.getVersion());
    BigDecimal rate = orDefault(data.ratePerThousand(), plan.getRatePerThousand());
    BigDecimal municipal = orDefault(data.municipalShare(), plan.getMunicipalShare());
    BigDecimal farmers = orDefault(data.smallFarmerShare(), plan.getSmallFarmerShare());
    boolean blind = data.blindCoding() == null ? plan.isBlindCoding() : data.blindCoding();
    // the city and the year are fixed: only the parameters are checked
    Violations.of(
            validator,
            new PlanData(
                null,
                plan.getCity().getId(),
                null,
                plan.getYear(),
                rate,
                municipal,
                farmers,
                blind,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null))
        .throwIfAny();
    StoredTotals.Sums before = store().sums(plan);
    plan.setParameters(rate, municipal, farmers, blind);
    em.flush();
    store().retarget(plan, before);
    return store().full(plan);
  }

  /** Approves a draft whose totals all hold; the list of broken totals otherwise (400). */
  @RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
  public PlanData approve(long id, Long version) {
    SamplingPlan plan = store().findForChange(id);
    Versions.check(version, plan.getVersion());
    PlanStore store = store();
    List<Broken> broken = store.broken(plan);
    BrokenTotals.Names names = broken.isEmpty() ? null : BrokenTotals.names(em, plan);
    plan.approve(
        users.current().getUsername(), clock.instant(), broken, b -> BrokenTotals.error(b, names));
    em.flush();
    audit.action(
        AuditAction.STATE_CHANGE,
        ENTITY,
        id,
        "state",
        PlanState.DRAFT.name(),
        PlanState.APPROVED.name(),
        null);
    return store().full(plan);
  }

  static List<MonthWeight> months(List<BigDecimal> weights) {
    List<MonthWeight> list = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      list.add(new MonthWeight(m, weights.get(m - 1)));
    }
    return list;
  }

  /** Accepts the API's short filter names as well ("region" for "region.id"). */
  static ListQuery aliases(ListQuery q) {
    Map<String, String> f = new HashMap<>();
    q.filters()
        .forEach(
            (k, val) -> {
              String key =
                  switch (k) {
                    case "region", "regionId" -> "region.id";
                    case "category", "categoryId" -> "category.id";
                    case "plan", "planId" -> "plan.id";
                    case "samplingUnit", "samplingUnitId" -> "samplingUnit.id";
                    case "city", "cityId" -> "city.id";
                    case "samplingKind" -> "kind";
                    default -> k;
                  };
              f.put(key, val);
            });
    return new ListQuery(q.page(), q.size(), q.sort(), q.descending(), q.search(), f);
  }

  private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
    return value == null ? fallback : value;
  }

  private PlanStore store() {
    return new PlanStore(em, users);
  }
}
