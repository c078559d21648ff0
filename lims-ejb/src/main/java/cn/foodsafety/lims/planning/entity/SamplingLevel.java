package cn.foodsafety.lims.planning.entity;

/**
 * The level of the authority that ordered a sample (DOMAIN.md: levels). National and provincial
 * tasks arrive with fixed batch counts; the city and counties plan the rest.
 */
public enum SamplingLevel {
  NATIONAL("G"),
  PROVINCIAL("S"),
  MUNICIPAL("M"),
  COUNTY("C"),
  ROUTINE_MONITORING("R");

  private final String code;

  SamplingLevel(String code) {
    this.code = code;
  }

  /** One letter used in sample numbers (国 G, 省 S, 市 M, 县 C, 例行 R). */
  public String code() {
    return code;
  }

  /** Whether batches of this level arrive as fixed counts from above. */
  public boolean isFixedFromAbove() {
    return this == NATIONAL || this == PROVINCIAL;
  }

  /**
   * Whether a plan takes this level's batches as fixed counts per unit and category: those from
   * above, and routine monitoring, whose counts the city sets outside the quota split.
   */
  public boolean isFixedInPlan() {
    return isFixedFromAbove() || this == ROUTINE_MONITORING;
  }

  /**
   * Whether the follow-up rates (disposal, completion, on time) of this level have targets
   * (DOMAIN.md: national, provincial and municipal sampling).
   */
  public boolean hasFollowUpTargets() {
    return this == NATIONAL || this == PROVINCIAL || this == MUNICIPAL;
  }
}
