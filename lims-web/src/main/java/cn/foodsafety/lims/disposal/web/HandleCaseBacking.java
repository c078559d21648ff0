package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.CaseData;
import cn.foodsafety.lims.disposal.boundary.CaseExtensions;
import cn.foodsafety.lims.disposal.boundary.CaseSteps;
import cn.foodsafety.lims.disposal.boundary.Cases;
import cn.foodsafety.lims.disposal.boundary.Decision;
import cn.foodsafety.lims.disposal.boundary.ExtensionData;
import cn.foodsafety.lims.disposal.boundary.ExtensionRequest;
import cn.foodsafety.lims.disposal.boundary.ProducerNote;
import cn.foodsafety.lims.disposal.boundary.StepInput;
import cn.foodsafety.lims.disposal.entity.ObjectionGround;
import cn.foodsafety.lims.disposal.entity.ObjectionOutcome;
import cn.foodsafety.lims.disposal.entity.ReinspectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RiskMeasure;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.HistoryLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * disposal/case.xhtml?id=: one follow-up case with its deadlines, steps and extensions; the
 * responsible bureau records the next step, asks for more time or decides another supervisor's
 * request; the producer's regulator keeps its note. The page offers only what {@link
 * CaseData#nextSteps()} and the can* flags allow; the rules are checked by {@link Cases}.
 */
