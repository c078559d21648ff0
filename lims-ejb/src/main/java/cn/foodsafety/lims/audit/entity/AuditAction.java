package cn.foodsafety.lims.audit.entity;

/** What happened to the audited record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DEACTIVATE,
  ACTIVATE,
  STATE_CHANGE,
  SIGN
}
