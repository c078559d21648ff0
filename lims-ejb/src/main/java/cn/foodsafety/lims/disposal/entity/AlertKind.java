package cn.foodsafety.lims.disposal.entity;

/** What the daily sweep flags. */
public enum AlertKind {
  CASE_DUE_SOON,
  CASE_OVERDUE,
  REPORT_OVERDUE,
  /** A backup sample kept past its retention end and not needed by a pending request (Art. 25). */
  BACKUP_DISPOSAL_OVERDUE,
  /** A re-inspection application neither accepted nor refused within its window (Art. 32). */
  REQUEST_DECISION_OVERDUE,
  /** An accepted application without a designated re-inspection lab after its window (Art. 32). */
  DESIGNATION_OVERDUE,
  /** An objection (异议) neither accepted for review nor refused within its window. */
  OBJECTION_DECISION_OVERDUE,
  /**
   * A non-conforming result on a serious hazard (illegal addition, banned substance): raised at
   * once when the case opens, kept until a risk control is recorded or the case closes.
   */
  SERIOUS_HAZARD,
  /**
   * The result is not delivered to the operator (or the producer) within 5 working days (Art. 29).
   */
  DELIVERY_OVERDUE,
  /** The producer's regulator's investigation task is past its deadline (subject: the case). */
  INVESTIGATION_OVERDUE;

  /** Whether the alert's subject is a case (not a lab report or a backup sample). */
  public boolean isAboutCase() {
    return this != REPORT_OVERDUE && this != BACKUP_DISPOSAL_OVERDUE;
  }

  /** The letter that keys an alert's subject in the sweep (case, report, backup sample). */
  /** Whether the alert warns ahead of a deadline rather than of one that has passed. */
  public boolean isDueSoon() {
    return this == CASE_DUE_SOON;
  }

  public String subjectKey() {
    return switch (this) {
      case CASE_DUE_SOON, CASE_OVERDUE -> "C";
      case REPORT_OVERDUE -> "R";
      case BACKUP_DISPOSAL_OVERDUE -> "B";
      case REQUEST_DECISION_OVERDUE, DESIGNATION_OVERDUE -> "Q";
      case OBJECTION_DECISION_OVERDUE -> "O";
      case SERIOUS_HAZARD -> "H";
      case DELIVERY_OVERDUE -> "N";
      case INVESTIGATION_OVERDUE -> "I";
    };
  }
}
