package cn.foodsafety.lims.statistics.entity;

/** A background export: waiting, being written, ready to download, or failed (no file). */
public enum ExportState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  /** Whether the file is ready to download. */
  public boolean isDone() {
    return this == DONE;
  }

  public boolean isFailed() {
    return this == FAILED;
  }

  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
