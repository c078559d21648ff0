package cn.foodsafety.lims.sampling.entity;

/**
 * Where a sample is in its life until the laboratory has it (later states come with the lab). The
 * transitions, in one place: COLLECTED -> SHIPPED (a laboratory must be assigned) -> RECEIVED or
 * REJECTED. A laboratory may be (re-)assigned until the sample is received.
 */
public enum SampleState {
  COLLECTED,
  SHIPPED,
  RECEIVED,
  REJECTED;

  /** Whether the sample may still be sent to another laboratory. */
  public boolean canAssign() {
    return this == COLLECTED || this == SHIPPED;
  }

  public boolean canShip() {
    return this == COLLECTED;
  }

  public boolean canReceive() {
    return this == SHIPPED;
  }

  /** Whether the sample has reached the laboratory (accepted or not). */
  public boolean isAtLab() {
    return this == RECEIVED || this == REJECTED;
  }
}
