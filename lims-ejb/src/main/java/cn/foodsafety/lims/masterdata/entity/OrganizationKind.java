package cn.foodsafety.lims.masterdata.entity;

/**
 * Regulators order sampling and handle follow-up; testing institutions own sampling teams and
 * laboratories; a sampling unit (team) collects; a laboratory tests.
 */
public enum OrganizationKind {
  REGULATOR,
  INSTITUTION,
  SAMPLING_UNIT,
  LABORATORY
}
