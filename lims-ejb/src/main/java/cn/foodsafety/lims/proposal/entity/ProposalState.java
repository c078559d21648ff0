package cn.foodsafety.lims.proposal.entity;

/**
 * Where a proposal stands: open for votes, accepted into a special campaign, or declined with a
 * reason. Whether it was sampled and what was found is read from the campaign's samples.
 */
public enum ProposalState {
  OPEN,
  ACCEPTED,
  DECLINED;

  public boolean isReviewable() {
    return this == OPEN;
  }
}
