package cn.foodsafety.lims.planning.entity;

/** Why special sampling (专项抽检) is added to a plan. */
public enum CampaignReason {
  PUBLIC_OPINION,
  INCIDENT,
  INVESTIGATION,
  /** Residents' proposals (你点我检): the plan sets batches aside for them. */
  PUBLIC_PARTICIPATION
}
