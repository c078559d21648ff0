package cn.foodsafety.lims.disposal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which particulars each step records: the case page asks the kind, it does not name kinds. */
class StepKindTest {

  private static List<StepKind> recording(Predicate<StepKind> particular) {
    return Arrays.stream(StepKind.values()).filter(particular).toList();
  }

  @Test
  void eachParticularBelongsToOneKindOfStep() {
    assertThat(recording(StepKind::recordsBackupExpiry)).containsExactly(StepKind.DELIVERED);
    assertThat(recording(StepKind::recordsObjectionGround))
        .containsExactly(StepKind.OBJECTION_RAISED);
    assertThat(recording(StepKind::recordsObjectionOutcome))
        .containsExactly(StepKind.OBJECTION_DECIDED);
    assertThat(recording(StepKind::recordsLab)).containsExactly(StepKind.LAB_DESIGNATED);
    assertThat(recording(StepKind::recordsReinspectionOutcome))
        .containsExactly(StepKind.REINSPECTION_OUTCOME);
    assertThat(recording(StepKind::recordsMeasure)).containsExactly(StepKind.RISK_CONTROL);
    assertThat(recording(StepKind::recordsEnforcement)).containsExactly(StepKind.ENFORCEMENT);
  }

  @Test
  void theOtherStepsRecordOnlyTheirDateAndNote() {
    assertThat(
            recording(
                k ->
                    !k.recordsBackupExpiry()
                        && !k.recordsObjectionGround()
                        && !k.recordsObjectionOutcome()
                        && !k.recordsLab()
                        && !k.recordsReinspectionOutcome()
                        && !k.recordsMeasure()
                        && !k.recordsEnforcement()))
        .containsExactly(
            StepKind.ACCEPTED,
            StepKind.REINSPECTION_REQUESTED,
            StepKind.REQUEST_ACCEPTED,
            StepKind.REQUEST_REFUSED,
            StepKind.OBJECTION_ACCEPTED,
            StepKind.OBJECTION_REFUSED,
            StepKind.INVESTIGATION,
            StepKind.RECTIFICATION,
            StepKind.COMPLETED);
  }
}
