package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.RiskWarnings;
import cn.foodsafety.lims.oversight.control.RiskReport;
import cn.foodsafety.lims.oversight.control.WarningRules.WarningClass;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.ChartJson;
import cn.foodsafety.lims.platform.web.FacesText;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * oversight/risk.xhtml: the risk warnings for the departments' risk meetings (风险会商): the
 * non-conforming results of the period by warning class, the repeat offenders, and the trends by
 * category and analyte against the year before with charts; the workbook of all three.
 */
@Named
@ViewScoped
public class ShowRiskWarningsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String[] PALETTE = {
    "#1b4d89", "#c2410c", "#0f766e", "#7c3aed", "#b91c1c", "#4d7c0f"
  };

  /** The largest page of warnings the page shows (the export has all). */
  private static final int SHOWN = 500;

  @Inject RiskWarnings oversight;

  @Inject CivilClock civilClock;

  @Inject FacesText text;

  private Integer year;
  private Integer quarter;
  private Integer month;
  private SamplingLevel level;
  private Long regionId;
  private Department department;
  private String kind;
  private String warningClass;

  private OversightRequest request;
  private transient RiskReport.Warnings warnings;
  private transient RiskReport.Offenders offenders;
  private transient RiskReport.Trends trends;
  private String categoryChart;
  private String analyteChart;

  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<String, String> raw = new HashMap<>();
    for (String name :
        List.of("year", "quarter", "month", "level", "regionId", "department", "kind")) {
      if (params.get(name) != null && !params.get(name).isBlank()) {
        raw.put(name, params.get(name));
      }
    }
    try {
      OversightRequest r = OversightRequest.parse(raw);
      year = r.stats().year();
      quarter = r.stats().quarter();
      month = r.stats().month();
      level = r.stats().level();
      regionId = r.stats().regionId();
      department = r.stats().department();
      kind = r.kind();
    } catch (RuntimeException e) {
      text.show(e, "filters");
    }
    String c = params.get("class");
    if (c != null && List.of("A", "B", "C", "D").contains(c)) {
      warningClass = c;
    }
    if (year == null) {
      year = civilClock.today().getYear();
    }
    refresh();
  }

  public void apply() {
    refresh();
  }

  private void refresh() {
    Map<String, String> raw = new LinkedHashMap<>();
    put(raw, "year", year);
    put(raw, "quarter", quarter);
    put(raw, "month", month);
    put(raw, "level", level);
    put(raw, "regionId", regionId);
    put(raw, "department", department);
    put(raw, "kind", kind);
    try {
      request = OversightRequest.parse(raw);
      Locale locale = text.locale();
      warnings = oversight.warnings(request, warningClass, 0, SHOWN, locale);
      offenders = oversight.offenders(request, locale);
      trends = oversight.trends(request, locale);
      categoryChart = trendChart(trends.categories());
      analyteChart = analyteChart(trends.analytes());
    } catch (RuntimeException e) {
      warnings = null;
      offenders = null;
      trends = null;
      text.show(e, "filters");
    }
  }

  private static void put(Map<String, String> m, String name, Object value) {
    if (value != null) {
      m.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  /** Shows only one class (or all again): the card's link. */
  public void showClass(String c) {
    warningClass = c;
    refresh();
  }

  // ---------------------------------------------------------------- charts (Chart.js for p:chart)

  /** The non-conforming rate per month of the five categories with most failures, both years. */
  private String trendChart(List<RiskReport.Series> series) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (int m = 1; m <= 12; m++) {
      labels.add(text.get("month.label", m));
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < Math.min(5, series.size()); i++) {
      RiskReport.Series s = series.get(i);
      String colour = PALETTE[i % PALETTE.length];
      datasets.add(line(s.label() + " " + year, s.rate(), colour, false));
      datasets.add(line(s.label() + " " + (year - 1), s.rateLastYear(), colour, true));
    }
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("title", ChartJson.title(text.get("ov.chart.rate"))));
    return ChartJson.chart("line", labels, datasets, scales, null);
  }

  /** Non-conforming items per analyte (the ten with most), this year and the year before. */
  private String analyteChart(List<RiskReport.Series> series) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder now = Json.createArrayBuilder();
    JsonArrayBuilder before = Json.createArrayBuilder();
    for (int i = 0; i < Math.min(10, series.size()); i++) {
      RiskReport.Series s = series.get(i);
      labels.add(s.label());
      now.add(s.nonConforming());
      before.add(s.nonConformingLastYear());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", String.valueOf(year))
                    .add("backgroundColor", "#c2410c")
                    .add("data", now))
            .add(
                Json.createObjectBuilder()
                    .add("label", String.valueOf(year - 1))
                    .add("backgroundColor", "#94a3b8")
                    .add("data", before));
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "x",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("title", ChartJson.title(text.get("ov.chart.count"))));
    return ChartJson.chart("bar", labels, datasets, scales, "y");
  }

  private static JsonObjectBuilder line(
      String label, List<BigDecimal> values, String colour, boolean lastYear) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(
        v -> {
          if (v == null) {
            data.addNull();
          } else {
            data.add(v);
          }
        });
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("label", label)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("spanGaps", true)
            .add("data", data);
    if (lastYear) {
      o.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return o;
  }

  // ---------------------------------------------------------------- export

  public StreamedContent getWorkbook() {
    OversightRequest r = request;
    Locale locale = text.locale();
    return DefaultStreamedContent.builder()
        .name("risk-meeting-" + year + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(oversight.riskWorkbook(r, locale)))
        .build();
  }

  // ---------------------------------------------------------------- what the page shows

  public List<WarningClass> getClasses() {
    return List.of(WarningClass.values());
  }

  public long count(WarningClass c) {
    return warnings == null ? 0 : warnings.byClass().getOrDefault(c, 0L);
  }

  public String itemsText(RiskReport.Warning w) {
    List<String> parts = new ArrayList<>();
    for (RiskReport.WarningItem i : w.items()) {
      String s = i.analyte() + " " + (i.value() == null ? "" : i.value());
      if (i.timesOver() != null) {
        s +=
            " ("
                + text.get("ov.timesOver", i.timesOver().stripTrailingZeros().toPlainString())
                + ")";
      }
      parts.add(s);
    }
    return String.join("; ", parts);
  }

  public String roleLabel(RiskReport.Offender o) {
    return text.get("oversight.role." + o.role().name());
  }

  public String levelLabel(String l) {
    return l == null ? "" : text.get("enum.SamplingLevel." + l);
  }

  public String percent(BigDecimal v) {
    return v == null ? "-" : v.stripTrailingZeros().toPlainString() + "%";
  }

  public List<Integer> getYears() {
    int now = civilClock.today().getYear();
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

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public List<Department> getDepartments() {
    return List.of(Department.values());
  }

  public RiskReport.Warnings getWarnings() {
    return warnings;
  }

  public RiskReport.Offenders getOffenders() {
    return offenders;
  }

  public RiskReport.Trends getTrends() {
    return trends;
  }

  public String getCategoryChart() {
    return categoryChart;
  }

  public String getAnalyteChart() {
    return analyteChart;
  }

  public String getWarningClass() {
    return warningClass;
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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null || kind.isBlank() ? null : kind;
  }
}
