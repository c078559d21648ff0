package cn.foodsafety.lims.disposal.entity;

/**
 * Where a follow-up case stands: the last step recorded, or how it ended. OPEN waits for the
 * responsible regulator to accept it; COMPLETED, OVERTURNED (a re-inspection found the food
 * conforming) and WITHDRAWN (an amended report turned the sample conforming) are closed.
 */
public enum CaseState {
  OPEN,
  ACCEPTED,
  DELIVERED,
  REINSPECTION,
  RISK_CONTROLLED,
  INVESTIGATED,
  ENFORCED,
  RECTIFIED,
  COMPLETED,
  OVERTURNED,
  WITHDRAWN;

  public boolean isClosed() {
    return this == COMPLETED || this == OVERTURNED || this == WITHDRAWN;
  }
}
