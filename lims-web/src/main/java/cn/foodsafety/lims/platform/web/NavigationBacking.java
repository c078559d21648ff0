package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The menu: each entry shows only for the roles whose work it is. */
@Named
@RequestScoped
public class NavigationBacking {

  /** A menu entry: the UI bundle key of its label, the page, an icon. */
  public record Entry(String label, String outcome, String icon) {}

  private static final Set<Role> ALL = EnumSet.allOf(Role.class);

  private record Rule(Entry entry, Set<Role> roles) {}

  private static final List<Rule> MENU =
      List.of(
          new Rule(new Entry("nav.home", "/index.xhtml", "pi pi-home"), ALL),
          new Rule(
              new Entry("nav.myTasks", "/sampling/my-tasks.xhtml", "pi pi-mobile"),
              EnumSet.of(Role.SAMPLER)),
          new Rule(
              new Entry("nav.samples", "/sampling/samples.xhtml", "pi pi-box"),
              EnumSet.of(
                  Role.SAMPLER, Role.PLANNER, Role.SUPERVISOR, Role.LAB_TECH, Role.LAB_REVIEWER)),
          new Rule(
              new Entry("nav.receipt", "/sampling/receipt.xhtml", "pi pi-inbox"),
              EnumSet.of(Role.LAB_TECH, Role.LAB_REVIEWER)),
          new Rule(
              new Entry("nav.backups", "/sampling/backups.xhtml", "pi pi-database"),
              EnumSet.of(Role.LAB_TECH, Role.LAB_REVIEWER, Role.SUPERVISOR)),
          new Rule(
              new Entry("nav.worklist", "/lab/worklist.xhtml", "pi pi-check-square"),
              EnumSet.of(Role.LAB_TECH, Role.LAB_REVIEWER)),
          new Rule(
              new Entry("nav.plans", "/planning/plans.xhtml", "pi pi-calendar-plus"),
              EnumSet.of(Role.PLANNER, Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.tasks", "/planning/tasks.xhtml", "pi pi-list"),
              EnumSet.of(Role.PLANNER, Role.SUPERVISOR)),
          new Rule(
              new Entry("nav.assignment", "/sampling/assignment.xhtml", "pi pi-directions"),
              EnumSet.of(Role.PLANNER)),
          new Rule(
              new Entry("nav.progress", "/planning/progress.xhtml", "pi pi-chart-bar"),
              EnumSet.of(Role.PLANNER, Role.SUPERVISOR)),
          new Rule(
              new Entry("nav.cases", "/disposal/cases.xhtml", "pi pi-shield"),
              EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.investigations", "/disposal/investigations.xhtml", "pi pi-search"),
              EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.statistics", "/statistics/dashboard.xhtml", "pi pi-chart-line"),
              EnumSet.of(Role.SUPERVISOR, Role.PLANNER, Role.ADMIN)),
          new Rule(
              new Entry("nav.proposals", "/proposal/review.xhtml", "pi pi-thumbs-up"),
              EnumSet.of(Role.PLANNER, Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.rapidTests", "/rapidtest/tests.xhtml", "pi pi-bolt"),
              EnumSet.of(Role.SAMPLER, Role.SUPERVISOR)),
          new Rule(
              new Entry("nav.rapidFigures", "/rapidtest/figures.xhtml", "pi pi-percentage"),
              EnumSet.of(Role.SUPERVISOR, Role.PLANNER, Role.ADMIN)),
          new Rule(
              new Entry("nav.markets", "/rapidtest/markets.xhtml", "pi pi-shop"),
              EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.publish", "/disclosure/publish.xhtml", "pi pi-globe"),
              EnumSet.of(Role.SUPERVISOR)),
          new Rule(
              new Entry("nav.risk", "/oversight/risk.xhtml", "pi pi-exclamation-triangle"),
              EnumSet.of(Role.SUPERVISOR, Role.PLANNER, Role.ADMIN)),
          new Rule(
              new Entry("nav.checks", "/oversight/checks.xhtml", "pi pi-check-circle"),
              EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.audit", "/oversight/audit.xhtml", "pi pi-sliders-h"),
              EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
          new Rule(
              new Entry("nav.regions", "/masterdata/regions.xhtml", "pi pi-map"),
              EnumSet.of(Role.ADMIN, Role.PLANNER, Role.SUPERVISOR)),
          new Rule(
              new Entry("nav.organizations", "/masterdata/organizations.xhtml", "pi pi-building"),
              ALL),
          new Rule(
              new Entry("nav.categories", "/masterdata/categories.xhtml", "pi pi-sitemap"), ALL),
          new Rule(new Entry("nav.testItems", "/masterdata/test-items.xhtml", "pi pi-filter"), ALL),
          new Rule(new Entry("nav.calendar", "/masterdata/calendar.xhtml", "pi pi-calendar"), ALL),
          new Rule(
              new Entry("nav.users", "/admin/users.xhtml", "pi pi-users"), EnumSet.of(Role.ADMIN)),
          new Rule(
              new Entry("nav.settings", "/masterdata/settings.xhtml", "pi pi-sliders-h"),
              EnumSet.of(Role.ADMIN)),
          new Rule(
              new Entry("nav.facts", "/admin/facts.xhtml", "pi pi-check-square"),
              EnumSet.of(Role.ADMIN)),
          new Rule(
              new Entry("nav.checkRules", "/admin/check-rules.xhtml", "pi pi-list-check"),
              EnumSet.of(Role.ADMIN)),
          new Rule(new Entry("nav.account", "/account.xhtml", "pi pi-user"), ALL));

  public List<Entry> getEntries() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    List<Entry> visible = new ArrayList<>();
    for (Rule rule : MENU) {
      if (rule.roles().stream().anyMatch(r -> ext.isUserInRole(r.name()))) {
        visible.add(rule.entry());
      }
    }
    return visible;
  }

  public boolean isInRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public String getUserName() {
    var p = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return p == null ? null : p.getName();
  }
}
