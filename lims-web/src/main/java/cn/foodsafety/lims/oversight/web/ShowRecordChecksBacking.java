package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.Acceptance;
import cn.foodsafety.lims.oversight.boundary.FindingData;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.QualityScore;
import cn.foodsafety.lims.oversight.boundary.RecordChecks;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * oversight/checks.xhtml: the data quality of the sampling records (抽检数据抽查): a run of the checks
 * over the period, the quality score per unit, team and lab, and the findings, each re-checked
 * (resolved once the record is corrected) or accepted with a reason.
 */
@Named
@ViewScoped
public class ShowRecordChecksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RecordChecks checks;

  @Inject CivilClock civilClock;

  @Inject FacesText text;

  private Integer year;
  private Integer month;
  private String state = "OPEN";
  private String by = "unit";
  private final Map<Long, String> reasons = new HashMap<>();
  private OversightRequest request;
  private transient List<QualityScore> scores;
  private PageModel<FindingData> findings;

  @PostConstruct
  void init() {
    year = civilClock.today().getYear();
    findings = new PageModel<>(this::page, FindingData::id, () -> null, HashMap::new);
    refresh();
  }

  private Page<FindingData> page(ListQuery q) {
    return request == null
        ? new Page<>(List.of(), 0, q.page(), q.size())
        : checks.findings(request, state, q.page(), q.size(), text.locale());
  }

  public void apply() {
    refresh();
  }

  private void refresh() {
    Map<String, String> raw = new LinkedHashMap<>();
    if (year != null) {
      raw.put("year", year.toString());
    }
    if (month != null) {
      raw.put("month", month.toString());
    }
    try {
      request = OversightRequest.parse(raw);
      scores = checks.scores(request, by, text.locale());
    } catch (RuntimeException e) {
      request = null;
      scores = List.of();
      text.show(e, "filters");
    }
  }

  public void run() {
    try {
      RecordChecks.RunResult r = checks.run(request);
      text.info("checks.run.done", r.records(), r.opened(), r.resolved(), r.open());
      refresh();
    } catch (RuntimeException e) {
      text.show(e, "filters");
    }
  }

  public void recheck(FindingData f) {
    try {
      FindingData after = checks.recheck(f.id(), text.locale());
      text.info("checks.rechecked." + after.state().name(), f.sampleNumber());
      refresh();
    } catch (RuntimeException e) {
      text.show(e, "findings");
    }
  }

  public void accept(FindingData f) {
    try {
      checks.accept(f.id(), new Acceptance(reasons.get(f.id())), text.locale());
      reasons.remove(f.id());
      refresh();
    } catch (RuntimeException e) {
      text.show(e, "findings");
    }
  }

  public String score(BigDecimal s) {
    return s == null ? "-" : s.toPlainString();
  }

  public List<Integer> getYears() {
    int now = civilClock.today().getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y >= now - 4; y--) {
      years.add(y);
    }
    return years;
  }

  public List<Integer> getMonths() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  public List<QualityScore> getScores() {
    return scores == null ? List.of() : scores;
  }

  public PageModel<FindingData> getFindings() {
    return findings;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state == null || state.isBlank() ? null : state;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }
}
