package cn.foodsafety.lims.kernel;

/** The kind of the sampled party (被抽样单位); all but small farmers hold a licence. */
public enum PartyKind {
  PRODUCTION,
  CIRCULATION,
  CATERING,
  ONLINE,
  WHOLESALE_MARKET,
  FARMERS_MARKET,
  SUPERMARKET,
  CANTEEN,
  SMALL_FARMER;

  /** A small farmer (小农户) has no business licence; everyone else must give one. */
  public boolean requiresLicence() {
    return this != SMALL_FARMER;
  }
}
