package cn.foodsafety.lims.planning.web;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.planning.boundary.CellGroupData;
import cn.foodsafety.lims.planning.boundary.CollectionTasks;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.SamplingPlans;
import cn.foodsafety.lims.planning.boundary.TaskData;
import cn.foodsafety.lims.planning.boundary.TaskGroups;
import cn.foodsafety.lims.planning.entity.PlanState;
import cn.foodsafety.lims.planning.entity.TaskState;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * planning/tasks.xhtml: the cell groups of an approved plan with what is still available, a new
 * task for a sampling unit from the chosen group, and the tasks with their state and cancellation.
 */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SamplingPlans plans;

  @Inject CollectionTasks tasks;

  @Inject TaskGroups taskGroups;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Long planId;
  private List<CellGroupData> groups = List.of();
  private CellGroupData group;
  private Long samplingUnitId;
  private Integer batches;
  private PartyKind partyKind;

  private cn.foodsafety.lims.planning.entity.SamplingKind samplingKind;
  private LocalDate dueDate;
  private String note;

  private TaskState filterState = TaskState.OPEN;
  private PageModel<TaskData> model;

  @PostConstruct
  void init() {
    dueDate = civilClock.today().plusMonths(1);
    model =
        new PageModel<>(
            q -> tasks.list(q),
            TaskData::id,
            () -> null,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (filterState != null) {
                f.put("state", filterState.name());
              }
              if (planId != null) {
                f.put("plan.id", planId.toString());
              }
              return f;
            });
  }

  public void choosePlan() {
    group = null;
    groups = planId == null ? List.of() : taskGroups.groups(planId);
    dueDate = defaultDueDate();
  }

  /**
   * A month from today, but never after the plan's year (a task of the 2026 plan due in January
   * 2027 was the default in December), nor before the year starts.
   */
  private LocalDate defaultDueDate() {
    LocalDate due = civilClock.today().plusMonths(1);
    if (planId == null) {
      return due;
    }
    Integer year =
        getPlans().stream()
            .filter(p -> planId.equals(p.id()))
            .map(PlanData::year)
            .findFirst()
            .orElse(null);
    if (year == null) {
      return due;
    }
    LocalDate last = LocalDate.of(year, 12, 31);
    LocalDate first = LocalDate.of(year, 1, 1);
    return due.isAfter(last) ? last : due.isBefore(first) ? first.plusMonths(1) : due;
  }

  public void chooseGroup(CellGroupData g) {
    group = g;
    batches = g.available();
  }

  public void create() {
    if (group == null) {
      return;
    }
    try {
      TaskData created =
          tasks.create(
              new TaskData(
                  null,
                  planId,
                  null,
                  null,
                  null,
                  group.regionId(),
                  null,
                  group.level(),
                  group.department(),
                  group.categoryId(),
                  null,
                  partyKind,
                  samplingUnitId,
                  null,
                  batches,
                  null,
                  dueDate,
                  null,
                  note,
                  null,
                  null,
                  null,
                  samplingKind));
      text.info("tasks.created", created.batches());
      groups = taskGroups.groups(planId);
      group = null;
      note = null;
    } catch (RuntimeException e) {
      text.show(e, "task");
    }
  }

  public void cancel(TaskData task) {
    try {
      tasks.cancel(task.id(), null);
      text.info("tasks.cancelled");
      if (planId != null) {
        groups = taskGroups.groups(planId);
      }
    } catch (RuntimeException e) {
      text.show(e, "list");
    }
  }

  public List<PlanData> getPlans() {
    return plans
        .list(
            ListQuery.firstPage(ListQuery.MAX_SIZE).withFilter("state", PlanState.APPROVED.name()))
        .items();
  }

  public List<Organization> getSamplingUnits() {
    return taskGroups.samplingUnits();
  }

  public List<PartyKind> getPartyKinds() {
    return taskGroups.partyKinds();
  }

  public List<TaskState> getStates() {
    return List.of(TaskState.values());
  }

  public PageModel<TaskData> getModel() {
    return model;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public List<CellGroupData> getGroups() {
    return groups;
  }

  public CellGroupData getGroup() {
    return group;
  }

  public Long getSamplingUnitId() {
    return samplingUnitId;
  }

  public void setSamplingUnitId(Long samplingUnitId) {
    this.samplingUnitId = samplingUnitId;
  }

  public Integer getBatches() {
    return batches;
  }

  public void setBatches(Integer batches) {
    this.batches = batches;
  }

  public PartyKind getPartyKind() {
    return partyKind;
  }

  public void setPartyKind(PartyKind partyKind) {
    this.partyKind = partyKind;
  }

  public cn.foodsafety.lims.planning.entity.SamplingKind getSamplingKind() {
    return samplingKind;
  }

  public void setSamplingKind(cn.foodsafety.lims.planning.entity.SamplingKind samplingKind) {
    this.samplingKind = samplingKind;
  }

  public cn.foodsafety.lims.planning.entity.SamplingKind[] getSamplingKinds() {
    return cn.foodsafety.lims.planning.entity.SamplingKind.values();
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public TaskState getFilterState() {
    return filterState;
  }

  public void setFilterState(TaskState filterState) {
    this.filterState = filterState;
  }
}
