package cn.foodsafety.lims.planning.control;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.PlanTotals;
import cn.foodsafety.lims.planning.entity.PlanUnit;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a plan's inputs into its cells (unit × level × department × category × month), each step by
 * the {@link LargestRemainder} method, so that every part sums exactly to its whole:
 *
 * <ol>
 *   <li><b>Quota</b> of a county-level unit = ceil(residents × rate / 1000), exact (DOMAIN.md: 7
 *       batches per 1,000 residents). The city's quota is the sum of its units' quotas.
 *   <li><b>Levels</b>: national and provincial batches (and routine monitoring) arrive as fixed
 *       counts per unit and category. The remainder max(0, quota − fixed) is split between the
 *       municipal and the county level by the municipal share (municipal first on a tie). When the
 *       fixed batches exceed the quota, the unit samples the fixed batches and plans nothing more.
 *   <li><b>Departments</b>: each planned level by the department weights (enum order on ties).
 *       Fixed national and provincial batches belong to market regulation; routine monitoring of
 *       edible agricultural products to agriculture.
 *   <li><b>Categories</b>: each department's batches by the category weights, the minimums of key
 *       categories honoured first (per unit, level and department; {@link
 *       LargestRemainder#splitWithMinimums}); categories in code order on ties.
 *   <li><b>Months</b>: every unit × level × department × category total by the month weights
 *       (January first on ties).
 *   <li><b>Small farmers</b> (小农户): of each planned (municipal, county) edible agricultural
 *       category total, the small-farmer share (small farmers first on a tie), spread over the
 *       months in proportion to the month's batches, so no month has more small-farmer batches than
 *       batches.
 *   <li><b>Campaigns</b> (专项抽检) come on top: their batches per unit and category at their level and
 *       department, spread over their months by the days of the campaign in each month.
 * </ol>
 *
 * Pure and deterministic: the same inputs always give the same cells.
 */
public final class QuotaAllocator {

  public static final int MONTHS = 12;

  /** A county-level unit and its residents (in code order). */
  public record Unit(long regionId, long residents) {}

  /**
   * A category's weight and minimum (in code order); edible agricultural products have a share for
   * small farmers.
   */
  public record CategoryWeight(
      long categoryId, BigDecimal weight, int minimum, boolean edibleAgricultural) {
    public CategoryWeight {
      Objects.requireNonNull(weight);
    }
  }

  /** Fixed batches that arrive from above for a unit, level and category. */
  public record Fixed(long regionId, SamplingLevel level, long categoryId, int batches) {}

  /** A campaign's batches for a unit and category, with the weight of each month (12). */
  public record CampaignShare(
      long regionId,
      long categoryId,
      SamplingLevel level,
      Department department,
      int batches,
      List<BigDecimal> monthWeights) {}

  /** Everything the allocation depends on. */
  public record Inputs(
      BigDecimal ratePerThousand,
      BigDecimal municipalShare,
      BigDecimal smallFarmerShare,
      List<Unit> units,
      List<CategoryWeight> categories,
      Map<Department, BigDecimal> departmentWeights,
      List<BigDecimal> monthWeights,
      List<Fixed> fixed,
      List<CampaignShare> campaigns) {

    public Inputs {
      Objects.requireNonNull(ratePerThousand);
      Objects.requireNonNull(municipalShare);
      Objects.requireNonNull(smallFarmerShare);
      units = List.copyOf(units);
      categories = List.copyOf(categories);
      Map<Department, BigDecimal> copy = new EnumMap<>(Department.class);
      copy.putAll(departmentWeights);
      departmentWeights = copy;
      monthWeights = List.copyOf(monthWeights);
      fixed = List.copyOf(fixed);
      campaigns = List.copyOf(campaigns);
      if (monthWeights.size() != MONTHS) {
        throw new IllegalArgumentException("12 month weights");
      }
    }
  }

  /** One cell: batches of a unit, level, department, category and month (1-12). */
  public record Cell(
      long regionId,
      SamplingLevel level,
      Department department,
      long categoryId,
      int month,
      int batches,
      int smallFarmerBatches) {}

  /** The quota of each unit (by region id, in unit order) and the cells with batches. */
  public record Allocation(Map<Long, Integer> quotas, List<Cell> cells) {
    public int cityQuota() {
      return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalBatches() {
      return cells.stream().mapToInt(Cell::batches).sum();
    }
  }

  /** ceil(residents × rate / 1000), exact ({@link PlanUnit#quota}). */
  public static int quota(long residents, BigDecimal ratePerThousand) {
    return PlanUnit.quota(residents, ratePerThousand);
  }

  /** The department that samples fixed batches of a level. */
  public static Department departmentOfFixed(SamplingLevel level) {
    return level == SamplingLevel.ROUTINE_MONITORING
        ? Department.AGRICULTURE
        : Department.MARKET_REGULATION;
  }

  public Allocation allocate(Inputs in) {
    List<Department> departments = List.of(Department.values());
    List<BigDecimal> departmentWeights = new ArrayList<>();
    for (Department d : departments) {
      departmentWeights.add(in.departmentWeights().getOrDefault(d, BigDecimal.ZERO));
    }
    List<BigDecimal> categoryWeights = new ArrayList<>();
    int[] minimums = new int[in.categories().size()];
    for (int i = 0; i < in.categories().size(); i++) {
      categoryWeights.add(in.categories().get(i).weight());
      minimums[i] = in.categories().get(i).minimum();
    }
    LargestRemainder.Weights levelShares =
        LargestRemainder.of(
            List.of(in.municipalShare(), BigDecimal.ONE.subtract(in.municipalShare())));
    LargestRemainder.Weights smallFarmerShares =
        LargestRemainder.of(
            List.of(in.smallFarmerShare(), BigDecimal.ONE.subtract(in.smallFarmerShare())));
    LargestRemainder.Weights byDepartmentWeights = LargestRemainder.of(departmentWeights);
    LargestRemainder.Weights byCategoryWeights = LargestRemainder.of(categoryWeights);
    LargestRemainder.Weights months = LargestRemainder.of(in.monthWeights());

    Map<Long, Integer> quotas = new LinkedHashMap<>();
    Map<CellKey, int[]> cells = new LinkedHashMap<>();
    for (Unit unit : in.units()) {
      int quota = quota(unit.residents(), in.ratePerThousand());
      quotas.put(unit.regionId(), quota);
      long fixedTotal = 0;
      for (Fixed f : in.fixed()) {
        if (f.regionId() != unit.regionId()) {
          continue;
        }
        if (f.batches() < 0 || !f.level().isFixedInPlan()) {
          throw new IllegalArgumentException("fixed batches come from above and are not negative");
        }
        fixedTotal += f.batches();
        spread(
            cells,
            unit.regionId(),
            f.level(),
            departmentOfFixed(f.level()),
            f.categoryId(),
            f.batches(),
            months,
            null);
      }
      int remainder = (int) Math.max(0, quota - fixedTotal);
      int[] levels = levelShares.split(remainder);
      SamplingLevel[] planned = {SamplingLevel.MUNICIPAL, SamplingLevel.COUNTY};
      for (int l = 0; l < planned.length; l++) {
        int[] byDepartment = byDepartmentWeights.split(levels[l]);
        for (int d = 0; d < departments.size(); d++) {
          if (byDepartment[d] == 0) {
            continue;
          }
          int[] byCategory =
              LargestRemainder.splitWithMinimums(byDepartment[d], byCategoryWeights, minimums);
          for (int c = 0; c < byCategory.length; c++) {
            if (byCategory[c] == 0) {
              continue;
            }
            CategoryWeight category = in.categories().get(c);
            Integer smallFarmers =
                category.edibleAgricultural() ? smallFarmerShares.split(byCategory[c])[0] : null;
            spread(
                cells,
                unit.regionId(),
                planned[l],
                departments.get(d),
                category.categoryId(),
                byCategory[c],
                months,
                smallFarmers);
          }
        }
      }
    }
    for (CampaignShare c : in.campaigns()) {
      if (c.batches() < 0) {
        throw new IllegalArgumentException("campaign batches are not negative");
      }
      spread(
          cells,
          c.regionId(),
          c.level(),
          c.department(),
          c.categoryId(),
          c.batches(),
          LargestRemainder.of(c.monthWeights()),
          null);
    }
    List<Cell> list = new ArrayList<>(cells.size());
    cells.forEach(
        (k, v) -> {
          if (v[0] > 0) {
            list.add(
                new Cell(k.regionId, k.level, k.department, k.categoryId, k.month, v[0], v[1]));
          }
        });
    return new Allocation(quotas, list);
  }

  /**
   * The small-farmer batches of a category total, spread over months in proportion to each month's
   * batches: a month never gets more small-farmer batches than batches.
   */
  public static int[] smallFarmersByMonth(int smallFarmers, int[] batchesByMonth) {
    return LargestRemainder.splitByCounts(smallFarmers, batchesByMonth);
  }

  private static void spread(
      Map<CellKey, int[]> cells,
      long regionId,
      SamplingLevel level,
      Department department,
      long categoryId,
      int total,
      LargestRemainder.Weights monthWeights,
      Integer smallFarmers) {
    if (total == 0) {
      return;
    }
    int[] months = monthWeights.split(total);
    int[] small =
        smallFarmers == null ? new int[MONTHS] : smallFarmersByMonth(smallFarmers, months);
    for (int m = 0; m < MONTHS; m++) {
      if (months[m] == 0) {
        continue;
      }
      int[] cell =
          cells.computeIfAbsent(
              new CellKey(regionId, level, department, categoryId, m + 1), k -> new int[2]);
      cell[0] += months[m];
      cell[1] += small[m];
    }
  }

  private record CellKey(
      long regionId, SamplingLevel level, Department department, long categoryId, int month) {}

  /** The allocator's cells summed over months, then rolled up: the targets. */
  public static Map<PlanTotals.GroupKey, Integer> targets(List<Cell> cells) {
    return PlanTotals.rollUp(byGroup(cells));
  }

  /** The allocator's cells summed over months per unit × level × department × category. */
  public static Map<PlanTotals.GroupKey, Integer> byGroup(List<Cell> cells) {
    Map<PlanTotals.GroupKey, Integer> byCategory = new java.util.HashMap<>();
    for (Cell c : cells) {
      byCategory.merge(
          PlanTotals.GroupKey.of(c.regionId(), c.level(), c.department(), c.categoryId()),
          c.batches(),
          Integer::sum);
    }
    return byCategory;
  }
}
