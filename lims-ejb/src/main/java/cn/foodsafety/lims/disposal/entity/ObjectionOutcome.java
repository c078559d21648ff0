package cn.foodsafety.lims.disposal.entity;

/**
 * The review of an objection: upheld (the objection is right, the conclusion is overturned) or
 * rejected (the conclusion stands). Both with the reviewer's reasoning.
 */
public enum ObjectionOutcome {
  UPHELD,
  REJECTED
}
