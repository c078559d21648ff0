package cn.foodsafety.lims.results.entity;

import static cn.foodsafety.lims.Aggregates.fields;
import static cn.foodsafety.lims.Aggregates.key;
import static cn.foodsafety.lims.Aggregates.keys;
import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.results.control.LimitEvaluator;
import cn.foodsafety.lims.sampling.entity.Sample;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lab's work guards itself: completeness, four eyes and states, without a server. */
class AnalysisTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private TestItem lead;
  private TestItem cadmium;
  private TestItem outsideScope;
  private Analysis analysis;

  @BeforeEach
  void aReceivedSampleWithTwoItems() {
    Region county = new Region("410102", "中原区", RegionKind.COUNTY, null);
    Organization lab = new Organization("LAB-1", "检测中心", OrganizationKind.LABORATORY, county);
    lead = testItem(1L, "T-1", "铅");
    cadmium = testItem(2L, "T-2", "镉");
    outsideScope = testItem(3L, "T-3", "汞");
    TestItem extra = testItem(4L, "T-4", "砷");
    lab.accredit("CMA-1", 10, Set.of(), Set.of(lead, cadmium, extra));
    Sample sample = new Sample() {};
    set(sample, "id", 7L);
    set(sample, "lab", lab);
    set(sample, "reportDue", LocalDate.of(2026, 3, 30));
    analysis = new Analysis(sample);
    set(analysis.plan(lead), "id", 11L);
    set(analysis.plan(cadmium), "id", 12L);
  }

  @Test
  void submitWantsAResultForEveryTestedItem() {
    enter("0.05", "alice");

    assertThatThrownBy(() -> analysis.submit("alice", NOW))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.result.incomplete"))
        .satisfies(e -> assertThat(((LimsException) e).args()).containsExactly("镉"));
    assertThat(analysis.getState()).isEqualTo(AnalysisState.IN_PROGRESS);
  }

  @Test
  void aDroppedItemNeedsNoResultAndTheConclusionFollowsTheTestedOnes() {
    enter("0.05", "alice");
    analysis.dropItem(12L, "样品量不足");

    assertThat(analysis.submit("alice", NOW)).isEqualTo(Verdict.CONFORMING);
    assertThat(analysis.getState()).isEqualTo(AnalysisState.ENTERED);
  }

  @Test
  void anItemOverItsLimitMakesTheSampleNonConforming() {
    enter("0.05", "alice");
    record(analysis.item(12L), "0.9", "alice");

    assertThat(analysis.submit("alice", NOW)).isEqualTo(Verdict.NON_CONFORMING);
  }

  @Test
  void whoeverEnteredAResultDoesNotReviewOrApprove() {
    enter("0.05", "alice");
    record(analysis.item(12L), "0.01", "bob");
    analysis.submit("alice", NOW);

    assertThatThrownBy(() -> analysis.review("bob", NOW))
        .isInstanceOf(AccessDeniedException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.result.ownReview"));
    analysis.review("carol", NOW);
    assertThatThrownBy(() -> analysis.requireApprovableBy("alice"))
        .isInstanceOf(AccessDeniedException.class);
    analysis.approve("carol", NOW, "LAB-1-2026-000001", LocalDate.of(2026, 3, 11));
    assertThat(analysis.getState()).isEqualTo(AnalysisState.APPROVED);
  }

  @Test
  void stepsOutOfTurnAreRefusedWithTheState() {
    assertThatThrownBy(() -> analysis.review("carol", NOW))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.result.state.wrong"));
    assertThatThrownBy(() -> analysis.amend("wrong")).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> analysis.conclusionReported(NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void submittedResultsAreLockedUntilRejectedOrAmended() {
    enter("0.05", "alice");
    record(analysis.item(12L), "0.01", "alice");
    analysis.submit("alice", NOW);

    assertThatThrownBy(() -> enter("0.06", "alice"))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("lims.result.locked"));
    assertThatThrownBy(() -> analysis.dropItem(11L, "why"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("state"));
    analysis.reject("铅的单位有误");
    enter("0.06", "alice");
    assertThat(analysis.item(11L).getReportedValue()).isEqualByComparingTo("0.06");
  }

  @Test
  void theLabAddsOnlyNewItemsWithinItsScope() {
    assertThatThrownBy(() -> analysis.addItem(lead, "复检"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.result.item.duplicate"));
    assertThatThrownBy(() -> analysis.addItem(outsideScope, "委托"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("lims.result.item.outsideScope"));
    SampleItem added = analysis.addItem(testItem(4L, "T-4", "砷"), "委托方要求");
    assertThat(added.isAddedByLab()).isTrue();
    assertThat(analysis.getItems()).hasSize(3);
  }

  @Test
  void anUnknownItemIsAFieldError() {
    assertThatThrownBy(() -> analysis.dropItem(99L, "why"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("itemId"));
    assertThat(analysis.dropItem(12L, "why")).isTrue();
    assertThat(analysis.dropItem(12L, "again")).isFalse();
  }

  @Test
  void onlyAnApprovedNonConformingConclusionIsOverturned() {
    enter("0.9", "alice");
    record(analysis.item(12L), "0.01", "alice");
    analysis.submit("alice", NOW);
    assertThatThrownBy(analysis::overturn).isInstanceOf(RuleViolationException.class);
    analysis.review("carol", NOW);
    analysis.approve("carol", NOW, "LAB-1-2026-000002", LocalDate.of(2026, 3, 4));

    assertThat(analysis.overturn()).isTrue();
    assertThat(analysis.getConclusion()).isEqualTo(Verdict.CONFORMING);
    assertThat(analysis.overturn()).isFalse();
  }

  private void enter(String value, String by) {
    record(analysis.item(11L), value, by);
  }

  private void record(SampleItem item, String value, String by) {
    var m = LimitEvaluator.Measurement.of(value, "mg/kg");
    analysis.record(
        item,
        new SampleItem.Result(new BigDecimal(value), false, null, "mg/kg", null, null, null, null),
        LimitEvaluator.judge(m, item.limit()),
        by,
        NOW);
  }

  private static TestItem testItem(long id, String code, String analyte) {
    TestItem t =
        new TestItem(
            code,
            analyte,
            new Limit(
                LimitOperator.LE, new BigDecimal("0.2"), null, "mg/kg", "GB 2762", "2022", null));
    set(t, "id", id);
    return t;
  }
}
