package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.CaseStep;
import cn.foodsafety.lims.disposal.entity.ObjectionGround;
import cn.foodsafety.lims.disposal.entity.ObjectionOutcome;
import cn.foodsafety.lims.disposal.entity.ReinspectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RiskMeasure;
import cn.foodsafety.lims.disposal.entity.StepKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded step. */
public record StepData(
    long id,
    StepKind kind,
    LocalDate date,
    String recordedBy,
    Instant recordedAt,
    String note,
    String reference,
    BigDecimal amount,
    BigDecimal quantity,
    String quantityUnit,
    RiskMeasure measure,
    RequestKind requestKind,
    Long labId,
    String labName,
    ReinspectionOutcome outcome,
    LocalDate backupExpiresOn,
    ObjectionGround objectionGround,
    ObjectionOutcome objectionOutcome,
    String delayCause) {

  static StepData of(CaseStep s) {
    return new StepData(
        s.getId(),
        s.getKind(),
        s.getStepDate(),
        s.getRecordedBy(),
        s.getRecordedAt(),
        s.getNote(),
        s.getReference(),
        s.getAmount(),
        s.getQuantity(),
        s.getQuantityUnit(),
        s.getMeasure(),
        s.getRequestKind(),
        s.getLab() == null ? null : s.getLab().getId(),
        s.getLab() == null ? null : s.getLab().getName(),
        s.getOutcome(),
        s.getBackupExpiresOn(),
        s.getObjectionGround(),
        s.getObjectionOutcome(),
        s.getDelayCause());
  }
}
