package cn.foodsafety.lims.disposal.entity;

/** What the operator asked for within the window: a re-inspection (复检) or an objection (异议). */
public enum RequestKind {
  REINSPECTION,
  OBJECTION
}
