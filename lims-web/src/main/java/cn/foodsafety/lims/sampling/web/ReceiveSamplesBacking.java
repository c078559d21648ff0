package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.sampling.boundary.Custody;
import cn.foodsafety.lims.sampling.boundary.Receipt;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import cn.foodsafety.lims.sampling.boundary.Samples;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.RejectionReason;
import cn.foodsafety.lims.sampling.entity.SampleState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * sampling/receipt.xhtml: the samples shipped to the laboratory, each accepted (the 20 working days
 * start) or rejected with a reason.
 */
@Named
@ViewScoped
public class ReceiveSamplesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Samples samples;

  @Inject Custody custody;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private List<SampleData> incoming;
  private Long sampleId;
  private String receivedAt;
  private ReceiptCondition condition = ReceiptCondition.ACCEPTED;
  private RejectionReason rejectionReason;
  private String note;

  public List<SampleData> getIncoming() {
    if (incoming == null) {
      incoming =
          samples
              .list(
                  new ListQuery(
                      0,
                      ListQuery.MAX_SIZE,
                      "deliveryDue",
                      false,
                      null,
                      Map.of("state", SampleState.SHIPPED.name())))
              .items();
    }
    return incoming;
  }

  /** Accepts one sample as received now. */
  public void accept(long id) {
    record(id, new Receipt(now(), ReceiptCondition.ACCEPTED, null, null));
  }

  public void submit() {
    if (sampleId == null) {
      text.show(
          cn.foodsafety.lims.platform.control.InvalidInputException.of(
              "sampleId", "lims.field.required"),
          "receipt");
      return;
    }
    record(sampleId, new Receipt(receivedAt, condition, rejectionReason, note));
  }

  private void record(long id, Receipt receipt) {
    try {
      SampleData s = custody.receive(id, receipt);
      text.info("sampling.receipt.received", s.sampleNumber(), text.label(s.state()));
      incoming = null;
      sampleId = null;
      note = null;
    } catch (RuntimeException e) {
      text.show(e, "receipt");
    }
  }

  @PostConstruct
  void init() {
    receivedAt = now();
  }

  private String now() {
    return civilClock.nowToTheMinute().toString();
  }

  public List<ReceiptCondition> getConditions() {
    return List.of(ReceiptCondition.values());
  }

  public List<RejectionReason> getRejectionReasons() {
    return List.of(RejectionReason.values());
  }

  public Long getSampleId() {
    return sampleId;
  }

  public void setSampleId(Long sampleId) {
    this.sampleId = sampleId;
  }

  public String getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(String receivedAt) {
    this.receivedAt = receivedAt;
  }

  public ReceiptCondition getCondition() {
    return condition;
  }

  public void setCondition(ReceiptCondition condition) {
    this.condition = condition;
  }

  public RejectionReason getRejectionReason() {
    return rejectionReason;
  }

  public void setRejectionReason(RejectionReason rejectionReason) {
    this.rejectionReason = rejectionReason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
