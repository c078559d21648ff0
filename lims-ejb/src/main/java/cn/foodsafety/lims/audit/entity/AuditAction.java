package cn.foodsafety.lims.audit.entity;

/** What happened to the audited record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DEACTIVATE,
  ACTIVATE,
  STATE_CHANGE,
  SIGN,
  /** A successful sign-in (form, or HTTP Basic when the password was checked). */
  SIGN_IN,
  SIGN_IN_FAILED,
  /** Too many failed sign-ins: the account is locked for a while. */
  LOCK,
  UNLOCK
}
