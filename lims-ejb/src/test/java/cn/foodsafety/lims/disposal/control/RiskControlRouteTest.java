package cn.foodsafety.lims.disposal.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.SeededCalendar;
import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseProgress;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RiskMeasure;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.planning.control.KindRules;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The follow-up each kind of sampling opens, on the working-day calendar as seeded (the national
 * calendar of 2025 and 2026 with Spring Festival and National Day): a risk-monitoring result opens
 * a risk-control follow-up with its own steps and deadline, refuses re-inspection, and never asks
 * for enforcement; supervisory and evaluative results keep the 90-day case.
 */
class RiskControlRouteTest {

  private static WorkingDayCalendar calendar;
  private static CaseProgress rules;

  @BeforeAll
  static void loadTheSeededCalendar() throws IOException {
    calendar = SeededCalendar.load();
    rules = new CaseProgress(new CaseClock(calendar));
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static final LocalDate TODAY = d("2026-12-01");

  private static CaseProgress.Facts riskControl(CaseState state, LocalDate last) {
    return new CaseProgress.Facts(
        "FK-1", state, d("2026-09-02"), last, null, null, false, false, true, false);
  }

  private static CaseProgress.Facts supervisory(CaseState state, LocalDate last) {
    return new CaseProgress.Facts(
        "HC-1", state, d("2026-09-02"), last, null, null, false, false, false, true);
  }

  private static CaseStep.Particulars none() {
    return new CaseStep.Particulars(null, null, null, null, null, null, null, null, null, null);
  }

  private static CaseStep.Particulars note(String text) {
    return new CaseStep.Particulars(text, null, null, null, null, null, null, null, null, null);
  }

  private static List<FieldError> fieldErrors(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  private static List<String> keys(Violations v) {
    return fieldErrors(v).stream().map(FieldError::key).toList();
  }

  @Test
  void aRiskControlFollowUpOfThirtyDaysEndingInNationalDayEndsOnTheNextWorkingDay() {
    int days = KindRules.defaults().of(SamplingKind.RISK_MONITORING).followUpDays();
    // received 2 September 2026 + 30 days = 2 October, inside the National Day holidays (1-7
    // October): the period ends on the first working day after them (Civil Code art. 203)
    assertThat(new CaseClock(calendar).statutoryDeadline(d("2026-09-02"), days))
        .isEqualTo(d("2026-10-08"));
  }

  @Test
  void aRiskControlFollowUpEndingInSpringFestivalEndsAfterTheHolidays() {
    // 16 January 2026 + 30 = 15 February, Spring Festival (15-23 February): 24 February
    assertThat(new CaseClock(calendar).statutoryDeadline(d("2026-01-16"), 30))
        .isEqualTo(d("2026-02-24"));
  }

  @Test
  void aRiskControlFollowUpStartsWithNotifyingTheOperatorNotWithAcceptance() {
    Violations v =
        rules.check(
            riskControl(CaseState.OPEN, null),
            List.of(),
            new CaseProgress.Proposed(StepKind.ACCEPTED, d("2026-09-03"), none()),
            TODAY);
    assertThat(keys(v)).containsExactly("lims.case.kind.stepNotInRoute");
    assertThat(
            rules
                .check(
                    riskControl(CaseState.OPEN, null),
                    List.of(),
                    new CaseProgress.Proposed(StepKind.DELIVERED, d("2026-09-03"), none()),
                    TODAY)
                .isEmpty())
        .isTrue();
  }

  @Test
  void aRiskMonitoringResultAllowsNoReinspectionOrObjection() {
    Violations v =
        rules.check(
            riskControl(CaseState.DELIVERED, d("2026-09-03")),
            List.of(StepKind.DELIVERED),
            new CaseProgress.Proposed(
                StepKind.REINSPECTION_REQUESTED,
                d("2026-09-04"),
                new CaseStep.Particulars(
                    null, null, null, null, null, null, RequestKind.OBJECTION, null, null, null)),
            TODAY);
    assertThat(fieldErrors(v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("kind");
              assertThat(e.key()).isEqualTo("lims.case.kind.noReinspection");
            });
  }

  @Test
  void aRiskControlFollowUpHasNoEnforcementOrRectification() {
    for (StepKind k : List.of(StepKind.ENFORCEMENT, StepKind.RECTIFICATION)) {
      assertThat(CaseProgress.belongs(k, riskControl(CaseState.DELIVERED, null))).isFalse();
      assertThat(CaseProgress.belongs(k, supervisory(CaseState.DELIVERED, null))).isTrue();
    }
  }

  @Test
  void inspectionWaitsForTheNoticeAndRiskMeasuresForTheInspection() {
    CaseProgress.Facts f = riskControl(CaseState.DELIVERED, d("2026-09-03"));
    assertThat(
            keys(
                rules.check(
                    f,
                    List.of(StepKind.DELIVERED),
                    new CaseProgress.Proposed(
                        StepKind.RISK_CONTROL,
                        d("2026-09-04"),
                        new CaseStep.Particulars(
                            null,
                            null,
                            null,
                            new BigDecimal("12"),
                            "千克",
                            RiskMeasure.SEALING,
                            null,
                            null,
                            null,
                            null)),
                    TODAY)))
        .containsExactly("lims.case.step.outOfOrder");
    assertThat(
            rules
                .check(
                    f,
                    List.of(StepKind.DELIVERED),
                    new CaseProgress.Proposed(
                        StepKind.INVESTIGATION, d("2026-09-04"), note("现场检查：冷库温度正常")),
                    TODAY)
                .isEmpty())
        .isTrue();
  }

  @Test
  void aRiskControlFollowUpClosesAfterNoticeInspectionAndRiskMeasuresOnly() {
    CaseProgress.Facts f = riskControl(CaseState.RISK_CONTROLLED, d("2026-09-10"));
    assertThat(
            keys(
                rules.check(
                    f,
                    List.of(StepKind.DELIVERED, StepKind.INVESTIGATION),
                    new CaseProgress.Proposed(StepKind.COMPLETED, d("2026-09-11"), note("办结")),
                    TODAY)))
        .containsExactly("lims.case.step.outOfOrder");
    assertThat(
            rules
                .check(
                    f,
                    List.of(StepKind.DELIVERED, StepKind.INVESTIGATION, StepKind.RISK_CONTROL),
                    new CaseProgress.Proposed(StepKind.COMPLETED, d("2026-09-11"), note("办结")),
                    TODAY)
                .isEmpty())
        .isTrue();
  }

  @Test
  void aSupervisoryCaseStillNeedsEnforcementAndRectificationBeforeCompletion() {
    assertThat(
            CaseProgress.missing(
                StepKind.COMPLETED,
                java.util.EnumSet.of(
                    StepKind.ACCEPTED,
                    StepKind.DELIVERED,
                    StepKind.INVESTIGATION,
                    StepKind.RISK_CONTROL),
                supervisory(CaseState.RISK_CONTROLLED, null)))
        .contains(StepKind.ENFORCEMENT);
  }
}
