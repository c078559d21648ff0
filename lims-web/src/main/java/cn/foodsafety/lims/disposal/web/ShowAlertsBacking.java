package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.AlertSummary;
import cn.foodsafety.lims.disposal.boundary.Alerts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The alerts on the home page: counts per kind, the list with links, and when the sweep last ran.
 * Asked for only by the roles that {@link Alerts} serves (a sampler has no alerts).
 */
@Named
@RequestScoped
public class ShowAlertsBacking {

  private static final List<String> ROLES =
      List.of("SUPERVISOR", "ADMIN", "LAB_TECH", "LAB_REVIEWER", "PLANNER");

  @Inject Alerts alerts;

  private AlertSummary summary;
  private boolean loaded;

  /** The user's alerts, or null when the user's roles have none. */
  public AlertSummary getSummary() {
    if (!loaded) {
      loaded = true;
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      if (ROLES.stream().anyMatch(ext::isUserInRole)) {
        summary = alerts.mine();
      }
    }
    return summary;
  }

  /**
   * Where a late report is worked on: the lab's results page for the lab, the sample's page for the
   * others.
   */
  public String reportOutcome() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    boolean lab = ext.isUserInRole("LAB_TECH") || ext.isUserInRole("LAB_REVIEWER");
    return lab ? "/lab/results.xhtml" : "/sampling/sample.xhtml";
  }
}
