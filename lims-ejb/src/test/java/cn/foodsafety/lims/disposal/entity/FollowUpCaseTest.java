package cn.foodsafety.lims.disposal.entity;

import static cn.foodsafety.lims.Aggregates.fields;
import static cn.foodsafety.lims.Aggregates.key;
import static cn.foodsafety.lims.Aggregates.keys;
import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.sampling.entity.Sample;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case runs its own rules on the steps and extensions it holds, without a server. */
class FollowUpCaseTest {

  private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final CaseClock CLOCK = new CaseClock(new WorkingDayCalendar(Map.of()));

  private FollowUpCase c;

  @BeforeEach
  void anOpenCase() {
    Region county = new Region("410102", "中原区", RegionKind.COUNTY, null);
    Organization bureau = new Organization("SJ-1", "中原区市场监管局", OrganizationKind.REGULATOR, county);
    Sample sample = new Sample() {};
    set(sample, "sampleNumber", "DC26410102000001");
    c =
        new FollowUpCase(
            sample,
            bureau,
            null,
            false,
            LocalDate.of(2026, 3, 2),
            90,
            LocalDate.of(2026, 6, 1),
            NOW);
    set(c, "id", 5L);
  }

  @Test
  void stepsComeInTheirOrder() {
    assertThatThrownBy(() -> step(StepKind.DELIVERED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.step.outOfOrder"));
    assertThat(c.getSteps()).isEmpty();

    step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 3));
    step(StepKind.DELIVERED, LocalDate.of(2026, 3, 4));

    assertThat(c.getState()).isEqualTo(CaseState.DELIVERED);
    assertThat(c.getSteps())
        .extracting(CaseStep::getKind)
        .containsExactly(StepKind.ACCEPTED, StepKind.DELIVERED);
    assertThat(c.nextSteps(false))
        .contains(StepKind.REINSPECTION_REQUESTED, StepKind.RISK_CONTROL)
        .doesNotContain(StepKind.ACCEPTED, StepKind.DELIVERED, StepKind.COMPLETED);
    assertThat(c.nextSteps(true)).doesNotContain(StepKind.REINSPECTION_REQUESTED);
  }

