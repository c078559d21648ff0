package cn.foodsafety.lims.masterdata.entity;

/** The levels of the region tree; a region's parent is always one level up. */
public enum RegionKind {
  PROVINCE,
  CITY,
  COUNTY;

  /** The kind a parent of this kind must have, or null for the top. */
  public RegionKind parentKind() {
    return switch (this) {
      case PROVINCE -> null;
      case CITY -> PROVINCE;
      case COUNTY -> CITY;
    };
  }
}
