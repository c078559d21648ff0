package cn.foodsafety.lims.statistics.web;

import cn.foodsafety.lims.disposal.boundary.CaseRow;
import cn.foodsafety.lims.disposal.boundary.Cases;
import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.ChartJson;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import cn.foodsafety.lims.statistics.boundary.ExportData;
import cn.foodsafety.lims.statistics.boundary.Exports;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import cn.foodsafety.lims.statistics.control.Figure;
import cn.foodsafety.lims.statistics.control.FiguresReport;
import cn.foodsafety.lims.statistics.control.FiguresReport.FollowRow;
import cn.foodsafety.lims.statistics.control.FiguresReport.PassRow;
import cn.foodsafety.lims.statistics.control.FiguresReport.VolumeRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * statistics/dashboard.xhtml: the figures the city is judged on for a period as of a date, each
 * next to its target and definition, with charts (monthly trend, units by % of quota, follow-up
 * rates by level against their targets) and tables whose every count opens the list behind it; and
 * the follow-up cases that are overdue today. All figures come from one call of {@link
 * Statistics#figures}, the same the API and the workbook use.
 */
@Named
@ViewScoped
public class ShowDashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A unit in the filter's select. */
  public record Unit(long id, String label) implements Serializable {}

  /** One level's value of a follow-up rate, with the measures of its two parts. */
  public record RateLine(
      FollowRow row, Figure figure, String numeratorMeasure, String denominatorMeasure) {}

  /** A follow-up rate's card: its lines for the levels with targets, and its definition. */
  public record RateCard(String key, String title, String definition, List<RateLine> lines) {}

  @Inject Statistics statistics;

  @Inject Cases cases;

  @Inject Exports exports;

  private ExportData export;

  @Inject FoodCategories categories;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Integer year;
  private Integer quarter;
  private Integer month;
  private LocalDate asOf;
  private SamplingLevel level;
  private Long regionId;
  private Department department;
  private Long categoryId;

  /** The kind of sampling counted: supervisory (the targets' kind) unless chosen, or ALL. */
  private String kind = cn.foodsafety.lims.planning.entity.SamplingKind.SUPERVISORY.name();

  private transient FiguresReport report;

  private transient cn.foodsafety.lims.statistics.control.SeriousHazardFigures.SeriousHazardFigure
      seriousHazards;
  private StatsRequest request;
  private List<Unit> units;
  private String trendChart;
  private String rankingChart;
  private String followChart;
  private PageModel<CaseRow> overdue;

  @PostConstruct
  void init() {
    overdue =
        new PageModel<>(
            q -> cases.list(q),
            CaseRow::id,
            () -> null,
            () -> {
              Map<String, String> f = new HashMap<>();
              f.put("due", "overdue");
              return f;
            });
  }

  /** viewAction: the filters of the address (a bookmark, the list's way back), then the figures. */
  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<String, String> raw = new HashMap<>();
    for (String name : List.of("year", "quarter", "month", "asOf", "level", "regionId")) {
      if (params.get(name) != null) {
        raw.put(name, params.get(name));
      }
    }
    for (String name : List.of("department", "categoryId", "kind")) {
      if (params.get(name) != null) {
        raw.put(name, params.get(name));
      }
    }
    try {
      StatsRequest r = StatsRequest.parse(raw);
      year = r.year();
      quarter = r.quarter();
      month = r.month();
      asOf = r.asOf();
      level = r.level();
      regionId = r.regionId();
      department = r.department();
      categoryId = r.categoryId();
      kind = r.kind();
    } catch (RuntimeException e) {
      text.show(e, "filters");
    }
    if (year == null) {
      year = today().getYear();
    }
    refresh();
  }

  /** The filter bar's button: the figures for what is chosen now. */
  public void apply() {
    refresh();
  }

  private void refresh() {
    Map<String, String> raw = new LinkedHashMap<>();
    put(raw, "year", year);
    put(raw, "quarter", quarter);
    put(raw, "month", month);
    put(raw, "asOf", asOf);
    put(raw, "level", level);
    put(raw, "regionId", regionId);
    put(raw, "department", department);
    put(raw, "categoryId", categoryId);
    put(raw, "kind", kind);
    try {
      request = StatsRequest.parse(raw);
      report = statistics.figures(request, text.locale());
      seriousHazards = statistics.seriousHazards(request);
      if (units == null) {
        List<VolumeRow> rows =
            regionId == null
                ? report.volume().byUnit()
                : statistics
                    .figures(request.with(Map.of("regionId", "")), text.locale())
                    .volume()
                    .byUnit();
        units = rows.stream().map(r -> new Unit(Long.parseLong(r.key()), r.label())).toList();
      }
      trendChart = trendChart();
      rankingChart = rankingChart();
      followChart = followChart();
    } catch (RuntimeException e) {
      report = null;
      text.show(e, "filters");
    }
  }

  private static void put(Map<String, String> m, String name, Object value) {
    if (value != null) {
      m.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  // ---------------------------------------------------------------- links and labels

  /** The list of samples behind a figure's part, for a row's drill filters. */
  public String samples(String measure, Map<String, String> drill) {
    return FigureLinks.href(contextPath(), FigureLinks.SAMPLES, measure, request, drill);
  }

  /** The list of cases behind a figure's part, for a row's drill filters. */
  public String cases(String measure, Map<String, String> drill) {
    return FigureLinks.href(contextPath(), FigureLinks.CASES, measure, request, drill);
  }

  /** Met or not in words (never by colour alone). */
  public String met(Figure f) {
    if (f == null || f.target() == null) {
      return "";
    }
    if (f.met() == null) {
      return text.get("dash.met.unknown");
    }
    return text.get(f.met() ? "dash.met.yes" : "dash.met.no");
  }

  public String metClass(Figure f) {
    if (f == null || f.target() == null) {
      return "met-none";
    }
    if (f.met() == null) {
      return "met-unknown";
    }
    return f.met() ? "met-yes" : "met-no";
  }

  /** The overall pass rate first, then the key groups with their own targets. */
  public List<PassRow> getPassCards() {
    if (report == null) {
      return List.of();
    }
    List<PassRow> cards = new ArrayList<>();
    cards.add(report.passRates().overall());
    cards.addAll(report.passRates().keyGroups());
    return cards;
  }

  /** "≥ 98%", or empty without a target. */
  public String target(Figure f) {
    return f == null || f.target() == null
        ? ""
        : text.get("dash.target", f.target().stripTrailingZeros().toPlainString());
  }

  public String definition(String key) {
    if (report == null) {
      return "";
    }
    return report.definitions().stream()
        .filter(d -> d.key().equals(key))
        .map(FiguresReport.Definition::text)
        .findFirst()
        .orElse("");
  }

  /** "3 days overdue" for a case past its deadline. */
  public String daysOverdue(CaseRow c) {
    return text.get("dash.daysOverdue", c.daysLeft() == null ? 0 : -c.daysLeft());
  }

  public String quarterLabel(int quarter) {
    return text.get("dash.quarter.label", quarter);
  }

  public String monthLabel(int month) {
    return text.get("month.label", month);
  }

  // ---------------------------------------------------------------- what the page shows

  public List<RateCard> getFollowCards() {
    if (report == null) {
      return List.of();
    }
    List<RateCard> cards = new ArrayList<>();
    cards.add(
        card("disposalRate", "dash.rate.disposal", FollowRow::disposal, "STARTED", "MUST_FOLLOW"));
    cards.add(
        card(
            "completionRate",
            "dash.rate.completion",
            FollowRow::completion,
            "COMPLETED",
            "MUST_FOLLOW"));
    cards.add(card("onTimeRate", "dash.rate.onTime", FollowRow::onTime, "ON_TIME", "ON_TIME_DUE"));
    return cards;
  }

  private RateCard card(
      String key, String title, Function<FollowRow, Figure> figure, String num, String den) {
    List<RateLine> lines = new ArrayList<>();
    for (FollowRow row : getTargetLevels()) {
      lines.add(new RateLine(row, figure.apply(row), num, den));
    }
    return new RateCard(key, text.get(title), definition(key), lines);
  }

  /** The follow-up rows of the levels with targets: national, provincial, municipal. */
  public List<FollowRow> getTargetLevels() {
    if (report == null) {
      return List.of();
    }
    return report.followUp().byLevel().stream().filter(r -> levelWithTargets(r.key())).toList();
  }

  private static boolean levelWithTargets(String key) {
    return Stream.of(SamplingLevel.values())
        .anyMatch(l -> l.name().equals(key) && l.hasFollowUpTargets());
  }

  /** Units by % of quota, highest first; units without a quota last. */
  public List<VolumeRow> getRanking() {
    if (report == null) {
      return List.of();
    }
    return report.volume().byUnit().stream()
        .sorted(
            Comparator.comparing(
                (VolumeRow r) -> r.percentOfQuota().value(),
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
        .toList();
  }

  public boolean isCasesVisible() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole("SUPERVISOR") || ext.isUserInRole("ADMIN");
  }

  // ---------------------------------------------------------------- charts (Chart.js for p:chart)

  private String trendChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder batches = Json.createArrayBuilder();
    JsonArrayBuilder rates = Json.createArrayBuilder();
    List<VolumeRow> volume = report.volume().byMonth();
    List<PassRow> pass = report.passRates().byMonth();
    for (int i = 0; i < volume.size(); i++) {
      labels.add(text.get("month.label", volume.get(i).key()));
      batches.add(volume.get(i).batches());
      BigDecimal v = i < pass.size() ? pass.get(i).passRate().value() : null;
      if (v == null) {
        rates.addNull();
      } else {
        rates.add(v);
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", text.get("dash.chart.passRate"))
                    .add("yAxisID", "rate")
                    .add("borderColor", "#c2410c")
                    .add("backgroundColor", "#c2410c")
                    .add("spanGaps", true)
                    .add("data", rates))
            .add(
                Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", text.get("dash.chart.batches"))
                    .add("yAxisID", "y")
                    .add("backgroundColor", "#1b4d89")
                    .add("data", batches));
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("position", "left")
                    .add("title", ChartJson.title(text.get("dash.chart.batches"))))
            .add(
                "rate",
                Json.createObjectBuilder()
                    .add("min", 0)
                    .add("max", 100)
                    .add("position", "right")
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                    .add("title", ChartJson.title(text.get("dash.chart.percent"))));
    return ChartJson.chart("bar", labels, datasets, scales, null);
  }

  private String rankingChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (VolumeRow r : getRanking()) {
      labels.add(r.label());
      BigDecimal v = r.percentOfQuota().value();
      if (v == null) {
        values.addNull();
      } else {
        values.add(v);
      }
      colours.add(Boolean.TRUE.equals(r.percentOfQuota().met()) ? "#2f7d32" : "#d97706");
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", text.get("dash.ranking.percent"))
                    .add("backgroundColor", colours)
                    .add("data", values));
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "x",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("title", ChartJson.title(text.get("dash.chart.percent"))));
    return ChartJson.chart("bar", labels, datasets, scales, "y");
  }

  /**
   * The three follow-up rates of each level with targets as bars, and each bar's target as a short
   * horizontal mark (a line data set drawn as points only).
   */
  private String followChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    JsonArrayBuilder targets = Json.createArrayBuilder();
    String[] palette = {"#1b4d89", "#0f766e", "#7c3aed"};
    for (FollowRow row : getTargetLevels()) {
      List<Figure> figures = List.of(row.disposal(), row.completion(), row.onTime());
      List<String> names =
          List.of(
              text.get("dash.rate.disposal"),
              text.get("dash.rate.completion"),
              text.get("dash.rate.onTime"));
      for (int i = 0; i < 3; i++) {
        labels.add(Json.createArrayBuilder().add(row.label()).add(names.get(i)));
        Figure f = figures.get(i);
        if (f.value() == null) {
          values.addNull();
        } else {
          values.add(f.value());
        }
        if (f.target() == null) {
          targets.addNull();
        } else {
          targets.add(f.target());
        }
        colours.add(palette[i]);
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", text.get("dash.chart.target"))
                    .add("showLine", false)
                    .add("pointStyle", "line")
                    .add("pointRadius", 14)
                    .add("pointHoverRadius", 14)
                    .add("borderWidth", 3)
                    .add("borderColor", "#b42318")
                    .add("backgroundColor", "#b42318")
                    .add("data", targets))
            .add(
                Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", text.get("dash.chart.rate"))
                    .add("backgroundColor", colours)
                    .add("data", values));
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("min", 0)
                    .add("max", 100)
                    .add("title", ChartJson.title(text.get("dash.chart.percent"))))
            .add(
                "x",
                Json.createObjectBuilder()
                    .add("ticks", Json.createObjectBuilder().add("autoSkip", false)));
    return ChartJson.chart("bar", labels, datasets, scales, null);
  }

  // ---------------------------------------------------------------- choices

  // ---------------------------------------------------------------- exports

  /**
   * Starts the provincial workbook for the figures on the screen (or shows the export still running
   * for this user); the page polls its progress.
   */
  public void exportWorkbook() {
    if (request == null) {
      return;
    }
    try {
      export = exports.requestWorkbook(request, text.locale());
    } catch (RuntimeException e) {
      text.show(e, "dash");
    }
  }

  /** The poll: the export's state and progress now. */
  public void refreshExport() {
    if (export != null) {
      export = exports.get(export.id());
    }
  }

  public ExportData getExport() {
    if (export == null) {
      export = exports.mine().stream().findFirst().orElse(null);
    }
    return export;
  }

  public boolean isExportRunning() {
    ExportData e = getExport();
    return e != null && e.state().isActive();
  }

  public StreamedContent getExportFile() {
    Exports.ExportFile file = exports.file(export.id());
    return DefaultStreamedContent.builder()
        // as it is: PrimeFaces percent-encodes it into filename* itself (RFC 6266)
        .name(file.fileName())
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  /** The statistics summary PDF of the figures on the screen. */
  public StreamedContent getSummaryPdf() {
    StatsRequest r = request;
    java.util.Locale locale = text.locale();
    return DefaultStreamedContent.builder()
        .name(
            "food-sampling-statistics-" + (report == null ? "" : report.period().label()) + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(statistics.summaryPdf(r, locale)))
        .build();
  }

  public List<Integer> getYears() {
    int now = today().getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y >= now - 4; y--) {
      years.add(y);
    }
    if (year != null && !years.contains(year)) {
      years.add(year);
    }
    return years;
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  public List<Integer> getMonths() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  /** The kinds of sampling to count, and all of them together. */
  public List<String> getKinds() {
    List<String> kinds = new ArrayList<>();
    for (cn.foodsafety.lims.planning.entity.SamplingKind k :
        cn.foodsafety.lims.planning.entity.SamplingKind.values()) {
      kinds.add(k.name());
    }
    kinds.add(StatsRequest.ALL_KINDS);
    return kinds;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public List<Department> getDepartments() {
    return List.of(Department.values());
  }

  public List<Unit> getUnits() {
    return units == null ? List.of() : units;
  }

  public List<FoodCategoryData> getCategories() {
    return categories.children(null).stream()
        .filter(c -> Objects.equals(c.active(), true))
        .toList();
  }

  public String categoryName(FoodCategoryData c) {
    return "en".equals(text.locale().getLanguage()) && c.nameEn() != null && !c.nameEn().isBlank()
        ? c.nameEn()
        : c.name();
  }

  private LocalDate today() {
    return civilClock.today();
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  // ---------------------------------------------------------------- properties

  /** Serious-hazard failures of the figures on the screen, and how many were reported in 24 h. */
  public cn.foodsafety.lims.statistics.control.SeriousHazardFigures.SeriousHazardFigure
      getSeriousHazards() {
    return seriousHazards;
  }

  public FiguresReport getReport() {
    return report;
  }

  /** The request of the figures on the screen (null until they were computed). */
  public StatsRequest getRequest() {
    return report == null ? null : request;
  }

  public String getTrendChart() {
    return trendChart;
  }

  public String getRankingChart() {
    return rankingChart;
  }

  public String getFollowChart() {
    return followChart;
  }

  public PageModel<CaseRow> getOverdue() {
    return overdue;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getQuarter() {
    return quarter;
  }

  public void setQuarter(Integer quarter) {
    this.quarter = quarter;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public void setLevel(SamplingLevel level) {
    this.level = level;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }
}
