package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.InvestigationState;
import cn.foodsafety.lims.disposal.entity.ProblemStage;
import cn.foodsafety.lims.disposal.entity.ProducerRoute;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who answers for a case and who must be told: where the problem arose, the producer's side, a
 * serious hazard, the day the result must be delivered (Art. 29) and each delivery with its
 * lateness (null while not yet due), the investigation task of the producer's regulator, the
 * assistance request; and what the caller may record. {@code recorded} is false for a case opened
 * before these records existed (then only the deadline is computed).
 */
@Schema(name = "ResponsibilityData")
public record ResponsibilityData(
    long caseId,
    boolean recorded,
    ProblemStage stage,
    ProducerRoute producerRoute,
    boolean seriousHazard,
    int notificationDays,
    LocalDate notificationDue,
    String operatorName,
    LocalDate operatorDeliveredOn,
    Boolean operatorLate,
    boolean producerToBeTold,
    String producerName,
    String producerDeliveredTo,
    LocalDate producerDeliveredOn,
    Boolean producerLate,
    Long investigationId,
    String investigationNumber,
    String investigationRegulatorName,
    InvestigationState investigationState,
    LocalDate investigationDeadline,
    Boolean investigationLate,
    String assistanceTo,
    LocalDate assistanceSentOn,
    String assistanceAnswer,
    LocalDate assistanceAnsweredOn,
    boolean canDeliverToProducer,
    boolean canRecordAssistance) {}
