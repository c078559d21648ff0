package cn.foodsafety.lims.platform.entity;

/**
 * The roles of the program; the names are the container's security roles. Shared kernel: every
 * component names them in {@code @RolesAllowed}, so they live below all of them (security assigns
 * them to users).
 */
public enum Role {
  ADMIN,
  PLANNER,
  SAMPLER,
  LAB_TECH,
  LAB_REVIEWER,
  SUPERVISOR;

  // names usable in @RolesAllowed
  public static final String ADMIN_NAME = "ADMIN";
  public static final String PLANNER_NAME = "PLANNER";
  public static final String SAMPLER_NAME = "SAMPLER";
  public static final String LAB_TECH_NAME = "LAB_TECH";
  public static final String LAB_REVIEWER_NAME = "LAB_REVIEWER";
  public static final String SUPERVISOR_NAME = "SUPERVISOR";
}
