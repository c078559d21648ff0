package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.ObjectionGround;
import cn.foodsafety.lims.disposal.entity.ObjectionOutcome;
import cn.foodsafety.lims.disposal.entity.ReinspectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RiskMeasure;
import cn.foodsafety.lims.disposal.entity.StepKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step to record: its kind and date and the particulars its kind needs (delivery: the date the
 * backup sample expires, if known; re-inspection request: {@code requestKind}; designation: {@code
 * labId}; outcome: {@code outcome}; risk control: {@code measure}, {@code quantity} and {@code
 * quantityUnit}; refusal of a re-inspection application: the reason in {@code note}; late lab
 * designation: {@code delayCause}; objection: {@code objectionGround} (and its text in {@code
 * note}); objection decided: {@code objectionOutcome} and the reasoning in {@code note};
 * investigation: the cause in {@code note}; enforcement: {@code reference} (filed case number),
 * {@code amount} (penalty, yuan), confiscation or the reason for none in {@code note};
 * rectification and completion: {@code note}).
 */
public record StepInput(
    StepKind kind,
    LocalDate date,
    @Size(max = 2000, message = "{lims.field.tooLong}") @Schema(example = "已向当事人送达检验报告")
        String note,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "郑金市监罚〔2026〕12号")
        String reference,
    @Digits(integer = 14, fraction = 2, message = "{lims.case.digits}") BigDecimal amount,
    @Digits(integer = 13, fraction = 3, message = "{lims.case.digits}") BigDecimal quantity,
    @Size(max = 20, message = "{lims.field.tooLong}") String quantityUnit,
    RiskMeasure measure,
    RequestKind requestKind,
    Long labId,
    ReinspectionOutcome outcome,
    LocalDate backupExpiresOn,
    ObjectionGround objectionGround,
    ObjectionOutcome objectionOutcome,
    @Size(max = 1000, message = "{lims.field.tooLong}") @Schema(example = "复检机构检验能力核实中，延期确定")
        String delayCause) {

  /** A step without the particulars of an objection or a late designation. */
  public StepInput(
      StepKind kind,
      LocalDate date,
      String note,
      String reference,
      BigDecimal amount,
      BigDecimal quantity,
      String quantityUnit,
      RiskMeasure measure,
      RequestKind requestKind,
      Long labId,
      ReinspectionOutcome outcome,
      LocalDate backupExpiresOn) {
    this(
        kind,
        date,
        note,
        reference,
        amount,
        quantity,
        quantityUnit,
        measure,
        requestKind,
        labId,
        outcome,
        backupExpiresOn,
        null,
        null,
        null);
  }
}
