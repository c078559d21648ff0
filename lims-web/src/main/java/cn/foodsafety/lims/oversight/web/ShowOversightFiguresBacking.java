package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.BalanceReport;
import cn.foodsafety.lims.oversight.boundary.Oversight;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.PublicationReport;
import cn.foodsafety.lims.oversight.boundary.SamplingBalance;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import cn.foodsafety.lims.statistics.web.ShowDashboardBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The oversight section of statistics/dashboard.xhtml: the publication rate (total, by level, by
 * unit) and the balance of the sampling for the dashboard's period and group, each count opening
 * its list. Computed once per request from the dashboard's own request, so a new filter on the
 * dashboard gives new figures here.
 */
@Named
@RequestScoped
public class ShowOversightFiguresBacking {

  @Inject ShowDashboardBacking dashboard;

  @Inject Oversight oversight;

  @Inject SamplingBalance balance;

  @Inject FacesText text;

  private boolean loaded;
  private PublicationReport publication;
  private BalanceReport balanceReport;

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
    } catch (RuntimeException e) {
      publication = null;
      balanceReport = null;
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
