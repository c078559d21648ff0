package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.CaseExtension;
import cn.foodsafety.lims.disposal.entity.ExtensionState;
import java.time.Instant;
import java.time.LocalDate;

/** An extension request and its decision. */
public record ExtensionData(
    long id,
    ExtensionState state,
    String reason,
    LocalDate previousDeadline,
    LocalDate newDeadline,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {

  static ExtensionData of(CaseExtension e) {
    return new ExtensionData(
        e.getId(),
        e.getState(),
        e.getReason(),
        e.getPreviousDeadline(),
        e.getNewDeadline(),
        e.getRequestedBy(),
        e.getRequestedAt(),
        e.getDecidedBy(),
        e.getDecidedAt(),
        e.getDecisionNote());
  }
}
