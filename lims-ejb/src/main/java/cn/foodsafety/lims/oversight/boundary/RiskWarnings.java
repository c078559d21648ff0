package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.oversight.control.OversightQueries;
import cn.foodsafety.lims.oversight.control.RepeatOffenders;
import cn.foodsafety.lims.oversight.control.RiskReport;
import cn.foodsafety.lims.oversight.control.RiskWorkbook;
import cn.foodsafety.lims.oversight.control.WarningRules;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.control.Figure;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Risk warnings for the departments' risk meetings (风险会商): a warning class A-D per non-conforming
 * result (rules as settings), repeat offenders across units, trends by category and analyte, and
 * the workbook of all three. Scoped like the statistics figures; writes nothing.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
public class RiskWarnings {

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Settings settings;

  WarningRules warningRules() {
    WarningRules d = WarningRules.defaults();
    return new WarningRules(
        BigDecimal.valueOf(settings.intValue("oversight.warning.timesOver.A", 10)),
        BigDecimal.valueOf(settings.intValue("oversight.warning.timesOver.B", 5)),
        BigDecimal.valueOf(
            settings.intValue("oversight.warning.timesOver.C", d.timesC().intValue())));
  }

  /**
   * The non-conforming results of the period (taken in it, approved by the as-of day) with their
   * warning class, the count per class, and one page of them (only {@code warningClass} if given).
   */
  public RiskReport.Warnings warnings(
      OversightRequest request, String warningClass, int page, int size, Locale locale) {
    OversightLists.checkPage(page, size);
    WarningRules.WarningClass only = warningClass(warningClass);
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<RiskReport.Warning> all = warnings(c, f, request.kind(), locale);
      Map<WarningRules.WarningClass, Long> byClass = new EnumMap<>(WarningRules.WarningClass.class);
      for (WarningRules.WarningClass k : WarningRules.WarningClass.values()) {
        byClass.put(k, 0L);
      }
      all.forEach(w -> byClass.merge(w.warningClass(), 1L, Long::sum));
      List<RiskReport.Warning> chosen =
          all.stream().filter(w -> only == null || w.warningClass() == only).toList();
      Page<RiskReport.Warning> p = OversightLists.page(chosen, page, size);
      WarningRules r = warningRules();
      return new RiskReport.Warnings(
          f.period().label(),
          Messages.text(
              locale,
              "oversight.warning.definition",
              r.timesA().toPlainString(),
              r.timesB().toPlainString(),
              r.timesC().toPlainString()),
          byClass,
          p.total(),
          page,
          size,
          p.items());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  List<RiskReport.Warning> warnings(Connection c, Statistics.Frame f, String kind, Locale locale)
      throws SQLException {
    Period p = f.period();
    WarningRules rules = warningRules();
    Reference ref = f.reference();
    Map<Long, List<OversightQueries.FailingRow>> bySample = new LinkedHashMap<>();
    for (OversightQueries.FailingRow r :
        OversightQueries.failing(c, f.scope(), kind, p.from(), p.lastSamplingDay(), p.asOf())) {
      bySample.computeIfAbsent(r.sampleId(), k -> new ArrayList<>()).add(r);
    }
    List<RiskReport.Warning> out = new ArrayList<>();
    for (List<OversightQueries.FailingRow> rows : bySample.values()) {
      OversightQueries.FailingRow first = rows.get(0);
      List<WarningRules.FailingItem> failing = new ArrayList<>();
      List<RiskReport.WarningItem> items = new ArrayList<>();
      for (OversightQueries.FailingRow r : rows) {
        if (r.analyte() == null) {
          continue;
        }
        WarningRules.Hazard h = WarningRules.Hazard.of(r.limitOperator(), r.microbiological());
        failing.add(new WarningRules.FailingItem(h, r.timesOver()));
        items.add(
            new RiskReport.WarningItem(
                r.analyte(), r.value(), r.limitValue(), r.limitUnit(), r.timesOver(), h));
      }
      out.add(
          new RiskReport.Warning(
              first.sampleId(),
              first.sampleNumber(),
              first.foodName(),
              OversightLists.regionName(ref, first.regionId(), locale),
              first.level(),
              OversightLists.categoryName(ref, first.categoryId(), locale),
              first.sampledOn(),
              first.approvedOn(),
              first.producerName(),
              first.partyName(),
              rules.classify(failing),
              items));
    }
    out.sort(
        Comparator.comparing(RiskReport.Warning::warningClass)
            .thenComparing(RiskReport.Warning::sampledOn, Comparator.reverseOrder())
            .thenComparing(RiskReport.Warning::sampleId));
    return out;
  }

  /**
   * Producers and operators with at least {@code oversight.repeat.minBatches} non-conforming
   * batches taken within {@code oversight.repeat.months} months up to the period's end (or the
   * as-of day), across the units in scope.
   */
  public RiskReport.Offenders offenders(OversightRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      return offenders(c, f, request.kind(), locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  RiskReport.Offenders offenders(Connection c, Statistics.Frame f, String kind, Locale locale)
      throws SQLException {
    int minBatches = settings.intValue("oversight.repeat.minBatches", 2);
    int months = settings.intValue("oversight.repeat.months", 12);
    LocalDate to = f.period().lastSamplingDay();
    LocalDate from = to.minusMonths(months).plusDays(1);
    List<OversightQueries.FailingRow> rows =
        OversightQueries.failing(c, f.scope(), kind, from, to, f.period().asOf());
    List<RepeatOffenders.Batch> producers = new ArrayList<>();
    List<RepeatOffenders.Batch> operators = new ArrayList<>();
    for (OversightQueries.FailingRow r : rows) {
      producers.add(batch(r, r.producerName(), r.producerLicence()));
      operators.add(batch(r, r.partyName(), r.partyLicence()));
    }
    List<RiskReport.Offender> items = new ArrayList<>();
    Reference ref = f.reference();
    for (RepeatOffenders.Offender o :
        concat(
            RepeatOffenders.find(RepeatOffenders.PartyRole.PRODUCER, producers, minBatches),
            RepeatOffenders.find(RepeatOffenders.PartyRole.OPERATOR, operators, minBatches))) {
      items.add(
          new RiskReport.Offender(
              o.role(),
              o.name(),
              o.licence(),
              o.batches().size(),
              o.units(),
              o.batches().stream()
                  .map(
                      b ->
                          new RiskReport.OffenderBatch(
                              b.sampleId(),
                              b.sampleNumber(),
                              b.foodName(),
                              OversightLists.regionName(ref, b.regionId(), locale),
                              b.sampledOn()))
                  .toList()));
    }
    items.sort(
        Comparator.comparingInt(RiskReport.Offender::batches)
            .reversed()
            .thenComparing(Comparator.comparingInt(RiskReport.Offender::units).reversed()));
    return new RiskReport.Offenders(
        from,
        to,
        minBatches,
        Messages.text(locale, "oversight.offenders.definition", minBatches, months),
        items);
  }

  private static RepeatOffenders.Batch batch(
      OversightQueries.FailingRow r, String name, String licence) {
    return new RepeatOffenders.Batch(
        r.sampleId(), r.sampleNumber(), r.foodName(), r.regionId(), r.sampledOn(), name, licence);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Non-conforming rate and count by month for the period's year and the year before, per top-level
   * category and per analyte (the analytes with a failure in either year).
   */
  public RiskReport.Trends trends(OversightRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      return trends(c, f, request.kind(), locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  RiskReport.Trends trends(Connection c, Statistics.Frame f, String kind, Locale locale)
      throws SQLException {
    int year = f.period().year();
    LocalDate asOf = f.period().asOf();
    Reference ref = f.reference();
    List<RiskReport.Series> categories =
        series(
            OversightQueries.categoryMonths(c, f.scope(), kind, year, asOf),
            year,
            key -> OversightLists.categoryName(ref, Long.parseLong(key), locale));
    List<RiskReport.Series> analytes =
        series(
                OversightQueries.analyteMonths(c, f.scope(), kind, year, asOf),
                year,
                Function.identity())
            .stream()
            .filter(s -> s.nonConforming() + s.nonConformingLastYear() > 0)
            .toList();
    return new RiskReport.Trends(
        year, Messages.text(locale, "oversight.trend.definition"), categories, analytes);
  }

  private static List<RiskReport.Series> series(
      List<OversightQueries.MonthCount> counts, int year, Function<String, String> label) {
    Map<String, long[][]> m = new TreeMap<>();
    for (OversightQueries.MonthCount x : counts) {
      long[][] a = m.computeIfAbsent(x.key(), k -> new long[4][12]);
      int row = x.year() == year ? 0 : 2;
      a[row][x.month() - 1] += x.judged();
      a[row + 1][x.month() - 1] += x.nonConforming();
    }
    List<RiskReport.Series> out = new ArrayList<>();
    m.forEach(
        (k, a) ->
            out.add(
                new RiskReport.Series(
                    k,
                    label.apply(k),
                    sum(a[0]),
                    sum(a[1]),
                    sum(a[3]),
                    list(a[0]),
                    list(a[1]),
                    rates(a[1], a[0]),
                    list(a[2]),
                    list(a[3]),
                    rates(a[3], a[2]))));
    out.sort(
        Comparator.comparingLong(RiskReport.Series::nonConforming)
            .reversed()
            .thenComparing(RiskReport.Series::label));
    return out;
  }

  private static long sum(long[] a) {
    long s = 0;
    for (long x : a) {
      s += x;
    }
    return s;
  }

  private static List<Long> list(long[] a) {
    List<Long> out = new ArrayList<>();
    for (long x : a) {
      out.add(x);
    }
    return out;
  }

  private static List<BigDecimal> rates(long[] num, long[] den) {
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < num.length; i++) {
      out.add(Figure.percent(num[i], den[i], null).value());
    }
    return out;
  }

  /** The workbook for the departments' risk meetings: warnings, repeat offenders, trends. */
  public byte[] riskWorkbook(OversightRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<RiskReport.Warning> warnings = warnings(c, f, request.kind(), locale);
      RiskReport.Offenders offenders = offenders(c, f, request.kind(), locale);
      RiskReport.Trends trends = trends(c, f, request.kind(), locale);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new RiskWorkbook(locale).write(out, f.period(), warnings, offenders, trends);
      return out.toByteArray();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WarningRules.WarningClass warningClass(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return WarningRules.WarningClass.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("class", "lims.stats.unknown", s);
    }
  }
}
