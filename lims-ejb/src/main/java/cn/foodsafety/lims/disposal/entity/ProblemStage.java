package cn.foodsafety.lims.disposal.entity;

/**
 * Where the problem of a non-conforming sample arose, which decides the regulator that follows it
 * up (DOMAIN.md, "Kinds of sampling and who follows up"): a sample taken at its producer
 * (production stage) is the producer's regulator's case; one taken in trade, catering or online
 * sales is the sampled operator's regulator's, and the producer is investigated beside it.
 */
public enum ProblemStage {
  PRODUCTION,
  TRADE
}
