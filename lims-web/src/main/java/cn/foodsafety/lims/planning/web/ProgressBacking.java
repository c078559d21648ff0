package cn.foodsafety.lims.planning.web;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.PlanProgress;
import cn.foodsafety.lims.planning.boundary.ProgressRow;
import cn.foodsafety.lims.planning.boundary.SamplingPlans;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;

/**
 * planning/progress.xhtml: plan against actual of one plan, grouped by unit, level, department,
 * category or month, as a table and a bar chart (Chart.js configuration for p:chart).
 */
@Named
@ViewScoped
public class ProgressBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SamplingPlans plans;

  @Inject PlanProgress planProgress;

  @Inject FacesText text;

  private Long planId;
  private PlanProgress.ProgressBy by = PlanProgress.ProgressBy.UNIT;
  private List<ProgressRow> rows = List.of();
  private String chart;

  /** viewAction: the plan of ?plan=, or the newest one the user sees. */
  public void load() {
    if (planId == null) {
      List<PlanData> list = getPlans();
      if (!list.isEmpty()) {
        planId = list.get(0).id();
      }
    }
    refresh();
  }

  public void refresh() {
    if (planId == null) {
      rows = List.of();
      chart = null;
      return;
    }
    try {
      rows = planProgress.progress(planId, by.name());
      chart = chartOf(rows);
    } catch (RuntimeException e) {
      rows = List.of();
      chart = null;
      text.show(e, "progress");
    }
  }

  /** The label of a row in the user's language. */
  public String label(ProgressRow row) {
    if (ProgressRow.TOTAL.equals(row.key())) {
      return text.get("progress.total");
    }
    return switch (by) {
      case UNIT, CATEGORY -> row.name();
      case LEVEL -> text.label(SamplingLevel.valueOf(row.key()));
      case DEPARTMENT -> text.label(Department.valueOf(row.key()));
      case MONTH -> text.get("month.label", row.key());
      case KIND -> text.label(cn.foodsafety.lims.planning.entity.SamplingKind.valueOf(row.key()));
    };
  }

  private String chartOf(List<ProgressRow> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder planned = Json.createArrayBuilder();
    JsonArrayBuilder collected = Json.createArrayBuilder();
    for (ProgressRow r : rows) {
      if (ProgressRow.TOTAL.equals(r.key())) {
        continue;
      }
      labels.add(label(r));
      planned.add(r.planned());
      collected.add(r.collected());
    }
    // units and categories have long names: their bars lie down, one labelled row each
    boolean horizontal =
        by == PlanProgress.ProgressBy.UNIT || by == PlanProgress.ProgressBy.CATEGORY;
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", text.get("plan.planned"))
                                .add("backgroundColor", "#9fb8d6")
                                .add("data", planned))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", text.get("progress.collected"))
                                .add("backgroundColor", "#1b4d89")
                                .add("data", collected))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            horizontal ? "x" : "y",
                            Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  public List<PlanData> getPlans() {
    return plans.list(ListQuery.firstPage(ListQuery.MAX_SIZE)).items();
  }

  public List<PlanProgress.ProgressBy> getGroupings() {
    return List.of(PlanProgress.ProgressBy.values());
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public PlanProgress.ProgressBy getBy() {
    return by;
  }

  public void setBy(PlanProgress.ProgressBy by) {
    this.by = by;
  }

  public List<ProgressRow> getRows() {
    return rows;
  }

  public String getChart() {
    return chart;
  }
}
