package cn.foodsafety.lims.results.entity;

/**
 * Where the laboratory's work on a received sample is. The transitions, in one place: IN_PROGRESS
 * -> ENTERED (every item has a result) -> REVIEWED (by someone who did not enter the results) ->
 * APPROVED (e-signed; the report is issued). ENTERED or REVIEWED -> IN_PROGRESS when rejected with
 * a reason; APPROVED -> IN_PROGRESS by an amendment with a reason, which leads to a new report
 * version.
 */
public enum AnalysisState {
  IN_PROGRESS,
  ENTERED,
  REVIEWED,
  APPROVED;

  /** Results may be entered or changed only while the work is in progress. */
  public boolean isEditable() {
    return this == IN_PROGRESS;
  }

  public boolean canSubmit() {
    return this == IN_PROGRESS;
  }

  public boolean canReview() {
    return this == ENTERED;
  }

  public boolean canReject() {
    return this == ENTERED || this == REVIEWED;
  }

  public boolean canApprove() {
    return this == REVIEWED;
  }

  public boolean canAmend() {
    return this == APPROVED;
  }
}
