package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who answers for a case and who must be told, fixed when the case opens: where the problem arose
 * (production or trade), what the producer's side needs (an investigation task in the city, a
 * cross-region assistance request, nothing), whether a serious hazard was found, and the day by
 * which the result must be delivered (Art. 29). It keeps the delivery to the producer where the
 * producer is another business than the sampled operator (the operator's delivery is the case's
 * DELIVERED step) and the assistance request: to whom, when sent, the answer and its date.
 */
@Entity
@Table(name = "case_responsibility")
public class CaseResponsibility implements Audited {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ProblemStage stage;

  @Enumerated(EnumType.STRING)
  @Column(name = "producer_route", nullable = false, updatable = false)
  private ProducerRoute producerRoute;

  @Column(name = "serious_hazard", nullable = false, updatable = false)
  private boolean seriousHazard;

  @Column(name = "notification_days", nullable = false, updatable = false)
  private int notificationDays;

  @Column(name = "notification_due", nullable = false, updatable = false)
  private LocalDate notificationDue;

  @Column(name = "producer_name", updatable = false)
  private String producerName;

  @Column(name = "producer_delivered_to")
  private String producerDeliveredTo;

  @Column(name = "producer_delivered_on")
  private LocalDate producerDeliveredOn;

  @Column(name = "assistance_to")
  private String assistanceTo;

  @Column(name = "assistance_sent_on")
  private LocalDate assistanceSentOn;

  @Column(name = "assistance_answer")
  private String assistanceAnswer;

  @Column(name = "assistance_answered_on")
  private LocalDate assistanceAnsweredOn;

  @Version private long version;

  protected CaseResponsibility() {}

  public CaseResponsibility(
      long caseId,
      ProblemStage stage,
      ProducerRoute producerRoute,
      boolean seriousHazard,
      String producerName,
      int notificationDays,
      LocalDate notificationDue) {
    this.caseId = caseId;
    this.stage = Objects.requireNonNull(stage);
    this.producerRoute = Objects.requireNonNull(producerRoute);
    this.seriousHazard = seriousHazard;
    this.producerName = producerName;
    this.notificationDays = notificationDays;
    this.notificationDue = Objects.requireNonNull(notificationDue);
  }

  /** The producer is another business than the sampled operator and must be told as well. */
  public boolean isProducerToBeTold() {
    return stage == ProblemStage.TRADE && producerName != null && !producerName.isBlank();
  }

  /**
   * The result was delivered to the producer on {@code on}, not before the regulator received it
   * ({@code receivedOn}) nor after {@code today}; refused, nothing written, when the producer need
   * not be told or was told already.
   */
  public void deliverToProducer(String to, LocalDate on, LocalDate receivedOn, LocalDate today) {
    if (!isProducerToBeTold()) {
      throw new RuleViolationException("lims.responsibility.noProducerDelivery");
    }
    if (producerDeliveredOn != null) {
      throw new RuleViolationException(
          "lims.responsibility.producerDelivered", producerDeliveredOn);
    }
    Violations v = new Violations();
    v.addIf(blank(to), "deliveredTo", "lims.field.required");
    dated(v, "deliveredOn", on, receivedOn, today, "lims.responsibility.beforeReceipt");
    v.throwIfAny();
    this.producerDeliveredTo = to.strip();
    this.producerDeliveredOn = on;
  }

  /**
   * Records the assistance request to the producer's regulator elsewhere: to whom and when it was
   * sent (not before the case was received), and, once it came, the answer with its date (not
   * before the request was sent). Only on a case whose producer is outside the city.
   */
  public void recordAssistance(
      String to,
      LocalDate sentOn,
      String answer,
      LocalDate answeredOn,
      LocalDate receivedOn,
      LocalDate today) {
    if (producerRoute != ProducerRoute.ASSISTANCE) {
      throw new RuleViolationException("lims.responsibility.noAssistance");
    }
    Violations v = new Violations();
    v.addIf(blank(to), "to", "lims.field.required");
    dated(v, "sentOn", sentOn, receivedOn, today, "lims.responsibility.beforeReceipt");
    boolean answered = !blank(answer) || answeredOn != null;
    if (answered) {
      v.addIf(blank(answer), "answer", "lims.field.required");
      if (answeredOn == null) {
        v.add("answeredOn", "lims.field.required");
      } else if (answeredOn.isAfter(today)) {
        v.add("answeredOn", "lims.case.step.future", today);
      } else if (sentOn != null && answeredOn.isBefore(sentOn)) {
        v.add("answeredOn", "lims.responsibility.answerBeforeSent", sentOn);
      }
    }
    v.throwIfAny();
    this.assistanceTo = to.strip();
    this.assistanceSentOn = sentOn;
    this.assistanceAnswer = answered ? answer.strip() : null;
    this.assistanceAnsweredOn = answered ? answeredOn : null;
  }

  private static void dated(
      Violations v,
      String field,
      LocalDate on,
      LocalDate notBefore,
      LocalDate today,
      String beforeKey) {
    if (on == null) {
      v.add(field, "lims.field.required");
    } else if (on.isAfter(today)) {
      v.add(field, "lims.case.step.future", today);
    } else if (on.isBefore(notBefore)) {
      v.add(field, beforeKey, notBefore);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The delivery to the producer and the assistance request are lines of the case's history (the
   * responsibility shares the case's id); the reason is to whom.
   */
  private static final Set<String> AUDITED =
      Set.of("producerDeliveredOn", "assistanceSentOn", "assistanceAnsweredOn");

  @Override
  public String auditType() {
    return FollowUpCase.class.getSimpleName();
  }

  @Override
  public Long getId() {
    return caseId;
  }

  @Override
  public String auditLabel() {
    return String.valueOf(caseId);
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return AUDITED.contains(attribute) ? Audited.super.auditFields(attribute, value) : Map.of();
  }

  public Long getCaseId() {
    return caseId;
  }

  public ProblemStage getStage() {
    return stage;
  }

  public ProducerRoute getProducerRoute() {
    return producerRoute;
  }

  public boolean isSeriousHazard() {
    return seriousHazard;
  }

  public int getNotificationDays() {
    return notificationDays;
  }

  public LocalDate getNotificationDue() {
    return notificationDue;
  }

  public String getProducerName() {
    return producerName;
  }

  public String getProducerDeliveredTo() {
    return producerDeliveredTo;
  }

  public LocalDate getProducerDeliveredOn() {
    return producerDeliveredOn;
  }

  public String getAssistanceTo() {
    return assistanceTo;
  }

  public LocalDate getAssistanceSentOn() {
    return assistanceSentOn;
  }

  public String getAssistanceAnswer() {
    return assistanceAnswer;
  }

  public LocalDate getAssistanceAnsweredOn() {
    return assistanceAnsweredOn;
  }

  public long getVersion() {
    return version;
  }
}
