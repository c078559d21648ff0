package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.oversight.control.OversightQueries;
import cn.foodsafety.lims.oversight.control.PublicationDeadline;
import cn.foodsafety.lims.oversight.control.PublicationDeadline.Status;
import cn.foodsafety.lims.platform.control.CivilTime;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The publication rate (信息公布率, DOMAIN.md "Supervising the sampling itself"): the results due for
 * publication in a period (a setting: working days after approval) and how many were published on
 * time, by level and unit, the results behind each figure, and what the caller's region still has
 * to publish. Scoped like the statistics figures; writes nothing.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
public class PublicationRate {

  public static final String WORKING_DAYS = "oversight.publication.workingDays";
  static final int DEFAULT_WORKING_DAYS = 20;

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Statistics statistics;

  @Inject Settings settings;

  @Inject WorkingCalendars calendars;

  @Inject Clock clock = Clock.systemUTC();

  public PublicationReport publication(OversightRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      return publication(c, statistics.frame(c, request.stats()), request.kind(), locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public PublicationReport publication(Connection c, Statistics.Frame f, String kind, Locale locale)
      throws SQLException {
    List<Due> rows = dues(c, f, kind);
    Reference ref = f.reference();
    BigDecimal target = settings.decimalValue("target.publication.rate", BigDecimal.valueOf(100));
    PublicationReport.Line total =
        line("total", Messages.text(locale, "oversight.total"), Map.of(), rows, target);
    List<PublicationReport.Line> byLevel = new ArrayList<>();
    Map<String, List<Due>> levels = new TreeMap<>();
    rows.forEach(d -> levels.computeIfAbsent(d.row().level(), k -> new ArrayList<>()).add(d));
    levels.forEach(
        (level, list) ->
            byLevel.add(
                line(
                    level,
                    Messages.text(locale, "enum.SamplingLevel." + level),
                    Map.of("level", level),
                    list,
                    target)));
    List<PublicationReport.Line> byUnit = new ArrayList<>();
    Map<Long, List<Due>> units = new LinkedHashMap<>();
    f.units().stream()
        .sorted(Comparator.comparing(id -> ref.regions().get(id).code()))
        .forEach(id -> units.put(id, new ArrayList<>()));
    rows.forEach(d -> units.computeIfAbsent(d.row().regionId(), k -> new ArrayList<>()).add(d));
    units.forEach(
        (id, list) ->
            byUnit.add(
                line(
                    id.toString(),
                    OversightLists.regionName(ref, id, locale),
                    Map.of("regionId", id.toString()),
                    list,
                    target)));
    int days = workingDays();
    return new PublicationReport(
        f.period().label(),
        f.period().from(),
        f.period().to(),
        f.period().asOf(),
        days,
        Messages.text(locale, "oversight.publication.definition", days),
        total,
        byLevel.stream().toList(),
        byUnit);
  }

  /**
   * The results behind a publication figure: {@code measure} due, on-time, late, overdue or
   * not-yet-due; the deadline first.
   */
  public Page<PublicationReport.Item> publicationItems(
      OversightRequest request, String measure, int page, int size, Locale locale) {
    Predicate<Status> which = publicationMeasure(measure);
    OversightLists.checkPage(page, size);
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, request.stats());
      List<PublicationReport.Item> items =
          dues(c, f, request.kind()).stream()
              .filter(d -> which.test(d.status()))
              .sorted(Comparator.comparing(Due::deadline).thenComparing(d -> d.row().sampleId()))
              .map(d -> item(d, f.reference(), locale))
              .toList();
      return OversightLists.page(items, page, size);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * For the publish page: the approved results of the caller's region not published yet, with their
   * deadline, those overdue first (approved within the last 400 days).
   */
  public List<PublicationReport.Item> unpublished(Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Statistics.Frame f = statistics.frame(c, OversightRequest.whole().stats());
      LocalDate today = today();
      WorkingDayCalendar cal = calendars.current();
      int days = workingDays();
      List<PublicationReport.Item> out = new ArrayList<>();
      for (OversightQueries.Approved a :
          OversightQueries.approved(c, f.scope(), null, today.minusDays(400), today)) {
        if (a.firstPublished() != null) {
          continue;
        }
        LocalDate deadline = PublicationDeadline.deadline(a.approvedOn(), days, cal);
        Status s = PublicationDeadline.status(deadline, null, today);
        out.add(item(new Due(a, deadline, s), f.reference(), locale));
      }
      out.sort(
          Comparator.comparing(PublicationReport.Item::deadline)
              .thenComparing(PublicationReport.Item::sampleId));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Due(OversightQueries.Approved row, LocalDate deadline, Status status) {}

  /**
   * The approved results whose deadline falls from the period's start to its end or the as-of day,
   * and those approved by then whose deadline is still ahead (not yet due).
   */
  private List<Due> dues(Connection c, Statistics.Frame f, String kind) throws SQLException {
    Period p = f.period();
    LocalDate end = p.to().isBefore(p.asOf()) ? p.to() : p.asOf();
    int days = workingDays();
    WorkingDayCalendar cal = calendars.current();
    // a deadline in the period comes from an approval at most `days` working days before it:
    // three calendar days per working day and a month of holidays cover every calendar
    LocalDate approvedFrom = p.from().minusDays(days * 3L + 31);
    List<Due> out = new ArrayList<>();
    for (OversightQueries.Approved a :
        OversightQueries.approved(c, f.scope(), kind, approvedFrom, end)) {
      LocalDate deadline = PublicationDeadline.deadline(a.approvedOn(), days, cal);
      if (deadline.isBefore(p.from()) || deadline.isAfter(p.to())) {
        continue;
      }
      out.add(new Due(a, deadline, PublicationDeadline.status(deadline, a.firstPublished(), end)));
    }
    return out;
  }

  private static PublicationReport.Line line(
      String key, String label, Map<String, String> drill, List<Due> rows, BigDecimal target) {
    Map<Status, Long> n = new EnumMap<>(Status.class);
    rows.forEach(d -> n.merge(d.status(), 1L, Long::sum));
    long onTime = n.getOrDefault(Status.ON_TIME, 0L);
    long late = n.getOrDefault(Status.LATE, 0L);
    long overdue = n.getOrDefault(Status.OVERDUE, 0L);
    long due = onTime + late + overdue;
    return new PublicationReport.Line(
        key,
        label,
        drill,
        due,
        onTime,
        late,
        overdue,
        n.getOrDefault(Status.NOT_YET_DUE, 0L),
        Figure.percent(onTime, due, target));
  }

  private PublicationReport.Item item(Due d, Reference ref, Locale locale) {
    OversightQueries.Approved a = d.row();
    return new PublicationReport.Item(
        a.sampleId(),
        a.sampleNumber(),
        a.foodName(),
        OversightLists.regionName(ref, a.regionId(), locale),
        a.level(),
        a.approvedOn(),
        d.deadline(),
        a.firstPublished(),
        d.status());
  }

  private static Predicate<Status> publicationMeasure(String measure) {
    String m = measure == null ? "" : measure.strip().toLowerCase(Locale.ROOT);
    return switch (m) {
      case "due" -> Status::due;
      case "on-time" -> s -> s == Status.ON_TIME;
      case "late" -> s -> s == Status.LATE;
      case "overdue" -> s -> s == Status.OVERDUE;
      case "not-yet-due" -> s -> s == Status.NOT_YET_DUE;
      case "" -> throw InvalidInputException.of("measure", "lims.field.required");
      default -> throw InvalidInputException.of("measure", "lims.stats.unknown", measure);
    };
  }

  int workingDays() {
    return settings.intValue(WORKING_DAYS, DEFAULT_WORKING_DAYS);
  }

  /** The working days after approval within which a result must be published (the setting). */
  public int publicationWorkingDays() {
    return workingDays();
  }

  private LocalDate today() {
    return CivilTime.today(clock);
  }
}
