package cn.foodsafety.lims.sampling.entity;

/** Why a laboratory refused a sample at receipt; OTHER needs a note. */
public enum RejectionReason {
  BROKEN_SEAL,
  INSUFFICIENT,
  TEMPERATURE,
  EXPIRED,
  OTHER;

  public boolean needsNote() {
    return this == OTHER;
  }
}
