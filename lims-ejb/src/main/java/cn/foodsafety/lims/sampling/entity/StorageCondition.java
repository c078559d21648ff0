package cn.foodsafety.lims.sampling.entity;

/** How a sample must be kept; chilled and frozen samples travel with a recorded temperature. */
public enum StorageCondition {
  AMBIENT,
  CHILLED,
  FROZEN;

  public boolean needsTemperature() {
    return this != AMBIENT;
  }
}