  @Test
  void aStepIsNotRecordedTwiceNorBeforeThePreviousOne() {
    step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 5));

    assertThatThrownBy(() -> step(StepKind.ACCEPTED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.step.twice"));
    assertThatThrownBy(() -> step(StepKind.DELIVERED, LocalDate.of(2026, 3, 4)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.step.beforePrevious"));
    assertThatThrownBy(() -> step(StepKind.DELIVERED, TODAY.plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.step.future"));
  }

  @Test
  void aClosedCaseTakesNoStepAndNoExtension() {
    c.withdraw(TODAY);

    assertThatThrownBy(() -> step(StepKind.ACCEPTED, TODAY))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.case.closed"));
    assertThatThrownBy(() -> c.requestExtension("人手不足", LocalDate.of(2026, 7, 1), "ann", NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThat(c.nextSteps(false)).isEmpty();
  }

  @Test
  void anExtensionMovesTheDeadlineOnlyWhenAnotherSupervisorApprovesIt() {
    assertThatThrownBy(() -> c.requestExtension("人手不足", LocalDate.of(2026, 5, 1), "ann", NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.extension.notLater"));

    CaseExtension e = c.requestExtension("人手不足", LocalDate.of(2026, 7, 1), "ann", NOW);
    set(e, "id", 9L);
    assertThatThrownBy(() -> c.requestExtension("再延", LocalDate.of(2026, 8, 1), "ann", NOW))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(x -> assertThat(key(x)).isEqualTo("lims.case.extension.pending"));
    assertThatThrownBy(() -> c.decideExtension(9L, true, "ann", NOW, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> c.decideExtension(8L, true, "bob", NOW, null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> c.decideExtension(9L, false, "bob", NOW, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(x -> assertThat(fields(x)).containsExactly("note"));
    assertThat(c.getDeadline()).isEqualTo(LocalDate.of(2026, 6, 1));

    c.decideExtension(9L, true, "bob", NOW, null);

    assertThat(c.getDeadline()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(c.pendingExtension()).isNull();
    assertThatThrownBy(() -> c.decideExtension(9L, false, "bob", NOW, "晚了"))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(x -> assertThat(key(x)).isEqualTo("lims.case.extension.decided"));
  }

  private void step(StepKind kind, LocalDate on) {
    c.record(
        kind,
        on,
        new CaseStep.Particulars(null, null, null, null, null, null, null, null, null, null),
        "ann",
        NOW,
        CLOCK,
        TODAY);
  }

  private void step(StepKind kind, LocalDate on, CaseStep.Particulars p) {
    c.record(kind, on, p, "ann", NOW, CLOCK, TODAY);
  }

  private static CaseStep.Particulars particulars(
      RequestKind request, ObjectionGround ground, ObjectionOutcome outcome, String note) {
    return new CaseStep.Particulars(
        note, null, null, null, null, null, request, null, null, null, ground, outcome, null);
  }

  @Test
  void anUpheldObjectionOverturnsTheConclusion() {
    step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 3));
    step(StepKind.DELIVERED, LocalDate.of(2026, 3, 4));
    step(
        StepKind.OBJECTION_RAISED,
        LocalDate.of(2026, 3, 5),
        particulars(null, ObjectionGround.STANDARD, null, "适用标准已废止"));
    assertThat(c.isObjectionPending()).isTrue();
    assertThat(c.nextSteps(false))
        .contains(StepKind.OBJECTION_ACCEPTED, StepKind.OBJECTION_REFUSED)
        .doesNotContain(StepKind.OBJECTION_DECIDED, StepKind.COMPLETED);
    assertThatThrownBy(
            () ->
                step(
                    StepKind.OBJECTION_DECIDED,
                    LocalDate.of(2026, 3, 6),
                    particulars(null, null, ObjectionOutcome.UPHELD, "未受理即审核")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.step.outOfOrder"));

    step(StepKind.OBJECTION_ACCEPTED, LocalDate.of(2026, 3, 6));
    assertThat(c.getObjectionAcceptedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(c.nextSteps(false))
        .contains(StepKind.OBJECTION_DECIDED)
        .doesNotContain(StepKind.OBJECTION_REFUSED, StepKind.COMPLETED);

    step(
        StepKind.OBJECTION_DECIDED,
        LocalDate.of(2026, 3, 9),
        particulars(null, null, ObjectionOutcome.UPHELD, "判定依据的标准版本已废止"));

    assertThat(c.getState()).isEqualTo(CaseState.OVERTURNED);
    assertThat(c.getOverturnedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(c.isObjectionPending()).isFalse();
  }

  @Test
  void aRefusedApplicationEndsTheReinspectionAndTheCaseGoesOn() {
    step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 3));
    step(StepKind.DELIVERED, LocalDate.of(2026, 3, 4));
    step(StepKind.RISK_CONTROL, LocalDate.of(2026, 3, 4), riskControl());
    step(
        StepKind.REINSPECTION_REQUESTED,
        LocalDate.of(2026, 3, 5),
        particulars(RequestKind.REINSPECTION, null, null, null));
    assertThat(c.nextSteps(false))
        .contains(StepKind.REQUEST_ACCEPTED, StepKind.REQUEST_REFUSED)
        .doesNotContain(StepKind.LAB_DESIGNATED);

    step(
        StepKind.REQUEST_REFUSED,
        LocalDate.of(2026, 3, 6),
        particulars(null, null, null, "申请材料不全，逾期未补正"));

    assertThat(c.getRequestRefusedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(c.isReinspectionPending()).isFalse();
    assertThat(c.getState()).isEqualTo(CaseState.RISK_CONTROLLED);
    assertThat(c.nextSteps(false))
        .doesNotContain(
            StepKind.REQUEST_ACCEPTED, StepKind.LAB_DESIGNATED, StepKind.REINSPECTION_OUTCOME);
    assertThatThrownBy(() -> step(StepKind.REQUEST_ACCEPTED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.request.excluded"));
  }

  private static CaseStep.Particulars riskControl() {
    return new CaseStep.Particulars(
        null, null, null, null, null, RiskMeasure.STOP_SALES, null, null, null, null);
  }

  @Test
  void aRefusedObjectionIsNoLongerPendingAndTheCaseGoesOn() {
    step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 3));
    step(StepKind.DELIVERED, LocalDate.of(2026, 3, 4));
    step(StepKind.RISK_CONTROL, LocalDate.of(2026, 3, 4), riskControl());
    step(
        StepKind.OBJECTION_RAISED,
        LocalDate.of(2026, 3, 5),
        particulars(null, ObjectionGround.SAMPLING_PROCEDURE, null, "抽样人员仅一人"));
    assertThat(c.getState()).isEqualTo(CaseState.REINSPECTION);

    step(
        StepKind.OBJECTION_REFUSED,
        LocalDate.of(2026, 3, 6),
        particulars(null, null, null, "异议超出法定事由"));

    assertThat(c.getObjectionRefusedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(c.isObjectionPending()).isFalse();
    assertThat(c.getState()).isEqualTo(CaseState.RISK_CONTROLLED);
    assertThat(c.nextSteps(false))
        .doesNotContain(StepKind.OBJECTION_ACCEPTED, StepKind.OBJECTION_DECIDED);
  }
}
