package cn.foodsafety.lims.planning.entity;

import static cn.foodsafety.lims.Aggregates.fields;
import static cn.foodsafety.lims.Aggregates.key;
import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan refuses approval while a total is broken; a task counts what was collected for it. */
class PlanAggregatesTest {

  private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

  private Region county;
  private SamplingPlan plan;

  @BeforeEach
  void aDraftPlan() {
    Region city = new Region("4101", "郑州市", RegionKind.CITY, null);
    county = new Region("410102", "中原区", RegionKind.COUNTY, city);
    plan = new SamplingPlan(city, 2026);
  }

  @Test
  void aPlanWithABrokenTotalIsNotApproved() {
    PlanTotals.Broken broken =
        new PlanTotals.Broken(
            PlanTotals.GroupKey.of(1L, SamplingLevel.MUNICIPAL, Department.MARKET_REGULATION, 2L),
            10,
            8);

    assertThatThrownBy(
            () ->
                plan.approve(
                    "ann", NOW, List.of(broken), b -> FieldError.of("totals[410102]", "x")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("totals[410102]"));
    assertThat(plan.isDraft()).isTrue();

    plan.approve("ann", NOW, List.of(), b -> FieldError.of("never", "x"));
    assertThat(plan.getState()).isEqualTo(PlanState.APPROVED);
    assertThatThrownBy(() -> plan.approve("ann", NOW, List.of(), b -> null))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.plan.approved"));
  }

  @Test
  void anApprovedPlansCellsDoNotChange() {
    PlanCell cell =
        new PlanCell(
            plan,
            county,
            SamplingLevel.MUNICIPAL,
            Department.MARKET_REGULATION,
            category(),
            3,
            4,
            0);
    assertThatThrownBy(() -> cell.edit(5, 6))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("smallFarmerBatches"));
    assertThatThrownBy(() -> cell.edit(-1, 0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("batches"));
    plan.approve("ann", NOW, List.of(), b -> null);

    assertThatThrownBy(() -> cell.edit(5, 0)).isInstanceOf(RuleViolationException.class);
    assertThat(cell.getBatches()).isEqualTo(4);
  }

  @Test
  void aRejectedSampleOfATaskWithoutBatchesLeavesItOpenAtZero() {
    // counting a batch is one statement on the task's row (CollectionTask.COUNT_BATCH, SamplingIT)
    CollectionTask task = task(2);

    task.sampleRejected();
    assertThat(task.getState()).isEqualTo(TaskState.OPEN);
    assertThat(task.getCollected()).isZero();
  }

  @Test
  void aCancelledTaskStaysCancelledAndOnlyAnOpenTaskIsCancelled() {
    CollectionTask task = task(1);
    task.cancel();
    task.sampleRejected();
    assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);

    assertThatThrownBy(task::cancel)
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.task.notOpen"));
    assertThatThrownBy(() -> task(0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("batches"));
  }

  private CollectionTask task(int batches) {
    Organization unit = new Organization("CY-1", "抽样队", OrganizationKind.SAMPLING_UNIT, county);
    return new CollectionTask(
        plan,
        null,
        county,
        SamplingLevel.MUNICIPAL,
        Department.MARKET_REGULATION,
        category(),
        null,
        unit,
        batches,
        LocalDate.of(2026, 6, 30),
        null,
        "ann",
        NOW);
  }

  private static FoodCategory category() {
    FoodCategory c = new FoodCategory("01", "粮食加工品", null);
    return set(c, "id", 2L);
  }
}
