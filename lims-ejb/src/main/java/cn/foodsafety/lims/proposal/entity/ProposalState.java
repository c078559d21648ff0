package cn.foodsafety.lims.proposal.entity;

/**
 * Where a proposal stands: open for votes, accepted into a special campaign, or declined with a
 * reason. Whether it was sampled and what was found is read from the campaign's samples.
 */
public enum ProposalState {
  OPEN,
  ACCEPTED,
  DECLINED;

  /** Whether the public may still vote for it: only while it is open. */
  public boolean isVotable() {
    return this == OPEN;
  }

  public boolean isAccepted() {
    return this == ACCEPTED;
  }

  public boolean isReviewable() {
    return this == OPEN;
  }
}