@Named
@ViewScoped
public class HandleCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Cases cases;

  @Inject CaseExtensions caseExtensions;

  @Inject CaseSteps caseSteps;

  @Inject Organizations organizations;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Long id;
  private CaseData data;
  private List<HistoryLine> history = List.of();
  private transient List<OrganizationData> labs;

  // the next step
  private StepKind kind;
  private LocalDate date;
  private String note;
  private String reference;
  private BigDecimal amount;
  private BigDecimal quantity;
  private String quantityUnit;
  private RiskMeasure measure;
  private RequestKind requestKind;
  private Long labId;
  private ReinspectionOutcome outcome;
  private LocalDate backupExpiresOn;
  private ObjectionGround objectionGround;
  private ObjectionOutcome objectionOutcome;
  private String delayCause;

  // an extension request and a decision on one
  private String reason;
  private LocalDate newDeadline;
  private String decisionNote;

  // the producer's regulator's note
  private String producerNote;

  /** viewAction: the case of ?id=. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      show(cases.get(id));
    } catch (RuntimeException e) {
      text.show(e, "step");
    }
  }

  private void show(CaseData c) {
    data = c;
    history = cases.history(c.id());
    kind = c.nextSteps().isEmpty() ? null : c.nextSteps().get(0);
    date = civilClock.today();
    note = null;
    reference = null;
    amount = null;
    quantity = null;
    quantityUnit = null;
    measure = null;
    requestKind = null;
    labId = null;
    outcome = null;
    backupExpiresOn = null;
    objectionGround = null;
    objectionOutcome = null;
    delayCause = null;
    reason = null;
    newDeadline = null;
    decisionNote = null;
    producerNote = c.producerNote();
  }

  public void recordStep() {
    run(
        () ->
            caseSteps.recordStep(
                id,
                new StepInput(
                    kind,
                    date,
                    note,
                    reference,
                    amount,
                    quantity,
                    quantityUnit,
                    measure,
                    // the page asks for a re-inspection here; an objection is a step of its own
                    kind == StepKind.REINSPECTION_REQUESTED
                        ? RequestKind.REINSPECTION
                        : requestKind,
                    labId,
                    outcome,
                    backupExpiresOn,
                    objectionGround,
                    objectionOutcome,
                    delayCause)),
        "step",
        "case.step.recorded");
  }

  public void requestExtension() {
    run(
        () -> caseExtensions.requestExtension(id, new ExtensionRequest(reason, newDeadline)),
        "extension",
        "case.extension.requested");
  }

  public void approveExtension() {
    decide(true, "case.extension.approved");
  }

  public void rejectExtension() {
    decide(false, "case.extension.rejected");
  }

  private void decide(boolean approve, String done) {
    ExtensionData pending = getPendingExtension();
    if (pending == null) {
      return;
    }
    run(
        () -> caseExtensions.decideExtension(id, pending.id(), approve, new Decision(decisionNote)),
        "decision",
        done);
  }

  public void saveProducerNote() {
    run(
        () -> caseSteps.noteAsProducerRegulator(id, new ProducerNote(producerNote)),
        "producer",
        "case.producerNote.saved");
  }

  private void run(Supplier<CaseData> action, String formId, String done) {
    try {
      show(action.get());
      text.info(done);
    } catch (RuntimeException e) {
      text.show(e, formId);
    }
  }

  /** The request that waits for a decision, if any. */
  public ExtensionData getPendingExtension() {
    if (data == null) {
      return null;
    }
    return data.extensions().stream().filter(e -> e.state().isPending()).findFirst().orElse(null);
  }

  /** Why no re-inspection may be asked for, in the page's language. */
  public String refusal(String name) {
    return name == null ? "" : text.get("enum.Refusal." + name);
  }

  /** A history line's field in the page's language: a step kind or one of the case's fields. */
  public String historyField(String raw) {
    return labelled(raw, "case.history.", "enum.StepKind.");
  }

  /**
   * A history line's old or new value in the page's language: case and extension states have
   * labels; anything else (dates, notes) shows as recorded.
   */
  public String historyValue(String raw) {
    return labelled(raw, "enum.CaseState.", "enum.ExtensionState.");
  }

  private String labelled(String raw, String... prefixes) {
    if (raw == null) {
      return "";
    }
    for (String prefix : prefixes) {
      String key = prefix + raw;
      String label = text.get(key);
      if (!label.equals(key)) {
        return label;
      }
    }
    return raw;
  }

  /** The laboratories that may re-inspect, asked for only when a lab is to be designated. */
  public List<OrganizationData> getLabs() {
    if (labs == null) {
      labs = organizations.laboratories();
    }
    return labs;
  }

  public List<RequestKind> getRequestKinds() {
    return List.of(RequestKind.values());
  }

  public List<ReinspectionOutcome> getOutcomes() {
    return List.of(ReinspectionOutcome.values());
  }

  public List<RiskMeasure> getMeasures() {
    return List.of(RiskMeasure.values());
  }

  public LocalDate getToday() {
    return civilClock.today();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseData getData() {
    return data;
  }

  public List<HistoryLine> getHistory() {
    return history;
  }

  public StepKind getKind() {
    return kind;
  }

  public void setKind(StepKind kind) {
    this.kind = kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public String getQuantityUnit() {
    return quantityUnit;
  }

  public void setQuantityUnit(String quantityUnit) {
    this.quantityUnit = quantityUnit;
  }

  public RiskMeasure getMeasure() {
    return measure;
  }

  public void setMeasure(RiskMeasure measure) {
    this.measure = measure;
  }

  public RequestKind getRequestKind() {
    return requestKind;
  }

  public void setRequestKind(RequestKind requestKind) {
    this.requestKind = requestKind;
  }

  public Long getLabId() {
    return labId;
  }

  public void setLabId(Long labId) {
    this.labId = labId;
  }

  public ReinspectionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ReinspectionOutcome outcome) {
    this.outcome = outcome;
  }

  public LocalDate getBackupExpiresOn() {
    return backupExpiresOn;
  }

  public void setBackupExpiresOn(LocalDate backupExpiresOn) {
    this.backupExpiresOn = backupExpiresOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getNewDeadline() {
    return newDeadline;
  }

  public void setNewDeadline(LocalDate newDeadline) {
    this.newDeadline = newDeadline;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }

  public String getProducerNote() {
    return producerNote;
  }

  public void setProducerNote(String producerNote) {
    this.producerNote = producerNote;
  }

  public List<ObjectionGround> getObjectionGrounds() {
    return List.of(ObjectionGround.values());
  }

  public List<ObjectionOutcome> getObjectionOutcomes() {
    return List.of(ObjectionOutcome.values());
  }

  public ObjectionGround getObjectionGround() {
    return objectionGround;
  }

  public void setObjectionGround(ObjectionGround objectionGround) {
    this.objectionGround = objectionGround;
  }

  public ObjectionOutcome getObjectionOutcome() {
    return objectionOutcome;
  }

  public void setObjectionOutcome(ObjectionOutcome objectionOutcome) {
    this.objectionOutcome = objectionOutcome;
  }

  public String getDelayCause() {
    return delayCause;
  }

  public void setDelayCause(String delayCause) {
    this.delayCause = delayCause;
  }
}
