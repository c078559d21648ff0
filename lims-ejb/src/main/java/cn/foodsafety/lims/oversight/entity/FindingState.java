package cn.foodsafety.lims.oversight.entity;

/** A finding is open until a re-check finds the record corrected or a supervisor accepts it. */
public enum FindingState {
  OPEN,
  RESOLVED,
  ACCEPTED;

  /** Only an open finding is re-checked or accepted. */
  public boolean isOpen() {
    return this == OPEN;
  }
}
