package cn.foodsafety.lims.disposal.entity;

/**
 * The steps of the producer's regulator's investigation task (产品溯源/生产环节核查), each once and in this
 * order: received, investigated (the finding at the producer), measures taken, closed.
 */
public enum InvestigationStep {
  RECEIVED(InvestigationState.RECEIVED),
  INVESTIGATED(InvestigationState.INVESTIGATED),
  MEASURES(InvestigationState.MEASURES_TAKEN),
  CLOSED(InvestigationState.CLOSED);

  private final InvestigationState reaches;

  InvestigationStep(InvestigationState reaches) {
    this.reaches = reaches;
  }

  public InvestigationState reaches() {
    return reaches;
  }

  /** The step that must come before this one, or null for the first. */
  public InvestigationStep previous() {
    return ordinal() == 0 ? null : values()[ordinal() - 1];
  }

  /** Whether the step needs a text (the finding, the measures, the summary). */
  public boolean needsText() {
    return this != RECEIVED;
  }
}
