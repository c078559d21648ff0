package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import cn.foodsafety.lims.statistics.control.DrillDown;
import cn.foodsafety.lims.statistics.control.FactQueries;
import cn.foodsafety.lims.statistics.control.FiguresReport;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Reference;
import cn.foodsafety.lims.statistics.control.Scope;
import cn.foodsafety.lims.statistics.control.SeriousHazardFigures;
import cn.foodsafety.lims.statistics.control.StatisticsDocument;
import cn.foodsafety.lims.statistics.control.StatsQueries;
import cn.foodsafety.lims.statistics.control.Targets;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The figures the city is judged on, for a period as of a date and a group, each with its target,
 * and the lists behind them. Supervisors and planners see their region and below, administrators
 * everything. Read with aggregate SQL (see {@link StatsQueries}) so that a province-year answers in
 * well under a second.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
public class Statistics {

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject Users users;

  @Inject Settings settings;

  @Inject WorkingCalendars calendars;

  @Inject ReferenceCache references;

  @Inject FiguresCache kept;

  @Inject Clock clock = Clock.systemUTC();

  /** Everything needed to compute figures for one request: period, scope, reference data. */
  public record Frame(
      Period period, Scope scope, Reference reference, Set<Long> units, Targets targets) {}

  public FiguresReport figures(StatsRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Frame f = frame(c, request);
      return compute(c, f, locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The statistics summary PDF of the period and group: the same figures as {@link #figures} with a
   * monthly chart.
   */
  public byte[] summaryPdf(StatsRequest request, Locale locale) {
    try (Connection c = dataSource.getConnection()) {
      Frame f = frame(c, request);
      FiguresReport report = compute(c, f, locale);
      LocalDate today = CivilTime.today(clock);
      return StatisticsDocument.render(report, scopeLabel(f, request, locale), today, locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String scopeLabel(Frame f, StatsRequest r, Locale locale) {
    Organization org = users.current().getOrganization();
    Long region =
        r.regionId() != null
            ? r.regionId()
            : org.getRegion() == null ? null : org.getRegion().getId();
    String label = region == null ? "" : name(f.reference().regions(), region, locale);
    if (r.level() != null) {
      label += " " + cn.foodsafety.lims.platform.control.Messages.label(locale, r.level());
    }
    if (r.categoryId() != null) {
      label += " " + name(f.reference().categories(), r.categoryId(), locale);
    }
    return label.strip();
  }

  public Page<StatSampleRow> samples(
      StatsRequest request, String measure, int page, int size, Locale locale) {
    DrillDown.SampleMeasure m = measure(DrillDown.SampleMeasure.class, measure);
    checkPage(page, size);
    try (Connection c = dataSource.getConnection()) {
      Frame f = frame(c, request);
      DrillDown.Slice<DrillDown.SampleLine> slice =
          DrillDown.samples(c, f.period(), f.scope(), m, page, size);
      Reference ref = f.reference();
      return new Page<>(
          slice.items().stream()
              .map(
                  s ->
                      new StatSampleRow(
                          s.id(),
                          s.sampleNumber(),
                          s.foodName(),
                          name(ref.categories(), s.categoryId(), locale),
                          s.level(),
                          name(ref.regions(), s.regionId(), locale),
                          s.sampledOn(),
                          s.state(),
                          s.conclusion(),
                          s.approvedAt(),
                          s.labId() == null ? null : name(ref.labs(), s.labId(), locale)))
              .toList(),
          slice.total(),
          page,
          size);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Page<StatCaseRow> cases(
      StatsRequest request, String measure, int page, int size, Locale locale) {
    DrillDown.CaseMeasure m = measure(DrillDown.CaseMeasure.class, measure);
    checkPage(page, size);
    try (Connection c = dataSource.getConnection()) {
      Frame f = frame(c, request);
      DrillDown.Slice<DrillDown.CaseLine> slice =
          DrillDown.cases(c, f.period(), f.scope(), m, page, size);
      Reference ref = f.reference();
      return new Page<>(
          slice.items().stream()
              .map(
                  x ->
                      new StatCaseRow(
                          x.id(),
                          x.caseNumber(),
                          x.sampleId(),
                          x.sampleNumber(),
                          x.foodName(),
                          x.level(),
                          name(ref.regions(), x.regionId(), locale),
                          x.state(),
                          x.receivedOn(),
                          x.startedOn(),
                          x.deadline(),
                          x.completedOn()))
              .toList(),
          slice.total(),
          page,
          size);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The period and group of a request, cut to what the caller may see; field errors if bad. */
  public Frame frame(Connection c, StatsRequest r) throws SQLException {
    LocalDate today = CivilTime.today(clock);
    Period period = Period.of(r.year(), r.quarter(), r.month(), r.from(), r.to(), r.asOf(), today);
    Reference ref = references.current(c);
    User me = users.current();
    Set<Long> visible = visibleRegions(me, ref);
    Violations v = new Violations();
    v.addIf(
        r.regionId() != null && !ref.regions().containsKey(r.regionId()),
        "regionId",
        "lims.stats.unknownRegion",
        r.regionId());
    v.addIf(
        r.regionId() != null
            && ref.regions().containsKey(r.regionId())
            && !visible.contains(r.regionId()),
        "regionId",
        "lims.stats.regionOutside",
        r.regionId());
    v.addIf(
        r.categoryId() != null && !ref.categories().containsKey(r.categoryId()),
        "categoryId",
        "lims.stats.unknownCategory",
        r.categoryId());
    v.addIf(
        r.labId() != null && !ref.labs().containsKey(r.labId()),
        "labId",
        "lims.stats.unknownLab",
        r.labId());
    v.throwIfAny();
    Set<Long> regions =
        r.regionId() == null
            ? visible
            : Jurisdiction.of(r.regionId(), ref.regionParents()).regionIds();
    Set<Long> categories = r.categoryId() == null ? null : ref.categoryAndBelow(r.categoryId());
    boolean all = me.has(Role.ADMIN) && r.regionId() == null;
    Scope scope =
        new Scope(
            r.level() == null ? null : r.level().name(),
            r.department() == null ? null : r.department().name(),
            all ? null : regions,
            categories,
            r.labId(),
            r.kindCondition());
    return new Frame(period, scope, ref, ref.units(regions), targets());
  }

  /**
   * Serious hazards of the period and group: failures on an illegal addition or banned substance,
   * and how many were reported within 24 hours of approval (see {@link SeriousHazardFigures}).
   */
  public SeriousHazardFigures.SeriousHazardFigure seriousHazards(StatsRequest request) {
    try (Connection c = dataSource.getConnection()) {
      Frame f = frame(c, request);
      return SeriousHazardFigures.of(c, f.period(), f.scope(), seriousHazardHours());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final int SERIOUS_HAZARD_HOURS = 24;

  /** The hours within which a serious-hazard failure is reported (setting, default 24). */
  public int seriousHazardHours() {
    return settings.intValue("lab.seriousHazard.reportHours", SERIOUS_HAZARD_HOURS);
  }

  public FiguresReport compute(Connection c, Frame f, Locale locale) throws SQLException {
    FiguresReport.Inputs in =
        kept.inputs(
            c,
            f,
            () ->
                FactQueries.inputs(
                    c, f.period(), f.scope(), f.reference(), f.units(), calendars.current()));
    return FiguresReport.of(in, f.targets(), calendars.current(), locale);
  }

  private Targets targets() {
    return new Targets(settings.decimalValues(Targets.defaults()));
  }

  private Set<Long> visibleRegions(User me, Reference ref) {
    if (me.has(Role.ADMIN)) {
      return ref.regions().keySet();
    }
    Organization org = me.getOrganization();
    return org == null || org.getRegion() == null
        ? Set.of()
        : Jurisdiction.of(org.getRegion().getId(), ref.regionParents()).regionIds();
  }

  private static String name(Map<Long, Reference.Node> nodes, long id, Locale locale) {
    Reference.Node n = nodes.get(id);
    return n == null ? null : n.name(locale);
  }

  private static void checkPage(int page, int size) {
    Violations v = new Violations();
    v.addIf(page < 0, "page", "lims.list.page.negative");
    v.addIf(size < 1 || size > 500, "size", "lims.list.size.range", 1, 500);
    v.throwIfAny();
  }

  private static <E extends Enum<E>> E measure(Class<E> type, String measure) {
    if (measure == null || measure.isBlank()) {
      throw InvalidInputException.of("measure", "lims.field.required");
    }
    try {
      return Enum.valueOf(type, measure.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("measure", "lims.stats.unknown", measure);
    }
  }
}
