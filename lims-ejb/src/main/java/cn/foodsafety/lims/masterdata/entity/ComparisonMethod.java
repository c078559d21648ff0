package cn.foodsafety.lims.masterdata.entity;

/**
 * GB/T 8170-2008 section 4: the full-value method (全数值比较法) compares the unrounded value with the
 * limit; the rounded-value method (修约值比较法) first rounds the value to the limit's digits.
 */
public enum ComparisonMethod {
  FULL_VALUE,
  ROUNDED_VALUE
}
