package cn.foodsafety.lims.disposal.entity;

/**
 * What a case needs on the producer's side: nothing (the case is at the producer itself, or the
 * producer is unknown), an investigation task of the producer's regulator in the city, or a
 * cross-region assistance request (协查函) when the producer is outside the city.
 */
public enum ProducerRoute {
  NONE,
  INVESTIGATION,
  ASSISTANCE;

  /** Whether the producer is reached through a cross-region assistance request (协查函). */
  public boolean isAssistance() {
    return this == ASSISTANCE;
  }
}
