package cn.foodsafety.lims.kernel;

/** The judgment of one item (判定) and hence of a sample. */
public enum Verdict {
  CONFORMING,
  NON_CONFORMING
}
