package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.InvestigationState;
import cn.foodsafety.lims.disposal.entity.InvestigationStep;
import cn.foodsafety.lims.disposal.entity.ProducerInvestigation;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A producer investigation task (产品溯源/生产环节核查) with its case, its steps' dates and texts, its
 * deadline and whether it is late, and the step the caller may record next (null when the caller
 * may not act or it is closed).
 */
@Schema(name = "InvestigationData")
public record InvestigationData(
    long id,
    String taskNumber,
    long caseId,
    String caseNumber,
    String sampleNumber,
    String foodName,
    long caseRegulatorId,
    String caseRegulatorName,
    long regulatorId,
    String regulatorName,
    long regionId,
    String regionName,
    String producerName,
    String producerAddress,
    InvestigationState state,
    LocalDate openedOn,
    int workingDays,
    LocalDate deadline,
    boolean late,
    LocalDate receivedOn,
    LocalDate investigatedOn,
    String finding,
    LocalDate measuresOn,
    String measures,
    LocalDate closedOn,
    String summary,
    InvestigationStep nextStep,
    long version) {

  static InvestigationData of(ProducerInvestigation i, LocalDate today, boolean canAct) {
    FollowUpCase c = i.getFollowUpCase();
    return new InvestigationData(
        i.getId(),
        i.getTaskNumber(),
        c.getId(),
        c.getCaseNumber(),
        c.getSample().getSampleNumber(),
        c.getSample().getFoodName(),
        c.getResponsible().getId(),
        c.getResponsible().getName(),
        i.getRegulator().getId(),
        i.getRegulator().getName(),
        i.getRegion().getId(),
        i.getRegion().getName(),
        i.getProducerName(),
        i.getProducerAddress(),
        i.getState(),
        i.getOpenedOn(),
        i.getWorkingDays(),
        i.getDeadline(),
        cn.foodsafety.lims.disposal.control.NotificationClock.late(
            i.getDeadline(), i.getClosedOn(), today),
        i.getReceivedOn(),
        i.getInvestigatedOn(),
        i.getFinding(),
        i.getMeasuresOn(),
        i.getMeasures(),
        i.getClosedOn(),
        i.getSummary(),
        canAct ? i.nextStep() : null,
        i.getVersion());
  }
}
