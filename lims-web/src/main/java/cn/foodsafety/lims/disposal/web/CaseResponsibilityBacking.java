package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.AssistanceInput;
import cn.foodsafety.lims.disposal.boundary.CaseResponsibilities;
import cn.foodsafety.lims.disposal.boundary.ProducerDelivery;
import cn.foodsafety.lims.disposal.boundary.ResponsibilityData;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The part of disposal/case.xhtml about who answers and who must be told: where the problem arose,
 * the delivery deadline (Art. 29) and each delivery's lateness, the producer's investigation task
 * (a link to its page) or the assistance request; the responsible bureau records the delivery to
 * the producer and the assistance request. The flags come from {@link ResponsibilityData}.
 */
@Named
@ViewScoped
public class CaseResponsibilityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseResponsibilities responsibilities;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Long id;
  private ResponsibilityData data;

  /** The request whose answer {@link #data} is: a step recorded on the case page changes it. */
  private transient FacesContext loadedIn;

  private String deliveredTo;
  private LocalDate deliveredOn;

  private String to;
  private LocalDate sentOn;
  private String answer;
  private LocalDate answeredOn;

  /** viewAction: the case of ?id= (the case page's parameter). */
  public void load() {
    String param =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (param == null || !param.matches("[0-9]{1,18}")) {
      return;
    }
    id = Long.valueOf(param);
    try {
      show(responsibilities.get(id));
    } catch (RuntimeException e) {
      data = null;
    }
  }

  private void show(ResponsibilityData d) {
    data = d;
    loadedIn = FacesContext.getCurrentInstance();
    deliveredTo = d.producerName();
    deliveredOn = civilClock.today();
    to = d.assistanceTo();
    sentOn = d.assistanceSentOn() == null ? civilClock.today() : d.assistanceSentOn();
    answer = d.assistanceAnswer();
    answeredOn = d.assistanceAnsweredOn();
  }

  public void deliverToProducer() {
    run(
        () ->
            responsibilities.deliverToProducer(id, new ProducerDelivery(deliveredTo, deliveredOn)),
        "producerDelivery");
  }

  public void recordAssistance() {
    run(
        () ->
            responsibilities.recordAssistance(
                id, new AssistanceInput(to, sentOn, answer, answeredOn)),
        "assistance");
  }

  private void run(Supplier<ResponsibilityData> action, String formId) {
    try {
      show(action.get());
      text.info("case.responsibility.saved");
    } catch (RuntimeException e) {
      text.show(e, formId);
    }
  }

  /** The case's responsibility as of this request (read again once per request). */
  public ResponsibilityData getData() {
    FacesContext now = FacesContext.getCurrentInstance();
    if (id != null && data != null && now != loadedIn) {
      loadedIn = now;
      try {
        data = responsibilities.get(id);
      } catch (RuntimeException e) {
        data = null;
      }
    }
    return data;
  }

  public String getDeliveredTo() {
    return deliveredTo;
  }

  public void setDeliveredTo(String deliveredTo) {
    this.deliveredTo = deliveredTo;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public void setDeliveredOn(LocalDate deliveredOn) {
    this.deliveredOn = deliveredOn;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public void setSentOn(LocalDate sentOn) {
    this.sentOn = sentOn;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public void setAnsweredOn(LocalDate answeredOn) {
    this.answeredOn = answeredOn;
  }
}
