package cn.foodsafety.lims.planning.entity;

/** A collection task is open until its batches are collected or it is cancelled. */
public enum TaskState {
  OPEN,
  COMPLETED,
  CANCELLED;

  /** Only an open task may be cancelled; what was collected stays collected. */
  public boolean isCancellable() {
    return this == OPEN;
  }
}
