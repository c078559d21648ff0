package cn.foodsafety.lims.planning.entity;

/**
 * What a problem found by a sample opens: the verification-and-disposal case of supervisory
 * sampling (核查处置, 90 days: Art. 45), or the risk-control follow-up of risk monitoring (notify,
 * inspect, risk measures, closed; its deadline a setting).
 */
public enum FollowUpRoute {
  CASE,
  RISK_CONTROL
}
