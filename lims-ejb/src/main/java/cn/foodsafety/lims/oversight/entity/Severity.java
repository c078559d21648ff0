package cn.foodsafety.lims.oversight.entity;

/**
 * How serious a record check's finding is: an error the national system would reject, or a warning.
 */
public enum Severity {
  ERROR,
  WARNING;

  public boolean isError() {
    return this == ERROR;
  }
}
