package cn.foodsafety.lims.planning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Allocation;
import cn.foodsafety.lims.planning.control.QuotaAllocator.CampaignShare;
import cn.foodsafety.lims.planning.control.QuotaAllocator.CategoryWeight;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Cell;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Fixed;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Inputs;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Unit;
import cn.foodsafety.lims.planning.entity.PlanTotals.Depth;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuotaAllocatorTest {

  static final BigDecimal SEVEN = new BigDecimal("7");

  /** Zhengzhou's 16 county-level units in code order with their residents (V2 reference data). */
  static final long[][] ZHENGZHOU = {
    {3, 795_000}, {4, 848_000}, {5, 585_000}, {6, 1_333_000}, {7, 163_000}, {8, 311_000},
    {9, 524_000}, {16, 284_000}, {17, 319_000}, {18, 738_000}, {10, 844_000}, {11, 670_000},
    {12, 817_000}, {13, 653_000}, {14, 727_000}, {15, 741_000}
  };

  static final long DAIRY = 5;
  static final long MEAT = 4;
  static final long EDIBLE = 33;

  final QuotaAllocator allocator = new QuotaAllocator();

  static List<BigDecimal> weights(String... w) {
    return Arrays.stream(w).map(BigDecimal::new).toList();
  }

  static List<BigDecimal> equalMonths() {
    return Collections.nCopies(12, BigDecimal.ONE);
  }

  static Map<Department, BigDecimal> departments(String... w) {
    Map<Department, BigDecimal> m = new EnumMap<>(Department.class);
    for (int i = 0; i < w.length; i++) {
      m.put(Department.values()[i], new BigDecimal(w[i]));
    }
    return m;
  }

  /** 34 top-level categories 1..34, weight 1 each, 2 for key ones, a minimum of 3 for dairy. */
  static List<CategoryWeight> categories() {
    List<CategoryWeight> list = new ArrayList<>();
    for (long id = 1; id <= 34; id++) {
      boolean key = id == 1 || id == MEAT || id == DAIRY || id == 29 || id == EDIBLE;
      list.add(
          new CategoryWeight(
              id, key ? new BigDecimal("2") : BigDecimal.ONE, id == DAIRY ? 3 : 0, id == EDIBLE));
    }
    return list;
  }

  static Inputs zhengzhou(List<Fixed> fixed, List<CampaignShare> campaigns) {
    List<Unit> units = new ArrayList<>();
    for (long[] u : ZHENGZHOU) {
      units.add(new Unit(u[0], u[1]));
    }
    return new Inputs(
        SEVEN,
        new BigDecimal("0.4"),
        new BigDecimal("0.15"),
        units,
        categories(),
        departments("0.6", "0.25", "0.08", "0.04", "0.03"),
        weights("6", "5", "8", "9", "9", "10", "10", "10", "9", "9", "8", "7"),
        fixed,
        campaigns);
  }

  @Test
  void quotaIsRoundedUpPerDistrict() {
    assertThat(QuotaAllocator.quota(1_333_000, SEVEN)).isEqualTo(9331);
    assertThat(QuotaAllocator.quota(163_000, SEVEN)).isEqualTo(1141);
    assertThat(QuotaAllocator.quota(1, SEVEN)).isEqualTo(1);
    assertThat(QuotaAllocator.quota(143, SEVEN)).isEqualTo(2); // 1.001 -> 2
    assertThat(QuotaAllocator.quota(0, SEVEN)).isZero();
    assertThat(QuotaAllocator.quota(1000, new BigDecimal("6.5"))).isEqualTo(7);
    assertThat(QuotaAllocator.quota(2000, new BigDecimal("6.5"))).isEqualTo(13);
  }

  @Test
  void zhengzhouCityQuotaIsTheSumOfCeilingsPerUnit() {
    Allocation a = allocator.allocate(zhengzhou(List.of(), List.of()));
    assertThat(a.quotas()).hasSize(16);
    assertThat(a.quotas().get(6L)).isEqualTo(9331); // 金水区 1,333,000
    long sumOfCeilings = 0;
    long residents = 0;
    for (long[] u : ZHENGZHOU) {
      sumOfCeilings += (u[1] * 7 + 999) / 1000;
      residents += u[1];
    }
    assertThat(a.cityQuota()).isEqualTo(sumOfCeilings);
    assertThat(a.cityQuota()).isGreaterThanOrEqualTo((int) (residents * 7 / 1000));
    assertThat(a.totalBatches()).isEqualTo(a.cityQuota());
  }

  @Test
  void sumsAreExactAtEveryLevel() {
    Inputs in =
        zhengzhou(
            List.of(
                new Fixed(6, SamplingLevel.NATIONAL, DAIRY, 40),
                new Fixed(6, SamplingLevel.PROVINCIAL, MEAT, 25),
                new Fixed(7, SamplingLevel.NATIONAL, EDIBLE, 13)),
            List.of());
    Allocation a = allocator.allocate(in);
    Map<GroupKey, Integer> totals = QuotaAllocator.targets(a.cells());
    // every unit reaches its quota exactly (the fixed batches are inside it)
    a.quotas().forEach((region, quota) -> assertThat(totals.get(unit(region))).isEqualTo(quota));
    // each level's departments sum to the level, each department's categories to the department
    for (var e : totals.entrySet()) {
      GroupKey k = e.getKey();
      if (k.depth() == Depth.CATEGORY) {
        continue;
      }
      Depth child = Depth.values()[k.depth().ordinal() + 1];
      int sum =
          totals.entrySet().stream()
              .filter(c -> c.getKey().depth() == child && c.getKey().at(k.depth()).equals(k))
              .mapToInt(Map.Entry::getValue)
              .sum();
      assertThat(sum).as("children of %s", k).isEqualTo(e.getValue());
    }
    // months of a category group sum to the group (cells are the months)
    assertThat(a.cells()).allMatch(c -> c.batches() > 0 && c.smallFarmerBatches() >= 0);
    assertThat(a.cells()).allMatch(c -> c.smallFarmerBatches() <= c.batches());
    // municipal and county split the remainder by the municipal share (0.4)
    int remainder = 9331 - 40 - 25;
    int municipal = totals.get(new GroupKey(6, SamplingLevel.MUNICIPAL, null, null));
    int county = totals.get(new GroupKey(6, SamplingLevel.COUNTY, null, null));
    assertThat(municipal + county).isEqualTo(remainder);
    assertThat(municipal).isEqualTo(3706); // 9266 × 0.4 = 3706.4
    // fixed batches belong to market regulation, spread over months
    assertThat(
            totals.get(GroupKey.of(6, SamplingLevel.NATIONAL, Department.MARKET_REGULATION, DAIRY)))
        .isEqualTo(40);
    assertThat(
            a.cells().stream()
                .filter(c -> c.level() == SamplingLevel.NATIONAL && c.regionId() == 6)
                .count())
        .isEqualTo(12);
  }

  @Test
  void allocationIsDeterministic() {
    Inputs in = zhengzhou(List.of(new Fixed(3, SamplingLevel.NATIONAL, 1, 7)), List.of());
    assertThat(allocator.allocate(in)).isEqualTo(allocator.allocate(in));
  }

  @Test
  void equalRemaindersGoToTheLowerIndexFirst() {
    assertThat(LargestRemainder.split(1, weights("1", "1"))).containsExactly(1, 0);
    assertThat(LargestRemainder.split(2, weights("1", "1", "1"))).containsExactly(1, 1, 0);
    assertThat(LargestRemainder.split(5, weights("1", "1", "1", "1"))).containsExactly(2, 1, 1, 1);
    // the largest remainder wins regardless of index: 10 × (0.15, 0.25, 0.6) = 1.5, 2.5, 6
    assertThat(LargestRemainder.split(10, weights("0.15", "0.25", "0.6"))).containsExactly(2, 2, 6);
    // 7 × 1/3 each: remainders equal, first ones win
    assertThat(LargestRemainder.split(7, weights("1", "1", "1"))).containsExactly(3, 2, 2);
  }

  @Test
  void zeroWeightGetsZeroAndNothingIsNegative() {
    assertThat(LargestRemainder.split(9, weights("0", "1", "0", "2"))).containsExactly(0, 3, 0, 6);
    assertThat(LargestRemainder.split(0, weights("1", "1"))).containsExactly(0, 0);
    assertThat(LargestRemainder.split(0, weights("0", "0"))).containsExactly(0, 0);
    assertThatThrownBy(() -> LargestRemainder.split(3, weights("0", "0")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.split(3, weights("-1", "2")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.split(-1, weights("1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partsAlwaysSumToTheWhole() {
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(12);
      List<BigDecimal> w = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        w.add(BigDecimal.valueOf(random.nextInt(1000), random.nextInt(4)));
      }
      if (w.stream().allMatch(x -> x.signum() == 0)) {
        w.set(0, BigDecimal.ONE);
      }
      int total = random.nextInt(100_000);
      int[] parts = LargestRemainder.split(total, w);
      assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
      for (int i = 0; i < n; i++) {
        assertThat(parts[i]).isNotNegative();
        if (w.get(i).signum() == 0) {
          assertThat(parts[i]).isZero();
        }
      }
    }
  }

  @Test
  void minimumsOfKeyCategoriesAreHonouredFirst() {
    // 10 batches over 3 equal weights with a minimum of 6 for the last: 6 + split(4) = 2,1,1+6
    assertThat(LargestRemainder.splitWithMinimums(10, weights("1", "1", "1"), new int[] {0, 0, 6}))
        .containsExactly(2, 1, 7);
    // minimums larger than the total: split in proportion to the minimums
    assertThat(LargestRemainder.splitWithMinimums(4, weights("1", "1", "1"), new int[] {4, 0, 4}))
        .containsExactly(2, 0, 2);
    // a zero weight gets zero even with a minimum
    assertThat(LargestRemainder.splitWithMinimums(5, weights("0", "1"), new int[] {3, 0}))
        .containsExactly(0, 5);
  }

  @Test
  void unitWithoutResidentsGetsNothing() {
    Inputs in =
        new Inputs(
            SEVEN,
            new BigDecimal("0.5"),
            BigDecimal.ZERO,
            List.of(new Unit(1, 0), new Unit(2, 1000)),
            categories(),
            departments("1"),
            equalMonths(),
            List.of(),
            List.of());
    Allocation a = allocator.allocate(in);
    assertThat(a.quotas()).containsEntry(1L, 0).containsEntry(2L, 7);
    assertThat(a.cells()).allMatch(c -> c.regionId() == 2);
    assertThat(a.totalBatches()).isEqualTo(7);
  }

  @Test
  void singleUnitWithOneCategoryAndOneDepartment() {
    Inputs in =
        new Inputs(
            SEVEN,
            new BigDecimal("0.5"),
            new BigDecimal("0.1"),
            List.of(new Unit(9, 100_000)),
            List.of(new CategoryWeight(EDIBLE, BigDecimal.ONE, 0, true)),
            departments("0", "1"),
            equalMonths(),
            List.of(),
            List.of());
    Allocation a = allocator.allocate(in);
    assertThat(a.cityQuota()).isEqualTo(700);
    Map<SamplingLevel, Integer> byLevel =
        a.cells().stream()
            .collect(Collectors.groupingBy(Cell::level, Collectors.summingInt(Cell::batches)));
    assertThat(byLevel)
        .containsEntry(SamplingLevel.MUNICIPAL, 350)
        .containsEntry(SamplingLevel.COUNTY, 350);
    assertThat(a.cells()).allMatch(c -> c.department() == Department.AGRICULTURE);
    // 350 over 12 months: 30 × 2 (Jan, Feb) + 29 × 10
    assertThat(
            a.cells().stream()
                .filter(c -> c.level() == SamplingLevel.MUNICIPAL)
                .mapToInt(Cell::batches)
                .toArray())
        .containsExactly(30, 30, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29);
    // small farmers: 10% of 350 = 35 per level, never more than a month's batches
    assertThat(
            a.cells().stream()
                .filter(c -> c.level() == SamplingLevel.MUNICIPAL)
                .mapToInt(Cell::smallFarmerBatches)
                .sum())
        .isEqualTo(35);
  }

  @Test
  void fixedBatchesAboveTheQuotaLeaveNothingToPlan() {
    Inputs in =
        new Inputs(
            SEVEN,
            new BigDecimal("0.5"),
            BigDecimal.ZERO,
            List.of(new Unit(9, 1000)),
            categories(),
            departments("1"),
            equalMonths(),
            List.of(new Fixed(9, SamplingLevel.NATIONAL, DAIRY, 10)),
            List.of());
    Allocation a = allocator.allocate(in);
    assertThat(a.cityQuota()).isEqualTo(7);
    assertThat(a.totalBatches()).isEqualTo(10);
    assertThat(a.cells()).allMatch(c -> c.level() == SamplingLevel.NATIONAL);
  }

  @Test
  void campaignComesOnTopOfTheQuota() {
    List<BigDecimal> june = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
    june.set(5, new BigDecimal("30"));
    june.set(6, new BigDecimal("10"));
    CampaignShare campaign =
        new CampaignShare(
            6, DAIRY, SamplingLevel.MUNICIPAL, Department.MARKET_REGULATION, 20, june);
    Allocation without = allocator.allocate(zhengzhou(List.of(), List.of()));
    Allocation with = allocator.allocate(zhengzhou(List.of(), List.of(campaign)));
    assertThat(with.cityQuota()).isEqualTo(without.cityQuota());
    assertThat(with.totalBatches()).isEqualTo(without.totalBatches() + 20);
    Map<GroupKey, Integer> before = QuotaAllocator.targets(without.cells());
    Map<GroupKey, Integer> after = QuotaAllocator.targets(with.cells());
    GroupKey dairy = GroupKey.of(6, SamplingLevel.MUNICIPAL, Department.MARKET_REGULATION, DAIRY);
    assertThat(after.get(dairy)).isEqualTo(before.get(dairy) + 20);
    assertThat(after.get(unit(6))).isEqualTo(9331 + 20);
    // 30 days in June, 10 in July: 15 and 5
    Map<Integer, Integer> byMonth = new HashMap<>();
    Map<Integer, Integer> beforeByMonth = new HashMap<>();
    with.cells().stream()
        .filter(
            c ->
                c.regionId() == 6
                    && c.categoryId() == DAIRY
                    && c.level() == SamplingLevel.MUNICIPAL
                    && c.department() == Department.MARKET_REGULATION)
        .forEach(c -> byMonth.put(c.month(), c.batches()));
    without.cells().stream()
        .filter(
            c ->
                c.regionId() == 6
                    && c.categoryId() == DAIRY
                    && c.level() == SamplingLevel.MUNICIPAL
                    && c.department() == Department.MARKET_REGULATION)
        .forEach(c -> beforeByMonth.put(c.month(), c.batches()));
    assertThat(byMonth.get(6) - beforeByMonth.get(6)).isEqualTo(15);
    assertThat(byMonth.get(7) - beforeByMonth.get(7)).isEqualTo(5);
    assertThat(byMonth.get(1)).isEqualTo(beforeByMonth.get(1));
  }

  static GroupKey unit(long region) {
    return new GroupKey(region, null, null, null);
  }
}
