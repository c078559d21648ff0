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
    Long investigationRegulatorId,
    String investigationRegulatorName,
    InvestigationState investigationState,
    LocalDate investigationDeadline,
    Boolean investigationLate,
    String assistanceTo,
    LocalDate assistanceSentOn,
    String assistanceAnswer,
    LocalDate assistanceAnsweredOn,
    boolean canDeliverToProducer,
    boolean canRecordAssistance) {

  /** The producer's regulator's investigation task as a case shows it. */
  public record Task(
      long id,
      String number,
      long regulatorId,
      String regulatorName,
      InvestigationState state,
      LocalDate deadline,
      Boolean late) {}

  /** The assistance request (协查函) as far as it is recorded. */
  public record Assistance(String to, LocalDate sentOn, String answer, LocalDate answeredOn) {}

  /**
   * A case opened before responsibilities were recorded: only the operator's delivery and its
   * deadline are known; no producer route, no task, nothing the caller may record.
   */
  public static ResponsibilityData operatorOnly(
      long caseId,
      ProblemStage stage,
      int notificationDays,
      LocalDate notificationDue,
      String operatorName,
      LocalDate operatorDeliveredOn,
      Boolean operatorLate,
      String producerName) {
    return new ResponsibilityData(
        caseId,
        false,
        stage,
        ProducerRoute.NONE,
        false,
        notificationDays,
        notificationDue,
        operatorName,
        operatorDeliveredOn,
        operatorLate,
        false,
        producerName,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        false);
  }

  /**
   * A recorded case: the producer's side, with its task (null when the route has none) and the
   * assistance request (null fields while none is recorded).
   */
  public static ResponsibilityData recorded(
      long caseId,
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
      Task task,
      Assistance assistance,
      boolean canDeliverToProducer,
      boolean canRecordAssistance) {
    return new ResponsibilityData(
        caseId,
        true,
        stage,
        producerRoute,
        seriousHazard,
        notificationDays,
        notificationDue,
        operatorName,
        operatorDeliveredOn,
        operatorLate,
        producerToBeTold,
        producerName,
        producerDeliveredTo,
        producerDeliveredOn,
        producerLate,
        task == null ? null : task.id(),
        task == null ? null : task.number(),
        task == null ? null : task.regulatorId(),
        task == null ? null : task.regulatorName(),
        task == null ? null : task.state(),
        task == null ? null : task.deadline(),
        task == null ? null : task.late(),
        assistance.to(),
        assistance.sentOn(),
        assistance.answer(),
        assistance.answeredOn(),
        canDeliverToProducer,
        canRecordAssistance);
  }
}
