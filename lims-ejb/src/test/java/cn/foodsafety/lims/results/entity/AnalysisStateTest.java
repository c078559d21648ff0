package cn.foodsafety.lims.results.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisStateTest {

  @Test
  void resultsAreEditableOnlyWhileInProgress() {
    assertThat(AnalysisState.IN_PROGRESS.isEditable()).isTrue();
    assertThat(AnalysisState.ENTERED.isEditable()).isFalse();
    assertThat(AnalysisState.REVIEWED.isEditable()).isFalse();
    assertThat(AnalysisState.APPROVED.isEditable()).isFalse();
  }

  @Test
  void approvalNeedsAReviewAndAnAmendmentAnApproval() {
    assertThat(AnalysisState.ENTERED.canApprove()).isFalse();
    assertThat(AnalysisState.REVIEWED.canApprove()).isTrue();
    assertThat(AnalysisState.REVIEWED.canAmend()).isFalse();
    assertThat(AnalysisState.APPROVED.canAmend()).isTrue();
    assertThat(AnalysisState.APPROVED.canReject()).isFalse();
  }
}
