package cn.foodsafety.lims.disposal.entity;

/** Where an open case stands on a date ({@code CaseClock.urgency}). */
public enum Urgency {
  ON_TRACK,
  DUE_SOON,
  OVERDUE
}
