package cn.foodsafety.lims.disposal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseProgress;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.ReinspectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RiskMeasure;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseProgressTest {

  private static final CaseProgress RULES;

  static {
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (int i = 1; i <= 8; i++) {
      days.put(LocalDate.of(2025, 10, i), DayKind.HOLIDAY);
    }
    days.put(d("2025-09-28"), DayKind.WORKDAY);
    days.put(d("2025-10-11"), DayKind.WORKDAY);
    RULES = new CaseProgress(new CaseClock(new WorkingDayCalendar(days)));
  }

  private static final LocalDate TODAY = d("2025-11-20");

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static CaseProgress.Facts open(LocalDate lastStep) {
    return new CaseProgress.Facts(
        "HC-1", CaseState.OPEN, d("2025-09-01"), lastStep, null, null, false, false, false, true);
  }

  private static CaseProgress.Facts delivered(
      LocalDate on, boolean microbiological, LocalDate backupExpires) {
    return new CaseProgress.Facts(
        "HC-1",
        CaseState.DELIVERED,
        d("2025-09-01"),
        on,
        on,
        backupExpires,
        microbiological,
        false,
        false,
        true);
  }

  private static CaseStep.Particulars none() {
    return new CaseStep.Particulars(null, null, null, null, null, null, null, null, null, null);
  }

  private static CaseStep.Particulars note(String text) {
    return new CaseStep.Particulars(text, null, null, null, null, null, null, null, null, null);
  }

  private static CaseStep.Particulars request(RequestKind kind) {
    return new CaseStep.Particulars(null, null, null, null, null, null, kind, null, null, null);
  }

  private static List<String> errors(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(f -> f.field() + ":" + f.key()).toList();
    }
  }

  private List<String> check(
      CaseProgress.Facts facts,
      List<StepKind> done,
      StepKind kind,
      String on,
      CaseStep.Particulars p) {
    return errors(RULES.check(facts, done, new CaseProgress.Proposed(kind, d(on), p), TODAY));
  }

  @Test
  void acceptanceIsTheFirstStepAndNeedsOnlyADate() {
    assertThat(check(open(null), List.of(), StepKind.ACCEPTED, "2025-09-02", none())).isEmpty();
  }

  @Test
  void completingBeforeAcceptanceIsOutOfOrder() {
    assertThat(check(open(null), List.of(), StepKind.COMPLETED, "2025-09-02", note("done")))
        .containsExactly("kind:lims.case.step.outOfOrder");
  }

  @Test
  void completionNeedsEveryStepBeforeIt() {
    List<StepKind> done =
        List.of(
            StepKind.ACCEPTED,
            StepKind.DELIVERED,
            StepKind.RISK_CONTROL,
            StepKind.INVESTIGATION,
            StepKind.ENFORCEMENT);
    assertThat(CaseProgress.missing(StepKind.COMPLETED, java.util.EnumSet.copyOf(done), open(null)))
        .contains(StepKind.RECTIFICATION);
    List<StepKind> all = new java.util.ArrayList<>(done);
    all.add(StepKind.RECTIFICATION);
    assertThat(check(open(d("2025-09-10")), all, StepKind.COMPLETED, "2025-09-20", note("ok")))
        .isEmpty();
  }

  @Test
  void aPendingReinspectionBlocksCompletion() {
    CaseProgress.Facts pending =
        new CaseProgress.Facts(
            "HC-1",
            CaseState.REINSPECTION,
            d("2025-09-01"),
            null,
            null,
            null,
            false,
            true,
            false,
            true);
    List<StepKind> done =
        List.of(
            StepKind.ACCEPTED,
            StepKind.DELIVERED,
            StepKind.REINSPECTION_REQUESTED,
            StepKind.LAB_DESIGNATED,
            StepKind.RISK_CONTROL,
            StepKind.INVESTIGATION,
            StepKind.ENFORCEMENT,
            StepKind.RECTIFICATION);
    assertThat(CaseProgress.missing(StepKind.COMPLETED, java.util.EnumSet.copyOf(done), pending))
        .contains(StepKind.REINSPECTION_OUTCOME);
  }

  @Test
  void aStepDatedBeforeThePreviousOneOrInTheFutureIsRefused() {
    assertThat(
            check(
                open(d("2025-09-10")),
                List.of(StepKind.ACCEPTED),
                StepKind.DELIVERED,
                "2025-09-09",
                none()))
        .containsExactly("date:lims.case.step.beforePrevious");
    assertThat(check(open(null), List.of(), StepKind.ACCEPTED, "2025-08-31", none()))
        .containsExactly("date:lims.case.step.beforePrevious");
    assertThat(
            check(
                open(d("2025-09-10")),
                List.of(StepKind.ACCEPTED),
                StepKind.DELIVERED,
                "2025-11-21",
                none()))
        .containsExactly("date:lims.case.step.future");
    assertThat(
            check(
                open(d("2025-09-10")),
                List.of(StepKind.ACCEPTED),
                StepKind.DELIVERED,
                "2025-09-10",
                none()))
        .isEmpty();
  }

  @Test
  void aStepIsRecordedOnceExceptRiskControls() {
    assertThat(
            check(
                open(d("2025-09-02")),
                List.of(StepKind.ACCEPTED),
                StepKind.ACCEPTED,
                "2025-09-03",
                none()))
        .containsExactly("kind:lims.case.step.twice");
    CaseStep.Particulars sealing =
        new CaseStep.Particulars(
            null,
            null,
            null,
            new BigDecimal("12"),
            "箱",
            RiskMeasure.SEALING,
            null,
            null,
            null,
            null);
    List<StepKind> done = List.of(StepKind.ACCEPTED, StepKind.RISK_CONTROL);
    assertThat(check(open(d("2025-09-03")), done, StepKind.RISK_CONTROL, "2025-09-04", sealing))
        .isEmpty();
  }

  @Test
  void sealingAndRecallNeedAQuantity() {
    CaseStep.Particulars recall =
        new CaseStep.Particulars(
            null, null, null, null, null, RiskMeasure.RECALL, null, null, null, null);
    assertThat(
            check(
                open(d("2025-09-03")),
                List.of(StepKind.ACCEPTED),
                StepKind.RISK_CONTROL,
                "2025-09-04",
                recall))
        .containsExactly("quantity:lims.field.required");
  }

  @Test
  void reinspectionWithinSevenWorkingDaysOfDeliveryAcrossTheHoliday() {
    List<StepKind> done = List.of(StepKind.ACCEPTED, StepKind.DELIVERED);
    CaseProgress.Facts facts = delivered(d("2025-09-30"), false, null);
    // the window ends on 16 October (1-8 October are holidays, 11 October is worked)
    assertThat(
            check(
                facts,
                done,
                StepKind.REINSPECTION_REQUESTED,
                "2025-10-16",
                request(RequestKind.REINSPECTION)))
        .isEmpty();
    assertThat(
            check(
                facts,
                done,
                StepKind.REINSPECTION_REQUESTED,
                "2025-10-17",
                request(RequestKind.REINSPECTION)))
        .containsExactly("date:lims.case.reinspection.AFTER_WINDOW");
  }

  @Test
  void noReinspectionForAMicrobiologicalFailureOrAnExpiredBackup() {
    List<StepKind> done = List.of(StepKind.ACCEPTED, StepKind.DELIVERED);
    assertThat(
            check(
                delivered(d("2025-09-30"), true, null),
                done,
                StepKind.REINSPECTION_REQUESTED,
                "2025-10-09",
                request(RequestKind.REINSPECTION)))
        .containsExactly("requestKind:lims.case.reinspection.MICROBIOLOGICAL");
    assertThat(
            check(
                delivered(d("2025-09-30"), false, d("2025-10-09")),
                done,
                StepKind.REINSPECTION_REQUESTED,
                "2025-10-10",
                request(RequestKind.REINSPECTION)))
        .containsExactly("requestKind:lims.case.reinspection.BACKUP_EXPIRED");
  }

  @Test
  void enforcementWithoutCaseNumberOrPenaltyNeedsAReason() {
    List<StepKind> done = List.of(StepKind.ACCEPTED, StepKind.INVESTIGATION);
    assertThat(check(open(d("2025-09-05")), done, StepKind.ENFORCEMENT, "2025-09-06", none()))
        .containsExactly("note:lims.case.enforcement.reasonForNone");
    CaseStep.Particulars filed =
        new CaseStep.Particulars(
            null,
            "金市监立〔2025〕88号",
            new BigDecimal("50000"),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(check(open(d("2025-09-05")), done, StepKind.ENFORCEMENT, "2025-09-06", filed))
        .isEmpty();
  }

  @Test
  void anOutcomeNeedsADesignatedLab() {
    CaseStep.Particulars overturned =
        new CaseStep.Particulars(
            null, null, null, null, null, null, null, null, ReinspectionOutcome.OVERTURNED, null);
    List<StepKind> done =
        List.of(StepKind.ACCEPTED, StepKind.DELIVERED, StepKind.REINSPECTION_REQUESTED);
    assertThat(
            check(
                open(d("2025-09-05")),
                done,
                StepKind.REINSPECTION_OUTCOME,
                "2025-09-06",
                overturned))
        .containsExactly("kind:lims.case.step.outOfOrder");
  }

  @Test
  void aClosedCaseTakesNoStep() {
    CaseProgress.Facts done =
        new CaseProgress.Facts(
            "HC-1",
            CaseState.COMPLETED,
            d("2025-09-01"),
            d("2025-10-01"),
            null,
            null,
            false,
            false,
            false,
            true);
    assertThatThrownBy(
            () ->
                RULES.check(
                    done,
                    List.of(StepKind.ACCEPTED),
                    new CaseProgress.Proposed(StepKind.RISK_CONTROL, d("2025-10-02"), none()),
                    TODAY))
        .isInstanceOf(RuleViolationException.class);
  }
}
