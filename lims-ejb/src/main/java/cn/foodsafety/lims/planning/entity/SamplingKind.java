package cn.foodsafety.lims.planning.entity;

/**
 * The kind of sampling (SAMR Order No. 15, Art. 3), carried by plans, tasks and samples beside the
 * level: it decides whether a backup sample is kept, whether the operator may ask for
 * re-inspection, what follow-up a problem opens and whether the result is published as a violation.
 * What each kind does is a setting ({@code planning.control.KindRules}); the defaults follow
 * DOMAIN.md.
 */
public enum SamplingKind {
  /** 监督抽检: the basis of enforcement; backup sample, re-inspection, a 90-day follow-up case. */
  SUPERVISORY,
  /** 风险监测: finds hazards; no backup sample, no re-inspection, a risk-control follow-up. */
  RISK_MONITORING,
  /** 评价性抽检: assesses a market; followed up as supervisory sampling by default. */
  EVALUATIVE;

  /** Samples, tasks and plans that say nothing are supervisory (all sampling before kinds). */
  /** Whether this is the default kind, which lists show without a tag. */
  public boolean isSupervisory() {
    return this == SUPERVISORY;
  }

  public static SamplingKind orDefault(SamplingKind kind) {
    return kind == null ? SUPERVISORY : kind;
  }
}
