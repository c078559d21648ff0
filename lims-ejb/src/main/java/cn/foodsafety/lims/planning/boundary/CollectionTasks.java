package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.kernel.SampleRejected;
import cn.foodsafety.lims.kernel.TaskBatchCollected;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.Campaign;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.planning.entity.TaskState;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Collection tasks: the planner turns the cells of an approved plan into tasks for sampling units;
 * the sum of the tasks of a cell group (unit, level, department, top-level category) never exceeds
 * what the plan holds for it. A sampler sees the tasks of his own sampling unit only; planners and
 * supervisors those in their region.
 *
 * <p>A task counts its collected batches from the sampling component's events (a sample taken for
 * it, a sample of it rejected by the laboratory), in the transaction of the change: it completes
 * when the count reaches its batches and re-opens when a rejection takes it below.
 */
@Stateless
public class CollectionTasks {

  static final String ENTITY = "CollectionTask";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject Clock clock = Clock.systemUTC();

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.SAMPLER_NAME, Role.ADMIN_NAME})
  public Page<TaskData> list(ListQuery query) {
    Scope scope = new Scope(users.current());
    Listing<CollectionTask> listing =
        Listing.of(CollectionTask.class)
            .sortable("dueDate", "state", "batches", "createdAt", "level", "department")
            .sortableAs("region", "region.code")
            .sortableAs("samplingUnit", "samplingUnit.name")
            .defaultSort("dueDate")
            .searchable("region.name", "category.name", "samplingUnit.name", "note")
            .filterable("state", TaskState::valueOf)
            .filterable("samplingUnit.id", Long::valueOf)
            .filterable("plan.id", Long::valueOf)
            .filterable("region.id", Long::valueOf)
            .filterable("level", SamplingLevel::valueOf)
            .filterable("department", Department::valueOf)
            .filterable("category.id", Long::valueOf);
    if (scope.isSamplerOnly()) {
      Long unit = scope.user().getOrganization().getId();
      listing.where((cb, root) -> cb.equal(root.get("samplingUnit").get("id"), unit));
    } else if (!scope.isAdministrator()) {
      Jurisdiction regions = scope.jurisdiction(jurisdictions);
      listing.where((cb, root) -> regions.covers(cb, root.get("region")));
    }
    Page<CollectionTask> page = listing.run(em, SamplingPlans.aliases(query));
    return page.map(TaskData::of);
  }

  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.SAMPLER_NAME, Role.ADMIN_NAME})
  public TaskData get(long id) {
    CollectionTask task = findVisible(id);
    return TaskData.of(task);
  }

  /**
   * Creates a task from a cell group of an approved plan. The task's category may be the group's
   * top-level category or one below it; the group's tasks (not cancelled) together may not exceed
   * the plan's batches for it. The plan is locked while this is checked, so that two planners
   * cannot both take the last batches.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public TaskData create(TaskData data) {
    Violations v = Violations.of(validator, data);
    SamplingPlan plan = null;
    if (data.planId() != null) {
      plan = em.find(SamplingPlan.class, data.planId(), LockModeType.PESSIMISTIC_WRITE);
      Scope scope = new Scope(users.current());
      if (plan == null || !scope.sees(plan.getCity())) {
        v.add("planId", "lims.field.unknownReference", data.planId());
        plan = null;
      } else if (!scope.plans(plan.getCity())) {
        throw new AccessDeniedException("lims.error.forbidden");
      } else if (plan.isDraft()) {
        throw new RuleViolationException(
            "lims.task.plan.notApproved", plan.getCity().getName(), String.valueOf(plan.getYear()));
      }
    }
    Region region = null;
    if (plan != null && data.regionId() != null) {
      region = em.find(Region.class, data.regionId());
      if (region == null || !plan.hasUnit(region)) {
        v.add("regionId", "lims.plan.unit.notInPlan", data.regionId());
        region = null;
      }
    }
    FoodCategory category = null;
    if (data.categoryId() != null) {
      category = em.find(FoodCategory.class, data.categoryId());
      v.addIf(category == null, "categoryId", "lims.field.unknownReference", data.categoryId());
      v.addIf(
          category != null && !category.isActive(),
          "categoryId",
          "lims.field.inactiveReference",
          category == null ? "" : category.getName());
    }
    Organization unit = null;
    if (data.samplingUnitId() != null) {
      unit = em.find(Organization.class, data.samplingUnitId());
      v.addIf(unit == null, "samplingUnitId", "lims.field.unknownReference", data.samplingUnitId());
      v.addIf(
          unit != null && unit.getKind() != OrganizationKind.SAMPLING_UNIT,
          "samplingUnitId",
          "lims.task.samplingUnit.kind",
          unit == null ? "" : unit.getName());
      v.addIf(
          unit != null && !unit.isActive(),
          "samplingUnitId",
          "lims.field.inactiveReference",
          unit == null ? "" : unit.getName());
    }
    LocalDate today = CivilTime.today(clock);
    v.addIf(
        data.dueDate() != null && data.dueDate().isBefore(today),
        "dueDate",
        "lims.task.dueDate.past");
    Campaign campaign = null;
    if (data.campaignId() != null) {
      campaign = em.find(Campaign.class, data.campaignId());
      v.addIf(
          campaign == null || plan == null || !campaign.getPlan().getId().equals(plan.getId()),
          "campaignId",
          "lims.task.campaign.notInPlan",
          data.campaignId());
    }
    if (plan != null
        && region != null
        && category != null
        && data.level() != null
        && data.department() != null
        && data.batches() != null
        && data.batches() > 0) {
      GroupKey group =
          GroupKey.of(region.getId(), data.level(), data.department(), category.topLevel().getId());
      int planned = queries().plannedByGroup(plan).getOrDefault(group, 0);
      int tasked = TaskGroups.taskedByGroup(em, plan).getOrDefault(group, 0);
      int available = Math.max(0, planned - tasked);
      v.addIf(
          data.batches() > available,
          "batches",
          "lims.task.batches.overPlan",
          String.valueOf(data.batches()),
          String.valueOf(available),
          String.valueOf(planned));
    }
    v.throwIfAny();
    String me = users.current().getUsername();
    CollectionTask task =
        new CollectionTask(
                plan,
                campaign,
                region,
                data.level(),
                data.department(),
                category,
                data.partyKind(),
                unit,
                data.batches(),
                data.dueDate(),
                data.note() == null || data.note().isBlank() ? null : data.note().strip(),
                me,
                clock.instant())
            // the planner's choice, else the campaign's kind, else the plan's
            .ofKind(
                data.samplingKind() != null
                    ? data.samplingKind()
                    : campaign != null ? campaign.getKind() : plan.getKind());
    em.persist(task);
    em.flush();
    audit.created(
        ENTITY,
        task.getId(),
        plan.getYear()
            + " "
            + region.getName()
            + " "
            + data.level()
            + " "
            + data.department()
            + " "
            + category.getName()
            + " "
            + task.getKind()
            + " ×"
            + data.batches()
            + " → "
            + unit.getName());
    return TaskData.of(task);
  }

  /** Cancels an open task; its batches become available for other tasks. */
  @RolesAllowed(Role.PLANNER_NAME)
  public TaskData cancel(long id, String reason) {
    CollectionTask task = findVisible(id);
    if (!new Scope(users.current()).plans(task.getPlan().getCity())) {
      throw new AccessDeniedException("lims.error.forbidden");
    }
    if (!task.isOpen()) {
      throw new RuleViolationException("lims.task.notOpen", task.getState());
    }
    task.cancel();
    em.flush();
    audit.action(
        AuditAction.STATE_CHANGE,
        ENTITY,
        id,
        "state",
        TaskState.OPEN.name(),
        TaskState.CANCELLED.name(),
        reason == null || reason.isBlank() ? null : reason.strip());
    return TaskData.of(task);
  }

  /**
   * A sample taken for a task was written and numbered, last in its transaction: the task counts
   * the batch (and completes at its count) in one statement ({@link CollectionTask#COUNT_BATCH}),
   * whose row lock is held only from here to the commit, so the samplers of one task write their
   * samples side by side and only their counts go in turn. Whether the task is still open is
   * decided by that statement, under the lock: a task completed by other samplers' samples since
   * the form was checked (or cancelled) refuses the batch, and the creation rolls back; so a task
   * never counts more batches than it asked for, and none is lost.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void batchCollected(@Observes TaskBatchCollected e) {
    em.flush();
    boolean counted =
        em.createNativeQuery(CollectionTask.COUNT_BATCH).setParameter(1, e.taskId()).executeUpdate()
            == 1;
    CollectionTask task = em.find(CollectionTask.class, e.taskId());
    if (task == null) {
      throw new NotFoundException(ENTITY, e.taskId());
    }
    // the row as the update left it (this transaction holds its lock now)
    em.refresh(task);
    if (!counted) {
      throw InvalidInputException.of(
          "taskId",
          task.getState() == TaskState.CANCELLED
              ? "lims.sample.task.cancelled"
              : "lims.sample.task.notOpen",
          task.getState());
    }
    if (task.getState() == TaskState.COMPLETED) {
      audit.action(
          AuditAction.STATE_CHANGE,
          ENTITY,
          e.taskId(),
          "state",
          TaskState.OPEN.name(),
          TaskState.COMPLETED.name(),
          task.getCollected() + "/" + task.getBatches());
    }
  }

  /** The laboratory rejected a sample of a task: the batch must be taken again. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void sampleRejected(@Observes SampleRejected e) {
    if (e.taskId() != null) {
      counted(e.taskId(), CollectionTask::sampleRejected);
    }
  }

  /**
   * Counts on the task under its row lock (two samples of one task are counted in turn). The task
   * may already be in this transaction's persistence context, read without a lock (the sampling
   * form's checks): it is read again with the lock (a refresh, which takes the current row; a
   * locking find would compare the version read earlier and fail when another sample of the task
   * was counted in between).
   */
  private void counted(long taskId, java.util.function.Consumer<CollectionTask> change) {
    CollectionTask task = em.find(CollectionTask.class, taskId);
    if (task == null) {
      throw new NotFoundException(ENTITY, taskId);
    }
    em.refresh(task, LockModeType.PESSIMISTIC_WRITE);
    TaskState before = task.getState();
    change.accept(task);
    if (before != task.getState()) {
      audit.action(
          AuditAction.STATE_CHANGE,
          ENTITY,
          taskId,
          "state",
          before.name(),
          task.getState().name(),
          task.getCollected() + "/" + task.getBatches());
    }
  }

  private PlanQueries queries() {
    return new PlanQueries(em);
  }

  private CollectionTask findVisible(long id) {
    CollectionTask task = em.find(CollectionTask.class, id);
    if (task == null) {
      throw new NotFoundException(ENTITY, id);
    }
    Scope scope = new Scope(users.current());
    boolean visible =
        scope.isAdministrator()
            || (scope.isSamplerOnly()
                ? task.getSamplingUnit().getId().equals(scope.user().getOrganization().getId())
                : task.getRegion().isWithin(scope.region()));
    if (!visible) {
      throw new NotFoundException(ENTITY, id);
    }
    return task;
  }
}
