package cn.foodsafety.lims.planning.control;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Allocation;
import cn.foodsafety.lims.planning.control.QuotaAllocator.CategoryWeight;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Fixed;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Inputs;
import cn.foodsafety.lims.planning.control.QuotaAllocator.Unit;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the allocation of a province-sized plan: 18 cities, 160 county-level units (about 99
 * million residents, like Henan), 34 categories, 12 months, 5 levels (national, provincial and
 * routine monitoring fixed, municipal and county planned), 5 departments. Run with
 *
 * <pre>
 * mvn -q -o -pl lims-ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.foodsafety.lims.planning.control.ProvinceAllocationBenchmark
 * </pre>
 *
 * It allocates once to warm up, then {@code rounds} times (first argument, default 10), and prints
 * the cells, batches and the time of the first (cold) and the median warm allocation.
 */
public final class ProvinceAllocationBenchmark {

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Inputs in = province();
    QuotaAllocator allocator = new QuotaAllocator();
    long t0 = System.nanoTime();
    Allocation first = allocator.allocate(in);
    long cold = System.nanoTime() - t0;
    long[] times = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long s = System.nanoTime();
      Allocation a = allocator.allocate(in);
      times[r] = System.nanoTime() - s;
      if (a.totalBatches() != first.totalBatches()) {
        throw new IllegalStateException("not deterministic");
      }
    }
    java.util.Arrays.sort(times);
    System.out.printf(
        "province plan: %d units, %d categories, 12 months, 5 levels, 5 departments%n",
        in.units().size(), in.categories().size());
    System.out.printf(
        "quota %,d batches, allocated %,d batches in %,d cells%n",
        first.cityQuota(), first.totalBatches(), first.cells().size());
    System.out.printf(
        "first allocation %.0f ms, median of %d warm allocations %.0f ms%n",
        cold / 1e6, rounds, times[rounds / 2] / 1e6);
  }

  static Inputs province() {
    Random random = new Random(2021);
    List<Unit> units = new ArrayList<>();
    List<Fixed> fixed = new ArrayList<>();
    long region = 1000;
    for (int city = 0; city < 18; city++) {
      int unitsOfCity = city < 16 ? 9 : 8; // 16 × 9 + 2 × 8 = 160
      for (int u = 0; u < unitsOfCity; u++) {
        long id = region++;
        units.add(new Unit(id, 200_000 + random.nextInt(1_000_000)));
        for (long category = 1; category <= 34; category += 3) {
          fixed.add(new Fixed(id, SamplingLevel.NATIONAL, category, random.nextInt(6)));
          fixed.add(new Fixed(id, SamplingLevel.PROVINCIAL, category + 1, random.nextInt(8)));
        }
        fixed.add(new Fixed(id, SamplingLevel.ROUTINE_MONITORING, 33, 20 + random.nextInt(30)));
      }
    }
    List<CategoryWeight> categories = new ArrayList<>();
    for (long c = 1; c <= 34; c++) {
      boolean key = c == 1 || c == 4 || c == 5 || c == 29 || c == 33;
      categories.add(
          new CategoryWeight(
              c, BigDecimal.valueOf(key ? 25 : 10 + random.nextInt(10), 1), key ? 5 : 0, c == 33));
    }
    Map<Department, BigDecimal> departments = new EnumMap<>(Department.class);
    departments.put(Department.MARKET_REGULATION, new BigDecimal("0.62"));
    departments.put(Department.AGRICULTURE, new BigDecimal("0.25"));
    departments.put(Department.GRAIN_RESERVES, new BigDecimal("0.07"));
    departments.put(Department.FORESTRY, new BigDecimal("0.03"));
    departments.put(Department.CUSTOMS, new BigDecimal("0.03"));
    List<BigDecimal> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(BigDecimal.valueOf(6 + random.nextInt(5)));
    }
    return new Inputs(
        new BigDecimal("7"),
        new BigDecimal("0.4"),
        new BigDecimal("0.15"),
        units,
        categories,
        departments,
        months,
        fixed,
        List.of());
  }
}
