package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.BalanceReport;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.PublicationRate;
import cn.foodsafety.lims.oversight.boundary.PublicationReport;
import cn.foodsafety.lims.oversight.boundary.QualityScore;
import cn.foodsafety.lims.oversight.boundary.QualityScores;
import cn.foodsafety.lims.oversight.boundary.RiskWarnings;
import cn.foodsafety.lims.oversight.boundary.SamplingBalance;
import cn.foodsafety.lims.oversight.control.RiskReport;
import cn.foodsafety.lims.oversight.control.WarningRules.WarningClass;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import cn.foodsafety.lims.statistics.web.ShowDashboardBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The oversight section of statistics/dashboard.xhtml: the publication rate (total, by level, by
 * unit), the data quality score per unit, the risk warnings by class and the repeat offenders, and
 * the balance of the sampling for the dashboard's period and group, each count opening its list.
 * Computed once per request from the dashboard's own request, so a new filter on the dashboard
 * gives new figures here.
 */
@Named
@RequestScoped
public class ShowOversightFiguresBacking {

  @Inject ShowDashboardBacking dashboard;

  @Inject PublicationRate oversight;

  @Inject SamplingBalance balance;

  @Inject RiskWarnings risk;

  @Inject QualityScores qualityScores;

  @Inject FacesText text;

  private boolean loaded;
  private PublicationReport publication;
  private BalanceReport balanceReport;
  private RiskReport.Warnings warnings;
  private int offenders;
  private List<QualityScore> quality;

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    StatsRequest r = dashboard.getRequest();
    if (r == null) {
      return;
    }
    try {
      OversightRequest request = new OversightRequest(r, null);
      publication = oversight.publication(request, text.locale());
      balanceReport = balance.balance(request, text.locale());
      warnings = risk.warnings(request, null, 0, 1, text.locale());
      offenders = risk.offenders(request, text.locale()).items().size();
      quality = qualityScores.scores(request, "unit", text.locale());
    } catch (RuntimeException e) {
      publication = null;
      balanceReport = null;
      warnings = null;
      quality = null;
      text.show(e, "dash");
    }
  }

  public PublicationReport getPublication() {
    load();
    return publication;
  }

  public BalanceReport getBalance() {
    load();
    return balanceReport;
  }

  public RiskReport.Warnings getWarnings() {
    load();
    return warnings;
  }

  /** The non-conforming results of a warning class A-D in the period. */
  public long warningCount(WarningClass warningClass) {
    load();
    return warnings == null ? 0 : warnings.byClass().getOrDefault(warningClass, 0L);
  }

  public List<WarningClass> getWarningClasses() {
    return List.of(WarningClass.values());
  }

  public int getOffenders() {
    load();
    return offenders;
  }

  public List<QualityScore> getQuality() {
    load();
    return quality;
  }

  /** The non-conforming results of one warning class (all for null) on the risk page. */
  public String warningList(WarningClass warningClass) {
    Map<String, String> m = filters(null);
    if (warningClass != null) {
      m.put("class", warningClass.name());
    }
    return OversightLinks.with(contextPath() + "/oversight/risk.xhtml?", m).replace("?&", "?");
  }

  /** The open findings behind a unit's quality score on the checks page. */
  public String findingList(Map<String, String> drill) {
    Map<String, String> m = new TreeMap<>();
    StatsRequest r = dashboard.getRequest();
    if (r != null) {
      r.asMap().entrySet().stream()
          .filter(e -> List.of("year", "month").contains(e.getKey()))
          .forEach(e -> m.put(e.getKey(), e.getValue()));
    }
    m.putAll(drill);
    return OversightLinks.with(contextPath() + "/oversight/checks.xhtml?", m).replace("?&", "?");
  }

  /** The list behind a publication figure for a line's drill filters. */
  public String publicationList(String measure, Map<String, String> drill) {
    return OversightLinks.publication(contextPath(), measure, filters(drill));
  }

  /** The samples taken for a balance line (month, unit or category). */
  public String batches(Map<String, String> drill) {
    return OversightLinks.batches(contextPath(), filters(drill));
  }

  /** The risk page for the dashboard's filters. */
  public String riskHref() {
    return OversightLinks.with(contextPath() + "/oversight/risk.xhtml?", filters(null))
        .replace("?&", "?");
  }

  private Map<String, String> filters(Map<String, String> drill) {
    StatsRequest r = dashboard.getRequest();
    Map<String, String> m = new HashMap<>(r == null ? Map.of() : r.asMap());
    if (drill != null) {
      m.putAll(drill);
      if (drill.containsKey("month")) {
        m.remove("quarter");
      }
    }
    return new java.util.TreeMap<>(m);
  }

  public String percent(BigDecimal v) {
    return v == null ? "-" : v.stripTrailingZeros().toPlainString() + "%";
  }

  public String metClass(Boolean met) {
    return met == null ? "met-unknown" : met ? "met-yes" : "met-no";
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }
}
