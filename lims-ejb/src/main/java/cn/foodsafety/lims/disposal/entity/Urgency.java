package cn.foodsafety.lims.disposal.entity;

/** Where an open case stands on a date ({@code CaseClock.urgency}). */
public enum Urgency {
  ON_TRACK,
  DUE_SOON,
  OVERDUE;

  /** Whether the case needs attention: due soon or overdue. */
  public boolean isPressing() {
    return this != ON_TRACK;
  }

  public boolean isOverdue() {
    return this == OVERDUE;
  }

  public boolean isDueSoon() {
    return this == DUE_SOON;
  }
}
