package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.EntityManager;

/**
 * Who may see and work on a sample's lab work: the staff of the laboratory it is assigned to work
 * on it; planners and supervisors of its region (or above) and administrators only read it. Shared
 * by the results boundaries (entry, reviews, reports, worklists, imports).
 */
public final class LabAccess {

  /** The entity name used in "not found" answers and audit lines. */
  public static final String SAMPLE = "Sample";

  private LabAccess() {}

  /** A sample of the signed-in user's laboratory. */
  public static Sample labSample(EntityManager em, long id, User me) {
    Sample s = readable(em, id, me);
    if (!isLabOf(me, s)) {
      throw new AccessDeniedException("lims.result.notYourLab");
    }
    return s;
  }

  /** A sample the user may see: their lab's, their region's (planners, supervisors), or any. */
  public static Sample readable(EntityManager em, long id, User me) {
    Sample s = em.find(Sample.class, id);
    if (s == null) {
      throw new NotFoundException(SAMPLE, id);
    }
    boolean region =
        (me.has(Role.PLANNER) || me.has(Role.SUPERVISOR))
            && s.getRegion().isWithin(me.getOrganization().getRegion());
    if (!me.has(Role.ADMIN) && !region && !isLabOf(me, s)) {
      throw new NotFoundException(SAMPLE, id);
    }
    return s;
  }

  public static boolean isLabOf(User me, Sample s) {
    Organization org = me.getOrganization();
    return (me.has(Role.LAB_TECH) || me.has(Role.LAB_REVIEWER))
        && org != null
        && org.getKind() == OrganizationKind.LABORATORY
        && s.getLab() != null
        && s.getLab().getId().equals(org.getId());
  }

  /** The signed-in user's laboratory. */
  public static Organization labOf(User me) {
    Organization org = me.getOrganization();
    if (org == null || org.getKind() != OrganizationKind.LABORATORY) {
      throw new AccessDeniedException("lims.result.notYourLab");
    }
    return org;
  }
}
