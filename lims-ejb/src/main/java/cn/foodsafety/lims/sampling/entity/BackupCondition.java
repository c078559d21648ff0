package cn.foodsafety.lims.sampling.entity;

/** The state of a backup sample as the lab finds it at receipt: intact and sealed, or not. */
public enum BackupCondition {
  SEALED_INTACT,
  SEAL_DAMAGED,
  PACKAGING_DAMAGED
}
