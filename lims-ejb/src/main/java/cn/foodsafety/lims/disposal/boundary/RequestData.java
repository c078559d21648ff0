package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.ObjectionGround;
import cn.foodsafety.lims.disposal.entity.ObjectionOutcome;
import java.time.LocalDate;

/**
 * The operator's requests on a case and the regulator's windows on them (Art. 32): a re-inspection
 * application accepted or refused by {@code decisionDue}; the lab designated by {@code
 * designationDue} (or by {@code extendedDesignationDue} with a recorded cause); an objection (异议)
 * with its ground, accepted for review or refused (with its reason) by {@code
 * objectionDecisionDue}, and, once accepted, its own outcome. {@code decisionOverdue}, {@code
 * designationOverdue} and {@code objectionDecisionOverdue} say that a window has passed with
 * nothing recorded.
 */
public record RequestData(
    LocalDate decisionDue,
    LocalDate acceptedOn,
    LocalDate refusedOn,
    String refusalReason,
    LocalDate designationDue,
    LocalDate extendedDesignationDue,
    String delayCause,
    boolean decisionOverdue,
    boolean designationOverdue,
    LocalDate objectionRaisedOn,
    ObjectionGround objectionGround,
    LocalDate objectionDecisionDue,
    LocalDate objectionAcceptedOn,
    LocalDate objectionRefusedOn,
    String objectionRefusalReason,
    boolean objectionDecisionOverdue,
    LocalDate objectionDecidedOn,
    ObjectionOutcome objectionOutcome,
    String objectionReasoning) {}
