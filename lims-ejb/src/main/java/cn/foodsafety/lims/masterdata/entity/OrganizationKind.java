package cn.foodsafety.lims.masterdata.entity;

/**
 * Regulators order sampling and handle follow-up; testing institutions own sampling teams and
 * laboratories; a sampling unit (team) collects; a laboratory tests.
 */
public enum OrganizationKind {
  REGULATOR,
  INSTITUTION,
  SAMPLING_UNIT,
  LABORATORY;

  /** Only a regulator belongs to a department: each department runs its own program. */
  public boolean hasDepartment() {
    return this == REGULATOR;
  }

  /** Only a laboratory has an accreditation, a weekly capacity and a scope of tests. */
  public boolean isAccredited() {
    return this == LABORATORY;
  }
}
