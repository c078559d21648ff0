package cn.foodsafety.lims.oversight.entity;

/** A finding is open until a re-check finds the record corrected or a supervisor accepts it. */
public enum FindingState {
  OPEN,
  RESOLVED,
  ACCEPTED
}
