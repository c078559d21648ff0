package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.results.control.Turnaround;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every figure the city is judged on, for a period as of a date, from the raw material of {@link
 * StatsQueries}: sampling volume against quota and residents, pass rates (overall, the key groups
 * with targets, by category, level, unit and month), the three follow-up rates by level and unit,
 * laboratory turnaround and overdue reports. Each row carries the filters that open the list behind
 * it ({@code drill}), so the dashboard, the workbook and the lists agree.
 */
public record FiguresReport(
    Period period,
    Volume volume,
    PassRates passRates,
    FollowUp followUp,
    List<LabRow> labs,
    List<Definition> definitions) {

  /** The code of the categories with pass-rate targets. */
  public static final String EDIBLE_AGRI = "33";

  public static final String DAIRY = "05";
  public static final String MEAT = "04";

  public record VolumeRow(
      String key,
      String label,
      Map<String, String> drill,
      Long residents,
      long quota,
      long batches,
      BigDecimal perThousand,
      Figure percentOfQuota) {}

  public record PassRow(
      String key,
      String label,
      Map<String, String> drill,
      long judged,
      long conforming,
      long nonConforming,
      Figure passRate) {}

  public record FollowRow(
      String key,
      String label,
      Map<String, String> drill,
      long mustFollow,
      Figure disposal,
      Figure completion,
      Figure onTime) {}

  public record LabRow(
      long labId,
      String label,
      Map<String, String> drill,
      int approved,
      BigDecimal medianDays,
      Long p90Days,
      long overdueReports) {}

  public record Volume(
      VolumeRow total,
      BigDecimal planRate,
      List<VolumeRow> byUnit,
      List<VolumeRow> byLevel,
      List<VolumeRow> byDepartment,
      List<VolumeRow> byCategory,
      List<VolumeRow> byMonth) {}

  public record PassRates(
      PassRow overall,
      List<PassRow> keyGroups,
      List<PassRow> byCategory,
      List<PassRow> byLevel,
      List<PassRow> byUnit,
      List<PassRow> byMonth) {}

  public record FollowUp(FollowRow overall, List<FollowRow> byLevel, List<FollowRow> byUnit) {}

  @Schema(name = "FigureDefinition")
  public record Definition(String key, String text) {}

  /** The inputs, read by {@link StatsQueries}. */
  public record Inputs(
      Period period,
      Reference reference,
      Set<Long> units,
      SampleTotals samples,
      StatsQueries.QuotaTotals quotas,
      Map<Long, Long> residents,
      String planRate,
      List<StatsQueries.CaseCount> cases,
      List<StatsQueries.TurnaroundCount> turnaround,
      Map<Long, Long> overdueReports) {}

  public static FiguresReport of(
      Inputs in, Targets targets, WorkingDayCalendar calendar, Locale locale) {
    Reference ref = in.reference();
    // the samples come summed per grouping (a province-year has tens of thousands of cells)
    SampleTotals samples = in.samples();

    // the quotas come summed per grouping (a province's plan has tens of thousands of cells)
    StatsQueries.QuotaTotals quotas = in.quotas();
    Map<Long, Long> quotaByUnit = quotas.byUnit();
    Map<String, Long> quotaByLevel = quotas.byLevel();
    Map<String, Long> quotaByDepartment = quotas.byDepartment();
    Map<Long, Long> quotaByTop = new java.util.HashMap<>();
    quotas.byCategory().forEach((id, n) -> quotaByTop.merge(ref.topCategory(id), n, Long::sum));
    Map<Integer, Long> quotaByMonth = quotas.byMonth();

    // ---- volume
    VolumeRow total =
        volumeRow(
            "total",
            Messages.text(locale, "stats.total"),
            Map.of(),
            in.units().stream().mapToLong(u -> residents(in, u)).sum(),
            quotas.total(),
            samples.total().batches(),
            targets);
    List<VolumeRow> byUnit = new ArrayList<>();
    for (long unit : sortedUnits(in)) {
      byUnit.add(
          volumeRow(
              String.valueOf(unit),
              ref.regions().get(unit).name(locale),
              Map.of("regionId", String.valueOf(unit)),
              residents(in, unit),
              quotaByUnit.getOrDefault(unit, 0L),
              samples.unit(unit).batches(),
              targets));
    }
    List<VolumeRow> byLevel = new ArrayList<>();
    for (SamplingLevel l : SamplingLevel.values()) {
      byLevel.add(
          volumeRow(
              l.name(),
              Messages.label(locale, l),
              Map.of("level", l.name()),
              null,
              quotaByLevel.getOrDefault(l.name(), 0L),
              samples.level(l.name()).batches(),
              targets));
    }
    List<VolumeRow> byDepartment = new ArrayList<>();
    for (Department d : Department.values()) {
      long quota = quotaByDepartment.getOrDefault(d.name(), 0L);
      long batches = samples.department(d.name()).batches();
      if (quota > 0 || batches > 0) {
        byDepartment.add(
            volumeRow(
                d.name(),
                Messages.label(locale, d),
                Map.of("department", d.name()),
                null,
                quota,
                batches,
                targets));
      }
    }
    List<VolumeRow> byCategory = new ArrayList<>();
    for (Reference.Node cat : topCategories(ref)) {
      long id = cat.id();
      long quota = quotaByTop.getOrDefault(id, 0L);
      long batches = samples.category(id).batches();
      if (quota > 0 || batches > 0) {
        byCategory.add(
            volumeRow(
                String.valueOf(id),
                cat.name(locale),
                Map.of("categoryId", String.valueOf(id)),
                null,
                quota,
                batches,
                targets));
      }
    }
    List<VolumeRow> byMonth = new ArrayList<>();
    for (int m : in.period().months()) {
      byMonth.add(
          volumeRow(
              String.valueOf(m),
              in.period().year() + "-" + (m < 10 ? "0" : "") + m,
              Map.of("month", String.valueOf(m)),
              null,
              quotaByMonth.getOrDefault(m, 0L),
              samples.month(m).batches(),
              targets));
    }
    Volume volume =
        new Volume(
            total,
            in.planRate() == null ? null : new BigDecimal(in.planRate()),
            byUnit,
            byLevel,
            byDepartment,
            byCategory,
            byMonth);

    // ---- pass rates
    PassRow overall =
        passRow(
            "total",
            Messages.text(locale, "stats.total"),
            Map.of(),
            samples.total(),
            targets.get(Targets.PASS_OVERALL));
    List<PassRow> keyGroups = new ArrayList<>();
    Long agri = ref.categoryByCode(EDIBLE_AGRI);
    Long dairy = ref.categoryByCode(DAIRY);
    Long meat = ref.categoryByCode(MEAT);
    if (agri != null) {
      keyGroups.add(
          passRow(
              "routineEdibleAgri",
              Messages.text(locale, "stats.group.routineEdibleAgri"),
              Map.of(
                  "level", SamplingLevel.ROUTINE_MONITORING.name(), "categoryId", agri.toString()),
              samples.levelAndCategory(SamplingLevel.ROUTINE_MONITORING.name(), agri),
              targets.get(Targets.PASS_ROUTINE_AGRI)));
    }
    if (dairy != null) {
      keyGroups.add(
          passRow(
              "dairy",
              ref.categories().get(dairy).name(locale),
              Map.of("categoryId", dairy.toString()),
              samples.category(dairy),
              targets.get(Targets.PASS_DAIRY)));
    }
    if (meat != null) {
      keyGroups.add(
          passRow(
              "meat",
              ref.categories().get(meat).name(locale),
              Map.of("categoryId", meat.toString()),
              samples.category(meat),
              targets.get(Targets.PASS_MEAT)));
    }
    List<PassRow> passByCategory = new ArrayList<>();
    for (Reference.Node cat : topCategories(ref)) {
      long id = cat.id();
      SampleTotals.Counts cells = samples.category(id);
      if (!cells.isNone()) {
        BigDecimal target =
            cat.code().equals(DAIRY)
                ? targets.get(Targets.PASS_DAIRY)
                : cat.code().equals(MEAT) ? targets.get(Targets.PASS_MEAT) : null;
        passByCategory.add(
            passRow(
                String.valueOf(id),
                cat.name(locale),
                Map.of("categoryId", String.valueOf(id)),
                cells,
                target));
      }
    }
    List<PassRow> passByLevel = new ArrayList<>();
    for (SamplingLevel l : SamplingLevel.values()) {
      passByLevel.add(
          passRow(
              l.name(),
              Messages.label(locale, l),
              Map.of("level", l.name()),
              samples.level(l.name()),
              null));
    }
    List<PassRow> passByUnit = new ArrayList<>();
    for (long unit : sortedUnits(in)) {
      passByUnit.add(
          passRow(
              String.valueOf(unit),
              ref.regions().get(unit).name(locale),
              Map.of("regionId", String.valueOf(unit)),
              samples.unit(unit),
              null));
    }
    List<PassRow> passByMonth = new ArrayList<>();
    for (int m : in.period().months()) {
      passByMonth.add(
          passRow(
              String.valueOf(m),
              in.period().year() + "-" + (m < 10 ? "0" : "") + m,
              Map.of("month", String.valueOf(m)),
              samples.month(m),
              null));
    }
    PassRates passRates =
        new PassRates(overall, keyGroups, passByCategory, passByLevel, passByUnit, passByMonth);

    // ---- follow-up
    FollowRow followAll =
        followRow(
            "total", Messages.text(locale, "stats.total"), Map.of(), in.cases(), null, in, targets);
    Map<String, List<StatsQueries.CaseCount>> casesByLevel = new java.util.HashMap<>();
    Map<Long, List<StatsQueries.CaseCount>> casesByUnit = new java.util.HashMap<>();
    for (StatsQueries.CaseCount c : in.cases()) {
      casesByLevel.computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c);
      casesByUnit.computeIfAbsent(c.regionId(), k -> new ArrayList<>()).add(c);
    }
    List<FollowRow> followByLevel = new ArrayList<>();
    for (SamplingLevel l : SamplingLevel.values()) {
      followByLevel.add(
          followRow(
              l.name(),
              Messages.label(locale, l),
              Map.of("level", l.name()),
              casesByLevel.getOrDefault(l.name(), List.of()),
              l.name(),
              in,
              targets));
    }
    List<FollowRow> followByUnit = new ArrayList<>();
    for (long unit : sortedUnits(in)) {
      followByUnit.add(
          followRow(
              String.valueOf(unit),
              ref.regions().get(unit).name(locale),
              Map.of("regionId", String.valueOf(unit)),
              casesByUnit.getOrDefault(unit, List.of()),
              null,
              in,
              targets));
    }
    FollowUp followUp = new FollowUp(followAll, followByLevel, followByUnit);

    // ---- laboratories
    Map<Long, TreeMap<Long, Long>> days = new TreeMap<>();
    for (StatsQueries.TurnaroundCount t : in.turnaround()) {
      days.computeIfAbsent(t.labId(), k -> new TreeMap<>())
          .merge(t.workingDays(), t.count(), Long::sum);
    }
    List<LabRow> labs = new ArrayList<>();
    for (Reference.Node lab : ref.labs().values()) {
      TreeMap<Long, Long> histogram = days.getOrDefault(lab.id(), new TreeMap<>());
      long overdue = in.overdueReports().getOrDefault(lab.id(), 0L);
      if (histogram.isEmpty() && overdue == 0) {
        continue;
      }
      Turnaround t = Turnaround.ofCounts(histogram);
      labs.add(
          new LabRow(
              lab.id(),
              lab.name(locale),
              Map.of("labId", String.valueOf(lab.id())),
              t.samples(),
              t.median(),
              t.percentile90(),
              overdue));
    }

    List<Definition> definitions = new ArrayList<>();
    for (String k :
        List.of(
            "passRate", "disposalRate", "completionRate", "onTimeRate", "volume", "turnaround")) {
      definitions.add(new Definition(k, Messages.text(locale, "stats.definition." + k)));
    }
    return new FiguresReport(in.period(), volume, passRates, followUp, labs, definitions);
  }

  private static long residents(Inputs in, long unit) {
    Long r = in.residents().get(unit);
    return r != null ? r : in.reference().regions().get(unit).residents();
  }

  private static List<Long> sortedUnits(Inputs in) {
    return in.units().stream()
        .sorted(Comparator.comparing(u -> in.reference().regions().get(u).code()))
        .toList();
  }

  private static List<Reference.Node> topCategories(Reference ref) {
    return ref.categories().values().stream().filter(n -> n.parentId() == null).toList();
  }

  private static VolumeRow volumeRow(
      String key,
      String label,
      Map<String, String> drill,
      Long residents,
      long quota,
      long batches,
      Targets targets) {
    return new VolumeRow(
        key,
        label,
        drill,
        residents,
        quota,
        batches,
        Figure.perThousand(batches, residents),
        Figure.percent(batches, quota, targets.get(Targets.QUOTA)));
  }

  private static PassRow passRow(
      String key,
      String label,
      Map<String, String> drill,
      SampleTotals.Counts cells,
      BigDecimal target) {
    long judged = cells.judged();
    long conforming = cells.conforming();
    return new PassRow(
        key,
        label,
        drill,
        judged,
        conforming,
        judged - conforming,
        Figure.percent(conforming, judged, target));
  }

  private static FollowRow followRow(
      String key,
      String label,
      Map<String, String> drill,
      List<StatsQueries.CaseCount> cases,
      String level,
      Inputs in,
      Targets targets) {
    DisposalRates.Result r = StatsQueries.CaseCount.sum(cases).rates();
    return new FollowRow(
        key,
        label,
        drill,
        r.disposal().denominator(),
        figure(r.disposal(), level == null ? null : targets.get(Targets.disposal(level))),
        figure(r.completion(), level == null ? null : targets.get(Targets.completion(level))),
        figure(r.onTime(), level == null ? null : targets.get(Targets.onTime(level))));
  }

  private static Figure figure(DisposalRates.Rate rate, BigDecimal target) {
    return Figure.percent(rate.numerator(), rate.denominator(), target);
  }
}
