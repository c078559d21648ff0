package cn.foodsafety.lims.disposal.control;

import cn.foodsafety.lims.disposal.entity.ProblemStage;
import cn.foodsafety.lims.disposal.entity.ProducerRoute;
import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;

/**
 * Who follows a non-conforming sample up (DOMAIN.md, "Kinds of sampling and who follows up"; SAMR
 * Order No. 15): a sample taken at its producer (the sampled party is a production business) is
 * followed up by the producer's regulator; in trade, catering and online sales by the sampled
 * operator's regulator, and the producer's regulator investigates the producer: as a task of its
 * own when the producer lies within the same city, through a cross-region assistance request (协查函)
 * when it lies elsewhere or its place is not known. A producer without a name (loose edible
 * agricultural products) has nothing to investigate.
 */
public final class ResponsibilityRules {

  private ResponsibilityRules() {}

  /** Where the problem arose, from the kind of the sampled party. */
  public static ProblemStage stage(PartyKind party) {
    return party == PartyKind.PRODUCTION ? ProblemStage.PRODUCTION : ProblemStage.TRADE;
  }

  /** The region whose regulator is responsible for the case. */
  public static Region responsibleRegion(
      ProblemStage stage, Region sampledAt, Region producerRegion) {
    return stage == ProblemStage.PRODUCTION && producerRegion != null ? producerRegion : sampledAt;
  }

  /** What the producer's side needs. */
  public static ProducerRoute producerRoute(
      ProblemStage stage, String producerName, Region producerRegion, Region sampledAt) {
    if (stage == ProblemStage.PRODUCTION || producerName == null || producerName.isBlank()) {
      return ProducerRoute.NONE;
    }
    Region city = cityOf(sampledAt);
    return producerRegion != null && city != null && producerRegion.isWithin(city)
        ? ProducerRoute.INVESTIGATION
        : ProducerRoute.ASSISTANCE;
  }

  /** The city a region lies in (itself when it is one), or null above the city level. */
  public static Region cityOf(Region region) {
    for (Region r = region; r != null; r = r.getParent()) {
      if (r.getKind() == RegionKind.CITY) {
        return r;
      }
    }
    return null;
  }
}
