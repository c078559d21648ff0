package cn.foodsafety.lims.kernel;

/** The judgment of one item (判定) and hence of a sample. */
public enum Verdict {
  CONFORMING,
  NON_CONFORMING;

  /** Whether the item (or sample) fails its limit: what pages mark and cases start from. */
  public boolean isFailing() {
    return this == NON_CONFORMING;
  }

  /** Whether a verdict given as its name (in read records that carry it as text) is failing. */
  public static boolean failing(String verdict) {
    return NON_CONFORMING.name().equals(verdict);
  }
}
