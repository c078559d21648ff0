package cn.foodsafety.lims.masterdata.entity;

/** A calendar entry: a statutory holiday, or a weekend day that is a make-up working day. */
public enum DayKind {
  HOLIDAY,
  WORKDAY;

  /** Whether the day is worked although it falls on a weekend (调休上班). */
  public boolean isWorkday() {
    return this == WORKDAY;
  }
}
