package cn.foodsafety.lims.masterdata.entity;

/** The departments that sample food (DOMAIN.md: the program). */
public enum Department {
  MARKET_REGULATION,
  AGRICULTURE,
  GRAIN_RESERVES,
  FORESTRY,
  CUSTOMS
}
