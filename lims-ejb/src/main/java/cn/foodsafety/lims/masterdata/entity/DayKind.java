package cn.foodsafety.lims.masterdata.entity;

/** A calendar entry: a statutory holiday, or a weekend day that is a make-up working day. */
public enum DayKind {
  HOLIDAY,
  WORKDAY
}
