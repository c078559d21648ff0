package cn.foodsafety.lims.disposal.entity;

/** An extension request waits for a supervisor of the responsible bureau, who decides once. */
public enum ExtensionState {
  REQUESTED,
  APPROVED,
  REJECTED;

  /** Whether the request still waits for the supervisor's decision. */
  public boolean isPending() {
    return this == REQUESTED;
  }
}
