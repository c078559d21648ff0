package cn.foodsafety.lims.disposal.entity;

import static cn.foodsafety.lims.Aggregates.fields;
import static cn.foodsafety.lims.Aggregates.key;
import static cn.foodsafety.lims.Aggregates.keys;
import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.sampling.entity.Sample;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The records beside a case refuse bad input with field errors and change nothing: a delivery
 * before the receipt, an assistance answer before the request was sent, investigation steps out of
 * order, a serious-hazard test item without its reason.
 */
class ResponsibilityRecordsTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

  private static CaseResponsibility trade(ProducerRoute route) {
    return new CaseResponsibility(
        5L, ProblemStage.TRADE, route, false, "郑州某食品厂", 5, LocalDate.of(2026, 3, 9));
  }

  @Test
  void theProducerIsToldNotBeforeTheResultWasReceivedAndOnce() {
    CaseResponsibility r = trade(ProducerRoute.INVESTIGATION);
    assertThatThrownBy(() -> r.deliverToProducer("郑州某食品厂", RECEIVED.minusDays(1), RECEIVED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.responsibility.beforeReceipt"))
        .satisfies(e -> assertThat(fields(e)).containsExactly("deliveredOn"));
    assertThatThrownBy(() -> r.deliverToProducer(" ", TODAY.plusDays(1), RECEIVED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("deliveredTo", "deliveredOn"));
    assertThat(r.getProducerDeliveredOn()).isNull();

    r.deliverToProducer("郑州某食品厂", RECEIVED, RECEIVED, TODAY);

    assertThat(r.getProducerDeliveredOn()).isEqualTo(RECEIVED);
    assertThatThrownBy(() -> r.deliverToProducer("郑州某食品厂", TODAY, RECEIVED, TODAY))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.responsibility.producerDelivered"));
  }

  @Test
  void aProductionCaseHasNoSeparateDeliveryToTheProducer() {
    CaseResponsibility r =
        new CaseResponsibility(
            5L, ProblemStage.PRODUCTION, ProducerRoute.NONE, false, "厂", 5, RECEIVED);
    assertThat(r.isProducerToBeTold()).isFalse();
    assertThatThrownBy(() -> r.deliverToProducer("厂", TODAY, RECEIVED, TODAY))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void anAssistanceAnswerIsNotDatedBeforeTheRequestWasSent() {
    CaseResponsibility r = trade(ProducerRoute.ASSISTANCE);
    LocalDate sent = LocalDate.of(2026, 3, 5);
    assertThatThrownBy(
            () ->
                r.recordAssistance(
                    "开封市龙亭区市场监督管理局", sent, "已核查", sent.minusDays(1), RECEIVED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("answeredOn"))
        .satisfies(
            e -> assertThat(keys(e)).containsExactly("lims.responsibility.answerBeforeSent"));
    assertThatThrownBy(
            () ->
                r.recordAssistance(
                    "开封市龙亭区市场监督管理局", RECEIVED.minusDays(1), null, null, RECEIVED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("sentOn"));
    assertThatThrownBy(
            () -> r.recordAssistance("开封市龙亭区市场监督管理局", sent, "已核查", null, RECEIVED, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("answeredOn"));
    assertThat(r.getAssistanceSentOn()).isNull();

    r.recordAssistance("开封市龙亭区市场监督管理局", sent, null, null, RECEIVED, TODAY);
    assertThat(r.getAssistanceSentOn()).isEqualTo(sent);
    assertThat(r.getAssistanceAnsweredOn()).isNull();
    r.recordAssistance("开封市龙亭区市场监督管理局", sent, "已责令召回", sent, RECEIVED, TODAY);
    assertThat(r.getAssistanceAnswer()).isEqualTo("已责令召回");

    assertThatThrownBy(
            () ->
                trade(ProducerRoute.INVESTIGATION)
                    .recordAssistance("x", sent, null, null, RECEIVED, TODAY))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.responsibility.noAssistance"));
  }

  @Test
  void investigationStepsComeOnceInTheirOrderEachDatedAfterThePrevious() {
    Region county = new Region("410102", "中原区", RegionKind.COUNTY, null);
    Organization bureau = new Organization("SJ-2", "中原区市场监管局", OrganizationKind.REGULATOR, county);
    Sample sample = new Sample() {};
    set(sample, "sampleNumber", "410105-2026-M-000001");
    FollowUpCase c =
        new FollowUpCase(
            sample, bureau, bureau, false, RECEIVED, 90, LocalDate.of(2026, 6, 1), Instant.now());
    ProducerInvestigation task =
        new ProducerInvestigation(
            c, bureau, county, "郑州某食品厂", "中原区某路1号", RECEIVED, 30, LocalDate.of(2026, 4, 14));
    assertThat(task.getTaskNumber()).isEqualTo("XC-410105-2026-M-000001");

    assertThatThrownBy(
            () -> task.record(InvestigationStep.INVESTIGATED, TODAY, "查明原因", "zy", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("step"))
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.investigation.step.outOfOrder"));
    assertThatThrownBy(
            () -> task.record(InvestigationStep.RECEIVED, RECEIVED.minusDays(1), null, "zy", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.case.step.beforePrevious"));
    assertThat(task.getState()).isEqualTo(InvestigationState.OPEN);

    task.record(InvestigationStep.RECEIVED, LocalDate.of(2026, 3, 3), null, "zy", TODAY);
    assertThatThrownBy(() -> task.record(InvestigationStep.RECEIVED, TODAY, null, "zy", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.investigation.step.twice"));
    assertThatThrownBy(
            () ->
                task.record(
                    InvestigationStep.INVESTIGATED, LocalDate.of(2026, 3, 4), " ", "zy", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("note"));
    task.record(InvestigationStep.INVESTIGATED, LocalDate.of(2026, 3, 4), "原料验收记录不全", "zy", TODAY);
    task.record(InvestigationStep.MEASURES, LocalDate.of(2026, 3, 5), "责令召回", "zy", TODAY);
    task.record(InvestigationStep.CLOSED, LocalDate.of(2026, 3, 6), "已整改", "zy", TODAY);

    assertThat(task.getState()).isEqualTo(InvestigationState.CLOSED);
    assertThat(task.nextStep()).isNull();
    assertThatThrownBy(() -> task.record(InvestigationStep.CLOSED, TODAY, "x", "zy", TODAY))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aSeriousHazardNeedsItsReason() {
    TestItem item =
        new TestItem(
            "T-1", "苏丹红", new Limit(LimitOperator.NOT_DETECTED, null, null, "mg/kg", null));
    assertThatThrownBy(() -> item.classifyHazard(true, "  "))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("seriousHazardReason"));
    assertThat(item.isSeriousHazard()).isFalse();

    item.classifyHazard(true, " 非食用物质 ");
    assertThat(item.isSeriousHazard()).isTrue();
    assertThat(item.getSeriousHazardReason()).isEqualTo("非食用物质");
    item.classifyHazard(false, "ignored");
    assertThat(item.getSeriousHazardReason()).isNull();
  }
}
