package cn.foodsafety.lims.disposal.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.SeededCalendar;
import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseProgress;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.ObjectionGround;
import cn.foodsafety.lims.disposal.entity.ObjectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RequestWindows;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regulator's windows on a re-inspection application (Art. 32) on the working-day calendar as
 * seeded (National Day 2025: 1-8 October off, 28 September and 11 October worked; Spring Festival
 * 2026: 15-23 February off, 14 and 28 February worked): accept or refuse within 5 working days,
 * designate the lab within 5 working days of acceptance, +5 only with a recorded cause; and the
 * objection as a request of its own.
 */
class RequestWindowsTest {

  private static RequestWindows windows;
  private static CaseProgress rules;

  @BeforeAll
  static void loadTheSeededCalendar() throws IOException {
    WorkingDayCalendar calendar = SeededCalendar.load();
    windows = RequestWindows.of(calendar);
    rules = new CaseProgress(new CaseClock(calendar), windows);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theDecisionWindowSkipsNationalDayAndCountsTheWorkedSaturday() {
    // received Mon 29 Sep 2025: 30 Sep, 9, 10, 11 (a worked Saturday) and 13 October
    assertThat(windows.decisionDue(d("2025-09-29"))).isEqualTo(d("2025-10-13"));
  }

  @Test
  void theDecisionWindowSkipsSpringFestival() {
    // received Thu 12 Feb 2026: 13, 14 (worked Saturday), then 24, 25, 26 February
    assertThat(windows.decisionDue(d("2026-02-12"))).isEqualTo(d("2026-02-26"));
  }

  @Test
  void theDesignationWindowAndItsExtensionAcrossNationalDay() {
    LocalDate accepted = d("2025-09-30");
    assertThat(windows.designationDue(accepted)).isEqualTo(d("2025-10-14"));
    assertThat(windows.extendedDesignationDue(accepted)).isEqualTo(d("2025-10-21"));
    assertThat(windows.designation(accepted, d("2025-10-14")))
        .isEqualTo(RequestWindows.Designation.IN_TIME);
    assertThat(windows.designation(accepted, d("2025-10-15")))
        .isEqualTo(RequestWindows.Designation.NEEDS_CAUSE);
    assertThat(windows.designation(accepted, d("2025-10-21")))
        .isEqualTo(RequestWindows.Designation.NEEDS_CAUSE);
    assertThat(windows.designation(accepted, d("2025-10-22")))
        .isEqualTo(RequestWindows.Designation.TOO_LATE);
  }

  @Test
  void theDesignationWindowAndItsExtensionAcrossSpringFestival() {
    // accepted Fri 13 Feb 2026: 14, 24, 25, 26, 27 February; +5: 28 (worked Saturday), 2-5 March
    LocalDate accepted = d("2026-02-13");
    assertThat(windows.designationDue(accepted)).isEqualTo(d("2026-02-27"));
    assertThat(windows.extendedDesignationDue(accepted)).isEqualTo(d("2026-03-05"));
  }

  @Test
  void theWindowsAreSettings() {
    RequestWindows longer = new RequestWindows(windows.calendar(), 7, 10, 3, 5);
    // 7 working days from Thu 12 Feb 2026 end on the worked Saturday, 28 February
    assertThat(longer.decisionDue(d("2026-02-12"))).isEqualTo(d("2026-02-28"));
    assertThat(longer.designationDue(d("2026-02-13")))
        .isEqualTo(longer.calendar().addWorkingDays(d("2026-02-13"), 10));
  }

  private static final Organization LAB =
      new Organization(
          "JC-2",
          "复检机构",
          OrganizationKind.LABORATORY,
          new Region("410100", "郑州市", RegionKind.CITY, null));

  private static CaseProgress.Facts accepted(LocalDate on) {
    return new CaseProgress.Facts(
        "HC-1",
        CaseState.REINSPECTION,
        d("2025-09-01"),
        on,
        d("2025-09-26"),
        null,
        false,
        true,
        false,
        true,
        on,
        false);
  }

  private static CaseStep.Particulars designation(String cause) {
    return new CaseStep.Particulars(
        null, null, null, null, null, null, null, LAB, null, null, null, null, cause);
  }

  private static final List<StepKind> REQUESTED_AND_ACCEPTED =
      List.of(
          StepKind.ACCEPTED,
          StepKind.DELIVERED,
          StepKind.REINSPECTION_REQUESTED,
          StepKind.REQUEST_ACCEPTED);

  private static List<FieldError> errors(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  private static List<String> fields(Violations v) {
    return errors(v).stream().map(FieldError::field).toList();
  }

  private static List<String> keys(Violations v) {
    return errors(v).stream().map(FieldError::key).toList();
  }

  private Violations designate(LocalDate on, String cause) {
    return rules.check(
        accepted(d("2025-09-30")),
        REQUESTED_AND_ACCEPTED,
        new CaseProgress.Proposed(StepKind.LAB_DESIGNATED, on, designation(cause)),
        d("2025-11-20"));
  }

  @Test
  void aDesignationInTheWindowNeedsNoCause() {
    assertThat(designate(d("2025-10-14"), null).isEmpty()).isTrue();
  }

  @Test
  void aDesignationAfterTheWindowWithoutACauseIsAFieldError() {
    Violations v = designate(d("2025-10-15"), null);
    assertThat(fields(v)).containsExactly("delayCause");
    assertThat(keys(v)).containsExactly("lims.case.designation.causeRequired");
    assertThat(designate(d("2025-10-15"), "  ").isEmpty()).isFalse();
  }

  @Test
  void aDesignationAfterTheWindowWithACauseIsRecorded() {
    assertThat(designate(d("2025-10-21"), "复检机构检验能力核实中").isEmpty()).isTrue();
  }

  @Test
  void aDesignationAfterTheExtendedWindowIsRefusedEvenWithACause() {
    Violations v = designate(d("2025-10-22"), "复检机构检验能力核实中");
    assertThat(fields(v)).containsExactly("date");
    assertThat(keys(v)).containsExactly("lims.case.designation.tooLate");
  }

  @Test
  void noLabBeforeTheApplicationIsAccepted() {
    Violations v =
        rules.check(
            accepted(null),
            List.of(StepKind.ACCEPTED, StepKind.DELIVERED, StepKind.REINSPECTION_REQUESTED),
            new CaseProgress.Proposed(StepKind.LAB_DESIGNATED, d("2025-10-09"), designation(null)),
            d("2025-11-20"));
    assertThat(keys(v)).containsExactly("lims.case.step.outOfOrder");
  }

  @Test
  void anAcceptanceAfterARefusalIsAFieldError() {
    Violations v =
        rules.check(
            accepted(null),
            List.of(
                StepKind.ACCEPTED,
                StepKind.DELIVERED,
                StepKind.REINSPECTION_REQUESTED,
                StepKind.REQUEST_REFUSED),
            new CaseProgress.Proposed(StepKind.REQUEST_ACCEPTED, d("2025-10-09"), note(null)),
            d("2025-11-20"));
    assertThat(fields(v)).containsExactly("kind");
    assertThat(keys(v)).containsExactly("lims.case.request.excluded");
  }

  @Test
  void aRefusalNeedsItsReason() {
    List<StepKind> requested =
        List.of(StepKind.ACCEPTED, StepKind.DELIVERED, StepKind.REINSPECTION_REQUESTED);
    Violations v =
        rules.check(
            accepted(null),
            requested,
            new CaseProgress.Proposed(StepKind.REQUEST_REFUSED, d("2025-10-09"), note(" ")),
            d("2025-11-20"));
    assertThat(fields(v)).containsExactly("note");
    assertThat(
            rules
                .check(
                    accepted(null),
                    requested,
                    new CaseProgress.Proposed(
                        StepKind.REQUEST_REFUSED, d("2025-10-09"), note("申请人未提供复检费用")),
                    d("2025-11-20"))
                .isEmpty())
        .isTrue();
  }

  private static CaseStep.Particulars note(String text) {
    return new CaseStep.Particulars(text, null, null, null, null, null, null, null, null, null);
  }

  private static CaseStep.Particulars objection(
      ObjectionGround ground, ObjectionOutcome outcome, String note) {
    return new CaseStep.Particulars(
        note, null, null, null, null, null, null, null, null, null, ground, outcome, null);
  }

  private static CaseProgress.Facts delivered() {
    return new CaseProgress.Facts(
        "HC-1",
        CaseState.DELIVERED,
        d("2025-09-01"),
        d("2025-09-26"),
        d("2025-09-26"),
        null,
        true,
        false,
        false,
        true);
  }

  @Test
  void anObjectionNeedsItsGroundAndTheSevenWorkingDays() {
    List<StepKind> done = List.of(StepKind.ACCEPTED, StepKind.DELIVERED);
    Violations noGround =
        rules.check(
            delivered(),
            done,
            new CaseProgress.Proposed(
                StepKind.OBJECTION_RAISED, d("2025-10-09"), objection(null, null, "抽样人员仅一人")),
            d("2025-11-20"));
    assertThat(fields(noGround)).containsExactly("objectionGround");
    // delivered Fri 26 Sep: 28 Sep (worked Sunday), 29, 30 Sep, 9, 10, 11 (worked), 13 Oct
    Violations inTime =
        rules.check(
            delivered(),
            done,
            new CaseProgress.Proposed(
                StepKind.OBJECTION_RAISED,
                d("2025-10-13"),
                objection(ObjectionGround.SAMPLING_PROCEDURE, null, null)),
            d("2025-11-20"));
    assertThat(inTime.isEmpty())
        .as("a microbiological failure has no re-inspection, but may be objected to")
        .isTrue();
    Violations late =
        rules.check(
            delivered(),
            done,
            new CaseProgress.Proposed(
                StepKind.OBJECTION_RAISED,
                d("2025-10-14"),
                objection(ObjectionGround.TEST_METHOD, null, null)),
            d("2025-11-20"));
    assertThat(fields(late)).containsExactly("date");
  }

  @Test
  void anObjectionIsNotARequestKindOfTheReinspection() {
    Violations v =
        rules.check(
            delivered(),
            List.of(StepKind.ACCEPTED, StepKind.DELIVERED),
            new CaseProgress.Proposed(
                StepKind.REINSPECTION_REQUESTED,
                d("2025-10-09"),
                new CaseStep.Particulars(
                    null, null, null, null, null, null, RequestKind.OBJECTION, null, null, null)),
            d("2025-11-20"));
    assertThat(keys(v)).contains("lims.case.objection.ownStep");
  }

  @Test
  void anObjectionIsDecidedWithReasoningAndItsOutcome() {
    List<StepKind> raised =
        List.of(
            StepKind.ACCEPTED,
            StepKind.DELIVERED,
            StepKind.OBJECTION_RAISED,
            StepKind.OBJECTION_ACCEPTED);
    Violations v =
        rules.check(
            delivered(),
            raised,
            new CaseProgress.Proposed(
                StepKind.OBJECTION_DECIDED, d("2025-10-20"), objection(null, null, null)),
            d("2025-11-20"));
    assertThat(fields(v)).containsExactlyInAnyOrder("objectionOutcome", "note");
  }

  private static final List<StepKind> OBJECTION_RAISED =
      List.of(StepKind.ACCEPTED, StepKind.DELIVERED, StepKind.OBJECTION_RAISED);

  private static CaseProgress.Facts objectionPending() {
    return new CaseProgress.Facts(
        "HC-1",
        CaseState.REINSPECTION,
        d("2025-09-01"),
        d("2025-09-29"),
        d("2025-09-26"),
        null,
        false,
        false,
        false,
        true,
        null,
        true);
  }

  @Test
  void theObjectionDecisionWindowSkipsNationalDayAndSpringFestival() {
    // raised Mon 29 Sep 2025: 30 Sep, 9, 10, 11 (a worked Saturday) and 13 October
    assertThat(windows.objectionDecisionDue(d("2025-09-29"))).isEqualTo(d("2025-10-13"));
    // raised Thu 12 Feb 2026: 13, 14 (worked Saturday), then 24, 25, 26 February
    assertThat(windows.objectionDecisionDue(d("2026-02-12"))).isEqualTo(d("2026-02-26"));
    assertThat(
            new RequestWindows(windows.calendar(), 5, 5, 5, 7)
                .objectionDecisionDue(d("2026-02-12")))
        .as("the window is a setting of its own")
        .isEqualTo(d("2026-02-28"));
  }

  @Test
  void anUndecidedObjectionIsOverdueTheDayAfterItsWindow() {
    LocalDate raised = d("2025-09-29");
    assertThat(windows.objectionDecisionOverdue(raised, null, null, d("2025-10-13"))).isFalse();
    assertThat(windows.objectionDecisionOverdue(raised, null, null, d("2025-10-14"))).isTrue();
    assertThat(windows.objectionDecisionOverdue(raised, d("2025-10-20"), null, d("2025-10-21")))
        .as("accepted late: recorded as it happened, no longer flagged")
        .isFalse();
    assertThat(windows.objectionDecisionOverdue(raised, null, d("2025-10-09"), d("2025-10-21")))
        .isFalse();
    assertThat(windows.objectionDecisionOverdue(null, null, null, d("2025-10-21"))).isFalse();
  }

  @Test
  void anObjectionIsDecidedOnlyOnceAccepted() {
    Violations v =
        rules.check(
            objectionPending(),
            OBJECTION_RAISED,
            new CaseProgress.Proposed(
                StepKind.OBJECTION_DECIDED,
                d("2025-10-09"),
                objection(null, ObjectionOutcome.REJECTED, "抽样程序符合规定")),
            d("2025-11-20"));
    assertThat(fields(v)).containsExactly("kind");
    assertThat(keys(v)).containsExactly("lims.case.step.outOfOrder");
    assertThat(
            rules
                .check(
                    objectionPending(),
                    OBJECTION_RAISED,
                    new CaseProgress.Proposed(
                        StepKind.OBJECTION_ACCEPTED, d("2025-10-09"), note(null)),
                    d("2025-11-20"))
                .isEmpty())
        .isTrue();
  }

  @Test
  void aRefusedObjectionNeedsItsReasonAndIsNeitherAcceptedNorDecidedAfterwards() {
    Violations noReason =
        rules.check(
            objectionPending(),
            OBJECTION_RAISED,
            new CaseProgress.Proposed(StepKind.OBJECTION_REFUSED, d("2025-10-09"), note(" ")),
            d("2025-11-20"));
    assertThat(fields(noReason)).containsExactly("note");
    assertThat(keys(noReason)).containsExactly("lims.case.objection.refusalReason");
    List<StepKind> refused =
        List.of(
            StepKind.ACCEPTED,
            StepKind.DELIVERED,
            StepKind.OBJECTION_RAISED,
            StepKind.OBJECTION_REFUSED);
    for (StepKind after : List.of(StepKind.OBJECTION_ACCEPTED, StepKind.OBJECTION_DECIDED)) {
      Violations v =
          rules.check(
              objectionPending(),
              refused,
              new CaseProgress.Proposed(
                  after, d("2025-10-10"), objection(null, ObjectionOutcome.UPHELD, "理由")),
              d("2025-11-20"));
      assertThat(keys(v)).as(after.name()).containsExactly("lims.case.request.excluded");
    }
  }
}
