package cn.foodsafety.lims.statistics.web;

import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.statistics.boundary.StatCaseRow;
import cn.foodsafety.lims.statistics.boundary.StatSampleRow;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * statistics/list.xhtml?list=samples|cases&amp;measure=...&amp;&lt;filters&gt;: the samples or
 * cases counted in one part of a figure, paged by the same boundary use case the API's drill-down
 * calls, under a heading that names the figure's part and its total (the figure's number).
 */
@Named
@ViewScoped
public class ListFigureBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Statistics statistics;

  @Inject Regions regions;

  @Inject FoodCategories categories;

  @Inject Organizations organizations;

  @Inject FacesText text;

  private String kind;
  private String measure;
  private final Map<String, String> filters = new HashMap<>();
  private long total = -1;
  private List<String> conditions = List.of();
  private Rows<StatSampleRow> sampleRows;
  private Rows<StatCaseRow> caseRows;

  /** viewAction: reads kind, measure and the filters, and counts what the figure counted. */
  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    kind = params.get("list");
    measure = params.get("measure");
    filters.clear();
    if (kind == null && measure == null) {
      // opened without a figure (from the address bar, a bookmark): say where lists come from
      total = -1;
      sampleRows = null;
      caseRows = null;
      return;
    }
    for (String name : StatsRequest.NAMES) {
      String v = params.get(name);
      if (v != null && !v.isBlank()) {
        filters.put(name, v.strip());
      }
    }
    try {
      StatsRequest request = StatsRequest.parse(filters);
      Locale locale = text.locale();
      if (isSamples()) {
        total = statistics.samples(request, measure, 0, 1, locale).total();
        sampleRows =
            new Rows<>(
                (p, s) -> statistics.samples(request(), measure, p, s, locale()),
                StatSampleRow::id);
      } else if (isCases()) {
        total = statistics.cases(request, measure, 0, 1, locale).total();
        caseRows =
            new Rows<>(
                (p, s) -> statistics.cases(request(), measure, p, s, locale()), StatCaseRow::id);
      } else {
        throw InvalidInputException.of("list", "lims.stats.unknown", kind == null ? "" : kind);
      }
      conditions = describe(request);
    } catch (RuntimeException e) {
      total = -1;
      sampleRows = null;
      caseRows = null;
      text.show(e, "list");
    }
  }

  private StatsRequest request() {
    return StatsRequest.parse(filters);
  }

  private Locale locale() {
    return text.locale();
  }

  /** The filters in words: period, as-of date, level, unit, department, category, laboratory. */
  private List<String> describe(StatsRequest r) {
    List<String> out = new ArrayList<>();
    if (r.year() != null) {
      out.add(text.get("field.year") + " " + r.year());
    }
    if (r.quarter() != null) {
      out.add(text.get("dash.quarter.label", r.quarter()));
    }
    if (r.month() != null) {
      out.add(text.get("month.label", r.month()));
    }
    if (r.from() != null) {
      out.add(text.get("field.from") + " " + r.from());
    }
    if (r.to() != null) {
      out.add(text.get("field.to") + " " + r.to());
    }
    if (r.asOf() != null) {
      out.add(text.get("field.asOf") + " " + r.asOf());
    }
    if (r.level() != null) {
      out.add(text.label(r.level()));
    }
    if (r.regionId() != null) {
      var region = regions.get(r.regionId());
      out.add(localized(region.name(), region.nameEn()));
    }
    if (r.department() != null) {
      out.add(text.label(r.department()));
    }
    if (r.categoryId() != null) {
      var category = categories.get(r.categoryId());
      out.add(localized(category.name(), category.nameEn()));
    }
    if (r.labId() != null) {
      out.add(organizations.get(r.labId()).name());
    }
    return out;
  }

  private String localized(String name, String nameEn) {
    return "en".equals(locale().getLanguage()) && nameEn != null && !nameEn.isBlank()
        ? nameEn
        : name;
  }

  // ---------------------------------------------------------------- for the page

  public boolean isSamples() {
    return FigureLinks.SAMPLES.equals(kind);
  }

  public boolean isCases() {
    return FigureLinks.CASES.equals(kind);
  }

  public boolean isLoaded() {
    return total >= 0;
  }

  /** Opened without naming a figure's part: the page explains itself instead of an error. */
  public boolean isWithoutFigure() {
    return kind == null && measure == null;
  }

  /** The figure's part in words, e.g. "已出具检验结论的批次（合格率的分母）". */
  public String getHeading() {
    String key = "statlist." + kind + "." + normalized(measure);
    String heading = text.get(key);
    return heading.equals(key) ? String.valueOf(measure) : heading;
  }

  public String getTotalText() {
    return text.get(isCases() ? "statlist.total.cases" : "statlist.total.samples", total);
  }

  /** The dashboard with the same period and group (without a row's own drill filters). */
  public String getBackHref() {
    StringBuilder url =
        new StringBuilder(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/statistics/dashboard.xhtml");
    char sep = '?';
    for (String name : List.of("year", "quarter", "month", "asOf")) {
      String v = filters.get(name);
      if (v != null) {
        url.append(sep)
            .append(name)
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }

  public String levelLabel(String level) {
    return label(SamplingLevel.class, level);
  }

  public String sampleStateLabel(String state) {
    return label(SampleState.class, state);
  }

  public String caseStateLabel(String state) {
    return label(CaseState.class, state);
  }

  public String conclusionLabel(String conclusion) {
    return conclusion == null ? "" : text.get("lab.verdict." + conclusion);
  }

  public String dateTime(OffsetDateTime t) {
    return t == null ? "" : t.atZoneSameInstant(CivilTime.ZONE).format(DATE_TIME);
  }

  private <E extends Enum<E>> String label(Class<E> type, String name) {
    if (name == null) {
      return "";
    }
    try {
      return text.label(Enum.valueOf(type, name));
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static String normalized(String measure) {
    return measure == null ? "" : measure.strip().replace('-', '_').toUpperCase(Locale.ROOT);
  }

  public long getTotal() {
    return total;
  }

  public List<String> getConditions() {
    return conditions;
  }

  public LazyDataModel<StatSampleRow> getSampleRows() {
    return sampleRows;
  }

  public LazyDataModel<StatCaseRow> getCaseRows() {
    return caseRows;
  }

  public String getKind() {
    return kind;
  }

  public String getMeasure() {
    return measure;
  }

  /** A page of a drill-down list as a PrimeFaces lazy table (page and size only: fixed order). */
  static final class Rows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    interface Lister<T> extends java.io.Serializable {
      Page<T> page(int page, int size);
    }

    private final Lister<T> lister;
    private final PageModel.Fn<T, Long> key;
    private transient Page<T> last;

    Rows(Lister<T> lister, PageModel.Fn<T, Long> key) {
      this.lister = lister;
      this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<T> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, 500));
      last = lister.page(first / size, size);
      setRowCount((int) last.total());
      return last.items();
    }

    @Override
    public String getRowKey(T row) {
      return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
      if (last == null) {
        return null;
      }
      return last.items().stream()
          .filter(r -> String.valueOf(key.apply(r)).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
