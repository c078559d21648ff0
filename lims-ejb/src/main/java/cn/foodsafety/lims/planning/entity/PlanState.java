package cn.foodsafety.lims.planning.entity;

/** A plan is edited as a draft and frozen by approval. */
public enum PlanState {
  DRAFT,
  APPROVED;

  /** Only a draft is edited; approval freezes the plan. */
  public boolean isEditable() {
    return this == DRAFT;
  }
}
