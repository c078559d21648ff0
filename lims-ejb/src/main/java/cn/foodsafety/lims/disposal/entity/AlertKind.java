package cn.foodsafety.lims.disposal.entity;

/** What the daily sweep flags. */
public enum AlertKind {
  CASE_DUE_SOON,
  CASE_OVERDUE,
  REPORT_OVERDUE
}
