package cn.foodsafety.lims.rapidtest.entity;

/** What a rapid test shows: a screening result, never a conclusion on the food. */
public enum RapidResult {
  NEGATIVE,
  POSITIVE;

  /** A positive rapid test is confirmed by a sample for the laboratory. */
  public boolean isPositive() {
    return this == POSITIVE;
  }
}
