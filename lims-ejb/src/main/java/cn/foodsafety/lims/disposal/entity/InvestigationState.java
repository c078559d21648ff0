package cn.foodsafety.lims.disposal.entity;

/** Where a producer investigation stands: the last step recorded; CLOSED ends it. */
public enum InvestigationState {
  OPEN,
  RECEIVED,
  INVESTIGATED,
  MEASURES_TAKEN,
  CLOSED
}
