package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.planning.control.PlanTotals;
import cn.foodsafety.lims.planning.control.PlanTotals.Broken;
import cn.foodsafety.lims.planning.control.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.control.PlanWorkbook;
import cn.foodsafety.lims.planning.control.QuotaAllocator;
import cn.foodsafety.lims.planning.entity.Campaign;
import cn.foodsafety.lims.planning.entity.CampaignBatches;
import cn.foodsafety.lims.planning.entity.CategoryWeight;
import cn.foodsafety.lims.planning.entity.DepartmentWeight;
import cn.foodsafety.lims.planning.entity.FixedBatches;
import cn.foodsafety.lims.planning.entity.MonthWeight;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.PlanState;
import cn.foodsafety.lims.planning.entity.PlanUnit;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Versions;
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
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year's sampling plans of cities: create a plan (residents snapshot and quotas), set its
 * parameters and the inputs of the allocation, allocate, edit cells by hand, see the totals a hand
 * edit breaks, approve, add special campaigns, follow progress, and exchange the allocation as an
 * Excel workbook. Planners change the plans of their region; planners and supervisors read them.
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

  private final QuotaAllocator allocator = new QuotaAllocator();

  // ---------------------------------------------------------------- plans

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public Page<PlanData> list(ListQuery query) {
    Scope scope = scope();
    Listing<SamplingPlan> listing =
        Listing.of(SamplingPlan.class)
            .sortable("year", "state")
            .sortableAs("city", "city.code")
            .defaultSort("year")
            .searchable("city.name", "city.code")
            .filterable("city.id", Long::valueOf)
            .filterable("year", Integer::valueOf)
            .filterable("state", PlanState::valueOf);
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
    return full(findVisible(id));
  }

  /**
   * Creates the plan of a city for a year: snapshots the residents of the city's active
   * county-level units, computes each unit's quota, sets default inputs (department weights,
   * category weights with key categories double, equal months) and allocates.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData create(PlanData data) {
    Violations v = Violations.of(validator, data);
    Scope scope = scope();
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
    SamplingPlan plan = new SamplingPlan(city, data.year());
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
        topLevelCategories().stream()
            .map(
                c ->
                    new CategoryWeight(
                        c, c.isKeyCategory() ? KEY_CATEGORY_WEIGHT : BigDecimal.ONE, 0))
            .toList(),
        months(Collections.nCopies(12, BigDecimal.ONE)));
    em.persist(plan);
    em.flush();
    writeCells(plan);
    audit.created(
        ENTITY, plan.getId(), city.getName() + " " + plan.getYear() + " quota " + plan.cityQuota());
    return full(plan);
  }

  /** Changes the rate, the shares and blind coding of a draft; the quotas follow the rate. */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData updateParameters(long id, PlanData data) {
    SamplingPlan plan = findForChange(id);
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
                null))
        .throwIfAny();
    AuditTrail.Changes changes =
        new AuditTrail.Changes()
            .compare("ratePerThousand", plan.getRatePerThousand(), rate)
            .compare("municipalShare", plan.getMunicipalShare(), municipal)
            .compare("smallFarmerShare", plan.getSmallFarmerShare(), farmers)
            .compare("blindCoding", plan.isBlindCoding(), blind);
    StoredTotals.Sums before = sums(plan);
    plan.setParameters(rate, municipal, farmers, blind);
    em.flush();
    retarget(plan, before);
    audit.changed(ENTITY, id, changes, null);
    return full(plan);
  }

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public PlanInputs inputs(long id) {
    return PlanInputs.of(findVisible(id));
  }

  /**
   * Replaces the inputs of a draft's allocation. Every invalid entry is reported; the cells change
   * only when the plan is allocated again (until then the totals show the difference).
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanInputs updateInputs(long id, PlanInputs data) {
    SamplingPlan plan = findForChange(id);
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
    StoredTotals.Sums before = sums(plan);
    plan.replaceInputs(fixed, departments, categories, months);
    em.flush();
    retarget(plan, before);
    audit.action(AuditAction.UPDATE, ENTITY, id, "inputs", null, summary(data), null);
    return PlanInputs.of(plan);
  }

  /** Recomputes every cell of a draft from its inputs and campaigns; hand edits are lost. */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData allocate(long id) {
    SamplingPlan plan = findForChange(id);
    int cells = writeCells(plan);
    audit.action(AuditAction.UPDATE, ENTITY, id, "cells", null, cells + " cells allocated", null);
    return full(plan);
  }

  /** Approves a draft whose totals all hold; the list of broken totals otherwise (400). */
  @RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
  public PlanData approve(long id, Long version) {
    SamplingPlan plan = findForChange(id);
    Versions.check(version, plan.getVersion());
    List<Broken> broken = broken(plan);
    if (!broken.isEmpty()) {
      Names names = names(plan);
      List<FieldError> errors = new ArrayList<>();
      for (Broken b : broken) {
        errors.add(brokenError(b, names));
      }
      throw new InvalidInputException(errors);
    }
    plan.approve(users.current().getUsername(), clock.instant());
    em.flush();
    audit.action(
        AuditAction.STATE_CHANGE,
        ENTITY,
        id,
        "state",
        PlanState.DRAFT.name(),
        PlanState.APPROVED.name(),
        null);
    return full(plan);
  }

  // ---------------------------------------------------------------- cells and totals

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public Page<CellData> cells(long planId, ListQuery query) {
    SamplingPlan plan = findVisible(planId);
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
    return listing.run(em, aliases(query)).map(CellData::of);
  }

  /**
   * The planner's hand edit of one cell of a draft, named by id or by its key; a cell that has no
   * batches yet is created. The plan's totals then show what the edit broke.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public CellData setCell(long planId, Long cellId, CellData data) {
    SamplingPlan plan = findForChange(planId);
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
      Region region = unitOf(plan, data.regionId(), "regionId", v);
      FoodCategory category = topLevelCategory(data.categoryId(), "categoryId", v);
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
    ensureTotals(plan);
    int before = cell.getBatches();
    cell.edit(batches, smallFarmers);
    if (cell.getId() == null) {
      em.persist(cell);
    }
    em.flush();
    new StoredTotals(em).addPlanned(plan, groupOf(cell), batches - before);
    audit.action(
        AuditAction.UPDATE,
        ENTITY,
        planId,
        "cell " + cellLabel(cell),
        String.valueOf(before),
        String.valueOf(batches),
        null);
    return CellData.of(cell);
  }

  /** Every total of the plan that differs from its target (empty when the plan may be approved). */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<TotalData> brokenTotals(long planId) {
    SamplingPlan plan = findVisible(planId);
    Names names = names(plan);
    return broken(plan).stream()
        .map(
            b -> {
              GroupKey k = b.key();
              return new TotalData(
                  k.depth(),
                  brokenError(b, names).field(),
                  k.regionId(),
                  names.region(k.regionId()).zh(),
                  k.level(),
                  k.department(),
                  k.categoryId(),
                  k.categoryId() == null ? null : names.category(k.categoryId()).zh(),
                  b.target(),
                  b.actual(),
                  b.difference());
            })
        .toList();
  }

  // ---------------------------------------------------------------- campaigns

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<CampaignData> campaigns(long planId) {
    SamplingPlan plan = findVisible(planId);
    return campaignsOf(plan).stream().map(CampaignData::of).toList();
  }

  /**
   * Adds special sampling (专项抽检) to a plan, draft or approved: its batches come on top of the cells
   * (and of the targets), at its level and department, in the months of its period.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public CampaignData addCampaign(long planId, CampaignData data) {
    SamplingPlan plan = findEditable(planId);
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
        Region region = unitOf(plan, b.regionId(), f + ".regionId", v);
        FoodCategory category = category(b.categoryId(), f + ".categoryId", v);
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
    StoredTotals.Sums before = sums(plan);
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
                sharesOf(plan, List.of(campaign))));
    Map<String, PlanCell> existing = new HashMap<>();
    for (PlanCell c :
        em.createNamedQuery(PlanCell.FIND_BY_PLAN, PlanCell.class)
            .setParameter("plan", plan)
            .getResultList()) {
      existing.put(
          key(
              c.getRegion().getId(),
              c.getLevel(),
              c.getDepartment(),
              c.getCategory().getId(),
              c.getMonth()),
          c);
    }
    for (QuotaAllocator.Cell c : overlay.cells()) {
      PlanCell cell =
          existing.get(key(c.regionId(), c.level(), c.department(), c.categoryId(), c.month()));
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
    PlanTotals.byGroup(overlay.cells()).forEach((k, n) -> planned.merge(k, n, Integer::sum));
    new StoredTotals(em)
        .replace(plan, PlanTotals.byGroup(allocator.allocate(inputsOf(plan)).cells()), planned);
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

  // ---------------------------------------------------------------- progress

  /** The ways progress can be grouped. */
  public enum ProgressBy {
    UNIT,
    LEVEL,
    DEPARTMENT,
    CATEGORY,
    MONTH
  }

  /**
   * Plan against actual, grouped by unit, level, department, top-level category or month, with a
   * TOTAL row last. Actual = samples of the plan not rejected by the lab.
   */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<ProgressRow> progress(long planId, String by) {
    SamplingPlan plan = findVisible(planId);
    ProgressBy grouping;
    try {
      grouping =
          ProgressBy.valueOf(by == null ? "UNIT" : by.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("by", "lims.plan.progress.by", by);
    }
    return progressOf(plan, grouping);
  }

  private List<ProgressRow> progressOf(SamplingPlan plan, ProgressBy by) {
    Map<Long, Long> topOf = topLevelIds();
    Map<String, Integer> planned = new HashMap<>();
    Map<String, Long> collected = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(PlanCell.SUM_BY_GROUP, Object[].class)
            .setParameter("plan", plan)
            .getResultList()) {
      String k =
          switch (by) {
            case UNIT -> String.valueOf(row[0]);
            case LEVEL -> ((SamplingLevel) row[1]).name();
            case DEPARTMENT -> ((Department) row[2]).name();
            case CATEGORY -> String.valueOf(row[3]);
            case MONTH -> null;
          };
      if (k != null) {
        planned.merge(k, ((Number) row[4]).intValue(), Integer::sum);
      }
    }
    if (by == ProgressBy.MONTH) {
      for (Object[] row :
          em.createQuery(
                  "select c.month, sum(c.batches) from PlanCell c where c.plan = :plan group by"
                      + " c.month",
                  Object[].class)
              .setParameter("plan", plan)
              .getResultList()) {
        planned.put(String.valueOf(row[0]), ((Number) row[1]).intValue());
      }
    }
    Map<String, Long> outside = new HashMap<>();
    for (Object[] row : collectedOf(plan, by)) {
      String k;
      if (by == ProgressBy.CATEGORY) {
        long category = ((Number) row[0]).longValue();
        k = String.valueOf(topOf.getOrDefault(category, category));
      } else if (by == ProgressBy.UNIT || by == ProgressBy.MONTH) {
        k = String.valueOf(((Number) row[0]).longValue());
      } else {
        k = String.valueOf(row[0]);
      }
      (Boolean.TRUE.equals(row[1]) ? outside : collected)
          .merge(k, ((Number) row[2]).longValue(), Long::sum);
    }
    long cityResidents = plan.residents();
    List<ProgressRow> rows = new ArrayList<>();
    switch (by) {
      case UNIT -> {
        for (PlanUnit u : plan.getUnits()) {
          String k = String.valueOf(u.getRegion().getId());
          rows.add(
              row(
                  k,
                  u.getRegion().getCode(),
                  u.getRegion().getName(),
                  planned.getOrDefault(k, 0),
                  collected.getOrDefault(k, 0L),
                  outside.getOrDefault(k, 0L),
                  u.getResidents(),
                  u.getQuota()));
        }
      }
      case LEVEL -> {
        for (SamplingLevel l : SamplingLevel.values()) {
          rows.add(
              row(
                  l.name(),
                  l.code(),
                  null,
                  planned.getOrDefault(l.name(), 0),
                  collected.getOrDefault(l.name(), 0L),
                  outside.getOrDefault(l.name(), 0L),
                  cityResidents,
                  null));
        }
      }
      case DEPARTMENT -> {
        for (Department d : Department.values()) {
          rows.add(
              row(
                  d.name(),
                  d.name(),
                  null,
                  planned.getOrDefault(d.name(), 0),
                  collected.getOrDefault(d.name(), 0L),
                  outside.getOrDefault(d.name(), 0L),
                  cityResidents,
                  null));
        }
      }
      case CATEGORY -> {
        for (FoodCategory c : topLevelCategoriesWithInactive()) {
          String k = String.valueOf(c.getId());
          int p = planned.getOrDefault(k, 0);
          long a = collected.getOrDefault(k, 0L);
          long o = outside.getOrDefault(k, 0L);
          if (p > 0 || a > 0 || o > 0) {
            rows.add(row(k, c.getCode(), c.getName(), p, a, o, cityResidents, null));
          }
        }
      }
      case MONTH -> {
        for (int m = 1; m <= 12; m++) {
          String k = String.valueOf(m);
          rows.add(
              row(
                  k,
                  k,
                  null,
                  planned.getOrDefault(k, 0),
                  collected.getOrDefault(k, 0L),
                  outside.getOrDefault(k, 0L),
                  cityResidents,
                  null));
        }
      }
    }
    int totalPlanned = planned.values().stream().mapToInt(Integer::intValue).sum();
    long totalCollected = collected.values().stream().mapToLong(Long::longValue).sum();
    long totalOutside = outside.values().stream().mapToLong(Long::longValue).sum();
    rows.add(
        row(
            ProgressRow.TOTAL,
            plan.getCity().getCode(),
            plan.getCity().getName(),
            totalPlanned,
            totalCollected,
            totalOutside,
            cityResidents,
            plan.cityQuota()));
    return rows;
  }

  /**
   * Batches collected in the plan's units in its year, inside and outside the plan ({@code [group,
   * outside_plan, batches]}): the statistics facts, the same monthly counts the dashboard's volume
   * reads, so progress and dashboard agree by construction. Rejected samples must be taken again:
   * not counted.
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> collectedOf(SamplingPlan plan, ProgressBy by) {
    String column =
        switch (by) {
          case UNIT -> "region_id";
          case LEVEL -> "sampling_level";
          case DEPARTMENT -> "department";
          case CATEGORY -> "top_category_id";
          case MONTH -> "EXTRACT(MONTH FROM month_start)";
        };
    List<Long> units = plan.getUnits().stream().map(u -> u.getRegion().getId()).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    var q =
        em.createNativeQuery(
            "SELECT "
                + column
                + ", outside_plan, SUM(batches) FROM sample_month_fact WHERE month_start >= ?"
                + " AND month_start <= ? AND region_id IN ("
                + String.join(",", java.util.Collections.nCopies(units.size(), "?"))
                + ") GROUP BY "
                + column
                + ", outside_plan");
    q.setParameter(1, java.time.LocalDate.of(plan.getYear(), 1, 1));
    q.setParameter(2, java.time.LocalDate.of(plan.getYear(), 12, 1));
    for (int i = 0; i < units.size(); i++) {
      q.setParameter(3 + i, units.get(i));
    }
    return q.getResultList();
  }

  private static ProgressRow row(
      String key,
      String code,
      String name,
      int planned,
      long collected,
      long outsidePlan,
      Long residents,
      Integer quota) {
    // the volume against residents and quota counts every batch, as the dashboard does
    long volume = collected + outsidePlan;
    return new ProgressRow(
        key,
        code,
        name,
        planned,
        collected,
        outsidePlan,
        planned == 0 ? null : percent(collected, planned),
        residents,
        quota,
        residents == null || residents == 0
            ? null
            : BigDecimal.valueOf(volume * 1000)
                .divide(BigDecimal.valueOf(residents), 3, RoundingMode.HALF_UP),
        quota == null || quota == 0 ? null : percent(volume, quota));
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  // ---------------------------------------------------------------- workbook

  /**
   * The plan's allocation (one row per unit × level × department × category, 12 months) and
   * progress.
   */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public byte[] exportWorkbook(long planId) {
    SamplingPlan plan = findVisible(planId);
    Map<String, PlanWorkbook.Row> rows = new LinkedHashMap<>();
    for (PlanCell c :
        em.createNamedQuery(PlanCell.FIND_BY_PLAN, PlanCell.class)
            .setParameter("plan", plan)
            .getResultList()) {
      String k =
          key(c.getRegion().getId(), c.getLevel(), c.getDepartment(), c.getCategory().getId(), 0);
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
        progressOf(plan, ProgressBy.UNIT).stream()
            .map(
                p ->
                    new PlanWorkbook.ProgressLine(
                        ProgressRow.TOTAL.equals(p.key()) ? "" : p.code(),
                        p.name(),
                        p.residents() == null ? 0 : p.residents(),
                        p.quota() == null ? 0 : p.quota(),
                        p.planned(),
                        p.collected(),
                        p.perThousand(),
                        p.percentOfQuota()))
            .toList();
    return new PlanWorkbook()
        .write(plan.getCity().getName() + " " + plan.getYear(), ordered, progress);
  }

  /**
   * Replaces every cell of a draft with the workbook's allocation (the export's layout). All or
   * nothing: every bad cell is reported (field "分配!C7"), and nothing is written unless the whole
   * workbook is clean.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public PlanData importWorkbook(long planId, byte[] workbook) {
    SamplingPlan plan = findForChange(planId);
    Map<String, Long> units = new HashMap<>();
    for (PlanUnit u : plan.getUnits()) {
      units.put(u.getRegion().getCode(), u.getRegion().getId());
    }
    Map<String, Long> categories = new HashMap<>();
    Set<Long> edible = edibleCategoryIds();
    for (FoodCategory c : topLevelCategoriesWithInactive()) {
      categories.put(c.getCode(), c.getId());
    }
    List<PlanWorkbook.ImportedRow> imported =
        new PlanWorkbook().read(workbook, units::get, categories::get, edible::contains);
    StoredTotals.Sums before = sums(plan);
    em.createNamedQuery(PlanCell.DELETE_BY_PLAN).setParameter("plan", plan).executeUpdate();
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
    new StoredTotals(em).replace(plan, before.targets(), plannedByGroup(plan));
    audit.action(
        AuditAction.UPDATE, ENTITY, planId, "cells", null, count + " cells imported", null);
    return full(plan);
  }

  private Map<GroupKey, Integer> plannedByGroup(SamplingPlan plan) {
    return new PlanQueries(em).plannedByGroup(plan);
  }

  // ---------------------------------------------------------------- internals

  private Scope scope() {
    return new Scope(users.current());
  }

  private SamplingPlan findVisible(long id) {
    SamplingPlan plan = em.find(SamplingPlan.class, id);
    if (plan == null || !scope().sees(plan.getCity())) {
      throw new NotFoundException(ENTITY, id);
    }
    return plan;
  }

  /** A plan the caller may change (draft or not). */
  private SamplingPlan findEditable(long id) {
    SamplingPlan plan = findVisible(id);
    if (!scope().plans(plan.getCity())) {
      throw new cn.foodsafety.lims.platform.control.AccessDeniedException("lims.error.forbidden");
    }
    return plan;
  }

  /** A draft the caller may change. */
  private SamplingPlan findForChange(long id) {
    SamplingPlan plan = findEditable(id);
    if (!plan.isDraft()) {
      throw new RuleViolationException(
          "lims.plan.approved", plan.getCity().getName(), String.valueOf(plan.getYear()));
    }
    return plan;
  }

  private PlanData full(SamplingPlan plan) {
    StoredTotals.Sums sums = sums(plan);
    return PlanData.of(
        plan,
        sums.plannedBatches(),
        broken(sums).size(),
        plan.getUnits().stream().map(PlanData.UnitData::of).toList(),
        campaignsOf(plan).stream().map(CampaignData::of).toList());
  }

  private List<Campaign> campaignsOf(SamplingPlan plan) {
    return em.createNamedQuery(Campaign.FIND_BY_PLAN, Campaign.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  /** The allocator's view of the plan: its inputs and campaigns. */
  private QuotaAllocator.Inputs inputsOf(SamplingPlan plan) {
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

  private List<QuotaAllocator.CampaignShare> sharesOf(SamplingPlan plan, List<Campaign> campaigns) {
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
  private int writeCells(SamplingPlan plan) {
    em.createNamedQuery(PlanCell.DELETE_BY_PLAN).setParameter("plan", plan).executeUpdate();
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
    Map<GroupKey, Integer> groups = PlanTotals.byGroup(allocation.cells());
    new StoredTotals(em).replace(plan, groups, groups);
    return allocation.cells().size();
  }

  private List<Broken> broken(SamplingPlan plan) {
    return broken(sums(plan));
  }

  private static List<Broken> broken(StoredTotals.Sums sums) {
    return PlanTotals.broken(PlanTotals.rollUp(sums.targets()), PlanTotals.rollUp(sums.planned()));
  }

  /**
   * The plan's targets and planned batches per cell group, as stored with the plan (computed once,
   * and stored, for a plan that was written before the totals were kept).
   */
  private StoredTotals.Sums sums(SamplingPlan plan) {
    StoredTotals stored = new StoredTotals(em);
    StoredTotals.Sums sums = stored.read(plan);
    if (sums == null) {
      sums =
          new StoredTotals.Sums(
              PlanTotals.byGroup(allocator.allocate(inputsOf(plan)).cells()), plannedByGroup(plan));
      stored.replace(plan, sums.targets(), sums.planned());
    }
    return sums;
  }

  private void ensureTotals(SamplingPlan plan) {
    sums(plan);
  }

  /** The inputs changed: new targets from the allocator, the cells (and so planned) unchanged. */
  private void retarget(SamplingPlan plan, StoredTotals.Sums before) {
    new StoredTotals(em)
        .replace(
            plan, PlanTotals.byGroup(allocator.allocate(inputsOf(plan)).cells()), before.planned());
  }

  private static GroupKey groupOf(PlanCell c) {
    return GroupKey.of(
        c.getRegion().getId(), c.getLevel(), c.getDepartment(), c.getCategory().getId());
  }

  private FieldError brokenError(Broken b, Names names) {
    GroupKey k = b.key();
    StringBuilder field = new StringBuilder("totals[").append(names.regionCode(k.regionId()));
    if (k.level() != null) {
      field.append('/').append(k.level().name());
    }
    if (k.department() != null) {
      field.append('/').append(k.department().name());
    }
    if (k.categoryId() != null) {
      field.append('/').append(names.categoryCode(k.categoryId()));
    }
    field.append(']');
    String actual = String.valueOf(b.actual());
    String target = String.valueOf(b.target());
    return switch (k.depth()) {
      case UNIT ->
          FieldError.of(
              field.toString(), "lims.plan.total.unit", names.region(k.regionId()), actual, target);
      case LEVEL ->
          FieldError.of(
              field.toString(),
              "lims.plan.total.level",
              names.region(k.regionId()),
              k.level(),
              actual,
              target);
      case DEPARTMENT ->
          FieldError.of(
              field.toString(),
              "lims.plan.total.department",
              names.region(k.regionId()),
              k.level(),
              k.department(),
              actual,
              target);
      case CATEGORY ->
          FieldError.of(
              field.toString(),
              "lims.plan.total.category",
              names.region(k.regionId()),
              k.level(),
              k.department(),
              names.category(k.categoryId()),
              actual,
              target);
    };
  }

  /** Names and codes of regions and categories, loaded once per call. */
  private record Names(Map<Long, Region> regions, Map<Long, FoodCategory> categories) {
    Messages.Name region(long id) {
      Region r = regions.get(id);
      return r == null
          ? new Messages.Name(String.valueOf(id), null)
          : new Messages.Name(r.getName(), r.getNameEn());
    }

    String regionCode(long id) {
      Region r = regions.get(id);
      return r == null ? String.valueOf(id) : r.getCode();
    }

    Messages.Name category(long id) {
      FoodCategory c = categories.get(id);
      return c == null
          ? new Messages.Name(String.valueOf(id), null)
          : new Messages.Name(c.getName(), c.getNameEn());
    }

    String categoryCode(long id) {
      FoodCategory c = categories.get(id);
      return c == null ? String.valueOf(id) : c.getCode();
    }
  }

  private Names names(SamplingPlan plan) {
    Map<Long, Region> units = new HashMap<>();
    plan.getUnits().forEach(u -> units.put(u.getRegion().getId(), u.getRegion()));
    return new Names(
        units,
        em.createQuery("select c from FoodCategory c where c.parent is null", FoodCategory.class)
            .getResultStream()
            .collect(Collectors.toMap(FoodCategory::getId, Function.identity())));
  }

  private static String key(
      long region, SamplingLevel level, Department d, long category, int month) {
    return region + "/" + level + "/" + d + "/" + category + "/" + month;
  }

  private static String cellLabel(PlanCell c) {
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

  private List<FoodCategory> topLevelCategories() {
    return new PlanQueries(em).topLevelCategories();
  }

  private List<FoodCategory> topLevelCategoriesWithInactive() {
    return em.createQuery(
            "select c from FoodCategory c where c.parent is null order by c.code",
            FoodCategory.class)
        .getResultList();
  }

  private Map<Long, Long> topLevelIds() {
    return new PlanQueries(em).topLevelIds();
  }

  /** Edible agricultural products: the category coded "33" and everything below it. */
  private Set<Long> edibleCategoryIds() {
    List<FoodCategory> root =
        em.createNamedQuery(FoodCategory.FIND_BY_CODE, FoodCategory.class)
            .setParameter("code", EDIBLE_AGRICULTURAL_CODE)
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

  private Region unitOf(SamplingPlan plan, Long regionId, String field, Violations v) {
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

  private FoodCategory category(Long categoryId, String field, Violations v) {
    if (categoryId == null) {
      v.add(field, "lims.field.required");
      return null;
    }
    FoodCategory c = em.find(FoodCategory.class, categoryId);
    v.addIf(c == null, field, "lims.field.unknownReference", categoryId);
    return c;
  }

  private FoodCategory topLevelCategory(Long categoryId, String field, Violations v) {
    FoodCategory c = category(categoryId, field, v);
    if (c != null && c.getParent() != null) {
      v.add(field, "lims.plan.category.topLevel", c.getName());
      return null;
    }
    return c;
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
      Region region = unitOf(plan, f.regionId(), name + ".regionId", v);
      FoodCategory category = topLevelCategory(f.categoryId(), name + ".categoryId", v);
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
      FoodCategory c = topLevelCategory(s.categoryId(), name + ".categoryId", v);
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
    return months(weights);
  }

  private static List<MonthWeight> months(List<BigDecimal> weights) {
    List<MonthWeight> list = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      list.add(new MonthWeight(m, weights.get(m - 1)));
    }
    return list;
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
                    default -> k;
                  };
              f.put(key, val);
            });
    return new ListQuery(q.page(), q.size(), q.sort(), q.descending(), q.search(), f);
  }

  private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
    return value == null ? fallback : value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
