package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.Acceptance;
import cn.foodsafety.lims.oversight.boundary.FindingData;
import cn.foodsafety.lims.oversight.boundary.Findings;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.QualityScore;
import cn.foodsafety.lims.oversight.boundary.QualityScores;
import cn.foodsafety.lims.oversight.boundary.RecordCheckRuns;
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

  @Inject RecordCheckRuns runs;

  @Inject Findings checks;

  @Inject QualityScores qualityScores;

  @Inject CivilClock civilClock;

  @Inject FacesText text;

  private Integer year;
  private Integer month;
  private String state = "OPEN";
  private String by = "unit";
  private String target;
  private Long regionId;
  private Long labId;
  private Long teamId;
  private String groupLabel;
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
        : checks.findings(
            request,
            new Findings.Filter(state, target, teamId, null),
            q.page(),
            q.size(),
            text.locale());
  }

  public void apply() {
    refresh();
  }

  /** A click on a score: the open findings of that unit, team or lab. */
  public void open(QualityScore s) {
    regionId = null;
    labId = null;
    teamId = null;
    s.drill()
        .forEach(
            (k, v) -> {
              switch (k) {
                case "regionId" -> regionId = Long.valueOf(v);
                case "labId" -> labId = Long.valueOf(v);
                case "teamId" -> teamId = Long.valueOf(v);
                case "state" -> state = v;
                default -> {}
              }
            });
    groupLabel = s.label();
    refresh();
  }

  /** Back to every unit, team and lab. */
  public void all() {
    regionId = null;
    labId = null;
    teamId = null;
    groupLabel = null;
    refresh();
  }

  /** Called from the page's view parameters (a link from the dashboard). */
  public void load() {
    if (labId != null) {
      by = "lab";
    } else if (teamId != null) {
      by = "team";
    }
    refresh();
    if (regionId != null || labId != null || teamId != null) {
      Long key = regionId != null ? regionId : labId != null ? labId : teamId;
      groupLabel =
          getScores().stream()
              .filter(x -> x.key().equals(key.toString()))
              .map(QualityScore::label)
              .findFirst()
              .orElse(key.toString());
    }
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
      scores = qualityScores.scores(OversightRequest.parse(raw), by, text.locale());
      if (regionId != null) {
        raw.put("regionId", regionId.toString());
      }
      if (labId != null) {
        raw.put("labId", labId.toString());
      }
      request = OversightRequest.parse(raw);
    } catch (RuntimeException e) {
      request = null;
      scores = List.of();
      text.show(e, "filters");
    }
  }

  public void run() {
    try {
      RecordCheckRuns.RunResult r = runs.run(request);
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

  public boolean isDrilled() {
    return groupLabel != null;
  }

  public String getGroupLabel() {
    return groupLabel;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target == null || target.isBlank() ? null : target;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getLabId() {
    return labId;
  }

  public void setLabId(Long labId) {
    this.labId = labId;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }
}
