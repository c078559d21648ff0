package cn.foodsafety.lims.disposal.entity;

/** A risk control on the non-conforming food. */
public enum RiskMeasure {
  SEALING,
  STOP_SALES,
  RECALL
}
