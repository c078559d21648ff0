package cn.foodsafety.lims.sampling.entity;

/** What the laboratory found when the sample arrived. */
public enum ReceiptCondition {
  ACCEPTED,
  REJECTED
}
