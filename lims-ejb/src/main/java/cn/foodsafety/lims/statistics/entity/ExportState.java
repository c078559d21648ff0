package cn.foodsafety.lims.statistics.entity;

/** A background export: waiting, being written, ready to download, or failed (no file). */
public enum ExportState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
