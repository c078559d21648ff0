package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.oversight.control.BalanceIndex;
import cn.foodsafety.lims.oversight.control.OversightQueries;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Balanced sampling (均衡抽检): how the batches taken in a period spread over its months, the units and
 * the food categories next to the plan's cells for the same months and group, a balance index
 * ({@link BalanceIndex}) for the area and per unit, and the flag for bunching at year end. Scoped
 * like the statistics figures; the kind of sampling (supervisory unless asked, {@code ALL} every
 * kind) filters both the batches taken and the plans they are held against.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
public class SamplingBalance {

  /** The kind of sampling balance counts when a request names none (as the statistics do). */
  public static final String DEFAULT_KIND = "SUPERVISORY";

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Settings settings;

  public BalanceReport balance(OversightRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      return balance(c, f, request.kind(), locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public BalanceReport balance(Connection c, Statistics.Frame f, String kind, Locale locale)
      throws SQLException {
    Period p = f.period();
    Reference ref = f.reference();
    // the months up to the last day that counts: a plan's later months are not due yet
    int lastMonth = p.lastSamplingDay().getMonthValue();
    Set<Integer> months =
        p.lastSamplingDay().isBefore(p.from())
            ? Set.of()
            : p.months().stream()
                .filter(m -> m <= lastMonth)
                .collect(Collectors.toCollection(TreeSet::new));
    Set<Long> tops =
        f.scope().categoryIds() == null
            ? null
            : f.scope().categoryIds().stream()
                .filter(id -> ref.categories().get(id).parentId() == null)
                .collect(Collectors.toSet());
    // the plans of the kind of sampling counted, as the batches taken: the request's kind, else
    // the scope's (supervisory unless asked; ALL: every kind)
    String counted = kind != null ? kind : f.scope().kind();
    Map<Long, Map<Integer, Long>> planned = new LinkedHashMap<>();
    Map<Long, Long> plannedByCategory = new TreeMap<>();
    if (f.scope().labId() == null) {
      for (OversightQueries.Quota q :
          OversightQueries.quotas(c, p.year(), months, f.scope(), tops, counted)) {
        planned
            .computeIfAbsent(q.regionId(), k -> new TreeMap<>())
            .merge(q.month(), q.batches(), Long::sum);
        plannedByCategory.merge(ref.topCategory(q.categoryId()), q.batches(), Long::sum);
      }
    }
    Map<Long, Map<Integer, Long>> taken =
        months.isEmpty()
            ? Map.of()
            : OversightQueries.batchesByUnitAndMonth(
                c, f.scope(), counted, p.from(), p.lastSamplingDay());
    Map<Long, Long> takenByCategory = new TreeMap<>();
    if (!months.isEmpty()) {
      OversightQueries.batchesByCategory(c, f.scope(), counted, p.from(), p.lastSamplingDay())
          .forEach((id, n) -> takenByCategory.merge(ref.topCategory(id), n, Long::sum));
    }

    BigDecimal target = settings.decimalValue("target.balance.index", BigDecimal.valueOf(80));
    BigDecimal yearEndLimit =
        settings.decimalValue("target.balance.yearEndShare", BigDecimal.valueOf(25));
    boolean yearEnd = BalanceIndex.coversYearEnd(months);

    Map<Integer, Long> monthTaken = new TreeMap<>();
    Map<Integer, Long> monthPlanned = new TreeMap<>();
    months.forEach(
        m -> {
          monthTaken.put(m, 0L);
          monthPlanned.put(m, 0L);
        });
    taken.values().forEach(byMonth -> byMonth.forEach((m, n) -> monthTaken.merge(m, n, Long::sum)));
    planned
        .values()
        .forEach(byMonth -> byMonth.forEach((m, n) -> monthPlanned.merge(m, n, Long::sum)));

    Map<Long, Long> unitTaken = new LinkedHashMap<>();
    Map<Long, Long> unitPlanned = new LinkedHashMap<>();
    List<Long> units =
        f.units().stream()
            .sorted(Comparator.comparing(id -> ref.regions().get(id).code()))
            .toList();
    for (Long u : units) {
      unitTaken.put(u, sum(taken.get(u)));
      unitPlanned.put(u, sum(planned.get(u)));
    }

    List<BalanceReport.Share> monthShares = new ArrayList<>();
    monthTaken.forEach(
        (m, n) ->
            monthShares.add(
                share(
                    m.toString(),
                    Messages.text(locale, "oversight.month", m),
                    Map.of("month", m.toString()),
                    n,
                    monthPlanned.getOrDefault(m, 0L),
                    monthTaken,
                    monthPlanned)));
    List<BalanceReport.Share> unitShares = new ArrayList<>();
    List<BalanceReport.UnitBalance> byUnit = new ArrayList<>();
    for (Long u : units) {
      String label = OversightLists.regionName(ref, u, locale);
      Map<String, String> drill = Map.of("regionId", u.toString());
      unitShares.add(
          share(
              u.toString(),
              label,
              drill,
              unitTaken.get(u),
              unitPlanned.get(u),
              unitTaken,
              unitPlanned));
      Map<Integer, Long> t = taken.getOrDefault(u, Map.of());
      BigDecimal index = BalanceIndex.of(t, planned.getOrDefault(u, Map.of()));
      BigDecimal end = yearEnd ? BalanceIndex.yearEndShare(t) : null;
      byUnit.add(
          new BalanceReport.UnitBalance(
              u.toString(),
              label,
              drill,
              unitTaken.get(u),
              unitPlanned.get(u),
              index,
              index == null ? null : index.compareTo(target) >= 0,
              end,
              end != null && end.compareTo(yearEndLimit) > 0));
    }
    Set<Long> categoryIds = new TreeSet<>(takenByCategory.keySet());
    categoryIds.addAll(plannedByCategory.keySet());
    List<BalanceReport.Share> categoryShares = new ArrayList<>();
    for (Long id : categoryIds) {
      categoryShares.add(
          share(
              id.toString(),
              OversightLists.categoryName(ref, id, locale),
              Map.of("categoryId", id.toString()),
              takenByCategory.getOrDefault(id, 0L),
              plannedByCategory.getOrDefault(id, 0L),
              takenByCategory,
              plannedByCategory));
    }
    BigDecimal areaYearEnd = yearEnd ? BalanceIndex.yearEndShare(monthTaken) : null;
    return new BalanceReport(
        p.label(),
        Messages.text(locale, "oversight.balance.definition"),
        BalanceIndex.of(monthTaken, monthPlanned),
        BalanceIndex.of(unitTaken, unitPlanned),
        BalanceIndex.of(takenByCategory, plannedByCategory),
        target,
        areaYearEnd,
        yearEndLimit,
        areaYearEnd != null && areaYearEnd.compareTo(yearEndLimit) > 0,
        monthShares,
        unitShares,
        categoryShares,
        byUnit);
  }

  private static <K> BalanceReport.Share share(
      String key,
      String label,
      Map<String, String> drill,
      long batches,
      long planned,
      Map<K, Long> allTaken,
      Map<K, Long> allPlanned) {
    return new BalanceReport.Share(
        key,
        label,
        drill,
        batches,
        planned,
        percent(batches, sum(allTaken)),
        percent(planned, sum(allPlanned)));
  }

  private static <K> long sum(Map<K, Long> m) {
    return m == null ? 0 : m.values().stream().mapToLong(Long::longValue).sum();
  }

  private static BigDecimal percent(long part, long total) {
    return total == 0
        ? null
        : BigDecimal.valueOf(part * 100)
            .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_EVEN);
  }
}
