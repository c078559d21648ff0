package cn.foodsafety.lims.sampling.entity;

/**
 * Where a backup sample is: in the store, taken out for a re-inspection (in the custody of the
 * re-inspection laboratory), or disposed of. The transitions: HELD to TAKEN_OUT or DISPOSED;
 * nothing after DISPOSED; a backup taken out is used up by the re-inspection.
 */
public enum BackupState {
  HELD,
  TAKEN_OUT,
  DISPOSED;

  public boolean isInStore() {
    return this == HELD;
  }
}
