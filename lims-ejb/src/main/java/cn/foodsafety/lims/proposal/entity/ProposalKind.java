package cn.foodsafety.lims.proposal.entity;

/** What a resident proposes to test: a food, or a place (a market, a shop, a canteen). */
public enum ProposalKind {
  FOOD,
  PLACE
}
