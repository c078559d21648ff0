package cn.foodsafety.lims.disposal.entity;

/** What the re-inspection (or the objection's review) found. */
public enum ReinspectionOutcome {
  UPHELD,
  OVERTURNED
}
