package cn.foodsafety.lims.masterdata.entity;

/** What kind of county-level unit a region is (functional zones report separately). */
public enum UnitType {
  DISTRICT,
  COUNTY,
  COUNTY_LEVEL_CITY,
  FUNCTIONAL_ZONE
}
