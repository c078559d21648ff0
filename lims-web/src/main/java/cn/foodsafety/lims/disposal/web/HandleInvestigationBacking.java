package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.InvestigationData;
import cn.foodsafety.lims.disposal.boundary.InvestigationStepInput;
import cn.foodsafety.lims.disposal.boundary.ProducerInvestigations;
import cn.foodsafety.lims.disposal.entity.InvestigationStep;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * disposal/investigation.xhtml?id=: one producer investigation task (产品溯源/生产环节核查) with its case,
 * deadline and steps; the producer's regulator records the next step ({@link
 * InvestigationData#nextStep()}), the rules are the task's own.
 */
@Named
@ViewScoped
public class HandleInvestigationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProducerInvestigations investigations;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Long id;
  private InvestigationData data;
  private LocalDate date;
  private String note;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      show(investigations.get(id));
    } catch (RuntimeException e) {
      text.show(e, "step");
    }
  }

  private void show(InvestigationData d) {
    data = d;
    date = civilClock.today();
    note = null;
  }

  public void recordStep() {
    InvestigationStep step = data == null ? null : data.nextStep();
    try {
      show(investigations.recordStep(id, new InvestigationStepInput(step, date, note)));
      text.info("investigation.step.recorded");
    } catch (RuntimeException e) {
      text.show(e, "step");
    }
  }

  /** The steps in their order, for the page's labels. */
  public InvestigationStep[] getSteps() {
    return InvestigationStep.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public InvestigationData getData() {
    return data;
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
}
