package cn.foodsafety.lims.disposal.entity;

/**
 * The dated steps of a follow-up (SAMR Order No. 15, Arts. 30-35 and 45), in their order. Risk
 * controls may be recorded more than once; every other step once.
 */
public enum StepKind {
  /** The responsible regulator has taken the case up: the follow-up has started. */
  ACCEPTED(CaseState.ACCEPTED),
  /** The inspection result was delivered to the operator; the 7-working-day window starts. */
  DELIVERED(CaseState.DELIVERED),
  /** The operator asked for re-inspection or raised an objection. */
  REINSPECTION_REQUESTED(CaseState.REINSPECTION),
  /**
   * The regulator accepted the re-inspection application (within 5 working days of receiving it,
   * Art. 32; the window a setting). The lab designation's window starts here.
   */
  REQUEST_ACCEPTED(CaseState.REINSPECTION),
  /** The regulator refused the re-inspection application, with its reason in the note. */
  REQUEST_REFUSED(CaseState.REINSPECTION),
  /**
   * The regulator designated the re-inspection laboratory (within 5 working days of acceptance, +5
   * with a recorded cause).
   */
  LAB_DESIGNATED(CaseState.REINSPECTION),
  /** The re-inspection's outcome: upheld, or overturned (which closes the case). */
  REINSPECTION_OUTCOME(CaseState.REINSPECTION),
  /**
   * The operator objected (异议) to the sampling procedure, the test method or the standard applied:
   * its own request beside a re-inspection, within the same 7 working days of delivery.
   */
  OBJECTION_RAISED(CaseState.REINSPECTION),
  /**
   * The regulator accepted the objection for review (受理), within the decision window of a request
   * ({@code case.request.objectionDecisionDays}, default 5 working days of receiving it).
   */
  OBJECTION_ACCEPTED(CaseState.REINSPECTION),
  /** The regulator refused to review the objection (不予受理), with its reason in the note. */
  OBJECTION_REFUSED(CaseState.REINSPECTION),
  /**
   * The accepted objection's review: upheld (which overturns the conclusion) or rejected, with
   * reasoning.
   */
  OBJECTION_DECIDED(CaseState.REINSPECTION),
  /** Sealing, stopping sales or a recall, with quantities. */
  RISK_CONTROL(CaseState.RISK_CONTROLLED),
  /** The cause found. */
  INVESTIGATION(CaseState.INVESTIGATED),
  /** A filed case number, a penalty, a confiscation, or the documented reason for none. */
  ENFORCEMENT(CaseState.ENFORCED),
  /** The operator's rectification. */
  RECTIFICATION(CaseState.RECTIFIED),
  /** The follow-up is complete, with a summary. */
  COMPLETED(CaseState.COMPLETED);

  private final CaseState reaches;

  StepKind(CaseState reaches) {
    this.reaches = reaches;
  }

  public CaseState reaches() {
    return reaches;
  }

  public boolean isRepeatable() {
    return this == RISK_CONTROL;
  }

  /**
   * The request a step of this kind records: a re-inspection request (复检) asks for a re-inspection
   * whatever was given, an objection (异议) being a step of its own; other steps carry what was
   * given.
   */
  public RequestKind request(RequestKind given) {
    return this == REINSPECTION_REQUESTED ? RequestKind.REINSPECTION : given;
  }

  // What a step records beside its date and note (the case page asks for these, the kind decides).

  /** Delivery records until when the backup sample is kept. */
  public boolean recordsBackupExpiry() {
    return this == DELIVERED;
  }

  /** An objection records its ground (procedure, method or standard). */
  public boolean recordsObjectionGround() {
    return this == OBJECTION_RAISED;
  }

  /** An objection's decision records whether it was upheld. */
  public boolean recordsObjectionOutcome() {
    return this == OBJECTION_DECIDED;
  }

  /** A designation records the re-inspection laboratory (and the cause of a late one). */
  public boolean recordsLab() {
    return this == LAB_DESIGNATED;
  }

  /** A re-inspection's outcome records whether the conclusion was upheld or overturned. */
  public boolean recordsReinspectionOutcome() {
    return this == REINSPECTION_OUTCOME;
  }

  /** A risk control records its measure and the quantity it covered. */
  public boolean recordsMeasure() {
    return this == RISK_CONTROL;
  }

  /** Enforcement records the case reference and the amount. */
  public boolean recordsEnforcement() {
    return this == ENFORCEMENT;
  }
}
