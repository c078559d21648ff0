package cn.foodsafety.lims.disposal.entity;

/** An extension request waits for a supervisor of the responsible bureau, who decides once. */
public enum ExtensionState {
  REQUESTED,
  APPROVED,
  REJECTED
}
