package cn.foodsafety.lims.planning.entity;

/** Why special sampling (专项抽检) is added to a plan. */
public enum CampaignReason {
  PUBLIC_OPINION,
  INCIDENT,
  INVESTIGATION
}
