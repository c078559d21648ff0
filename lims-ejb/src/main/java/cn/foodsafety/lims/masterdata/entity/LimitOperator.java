package cn.foodsafety.lims.masterdata.entity;

/**
 * How a result is compared with its limit. LE/GE need a value, RANGE a lower and an upper value;
 * "must not be detected" (不得检出) and "not permitted" (不得使用) need none: any quantified result fails.
 */
public enum LimitOperator {
  LE,
  GE,
  RANGE,
  NOT_DETECTED,
  NOT_PERMITTED;

  public boolean needsValue() {
    return this == LE || this == GE || this == RANGE;
  }

  public boolean needsUpper() {
    return this == RANGE;
  }
}
