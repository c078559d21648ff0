package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.AlertSummary;
import cn.foodsafety.lims.disposal.boundary.Alerts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
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
   * One count of the home page: the element id, the label's key, the number, and the list it opens
   * (a page and its filter parameter), or no page when the user may not open that list.
   */
  public record Count(
      String id, String label, long n, String outcome, String param, String value, boolean late) {}

  /**
   * The counts per kind, each linked to the list of what it counts (the cases list or the
   * investigation tasks filtered by the alert, which lists as many rows as the count) for the
   * supervisors and administrators who may open those lists.
   */
  public List<Count> getCounts() {
    AlertSummary a = getSummary();
    if (a == null) {
      return List.of();
    }
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    boolean cases = ext.isUserInRole("SUPERVISOR") || ext.isUserInRole("ADMIN");
    String list = cases ? "/disposal/cases.xhtml" : null;
    List<Count> counts = new ArrayList<>();
    counts.add(
        new Count(
            "countDueSoon",
            "home.count.dueSoon",
            a.caseDueSoon(),
            list,
            "alert",
            "CASE_DUE_SOON",
            false));
    counts.add(
        new Count(
            "countOverdue",
            "home.count.overdue",
            a.caseOverdue(),
            list,
            "alert",
            "CASE_OVERDUE",
            true));
    counts.add(
        new Count("countReports", "home.count.reports", a.reportOverdue(), null, null, null, true));
    counts.add(
        new Count(
            "countSeriousHazard",
            "home.count.seriousHazard",
            a.seriousHazard(),
            list,
            "alert",
            "SERIOUS_HAZARD",
            true));
    counts.add(
        new Count(
            "countDelivery",
            "home.count.delivery",
            a.deliveryOverdue(),
            list,
            "alert",
            "DELIVERY_OVERDUE",
            true));
    counts.add(
        new Count(
            "countInvestigation",
            "home.count.investigation",
            a.investigationOverdue(),
            cases ? "/disposal/investigations.xhtml" : null,
            "overdue",
            "true",
            true));
    counts.add(
        new Count(
            "countRequestDecision",
            "home.count.requestDecision",
            a.requestDecisionOverdue(),
            list,
            "alert",
            "REQUEST_DECISION_OVERDUE",
            true));
    counts.add(
        new Count(
            "countDesignation",
            "home.count.designation",
            a.designationOverdue(),
            list,
            "alert",
            "DESIGNATION_OVERDUE",
            true));
    counts.add(
        new Count(
            "countObjectionDecision",
            "home.count.objectionDecision",
            a.objectionDecisionOverdue(),
            list,
            "alert",
            "OBJECTION_DECISION_OVERDUE",
            true));
    return counts;
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
