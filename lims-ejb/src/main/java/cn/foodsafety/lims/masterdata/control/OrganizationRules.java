package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.control.Violations;
import java.util.Set;

/**
 * What each kind of organization must and must not have. Sampling teams and laboratories belong to
 * a parent organization: the separation of sampling and testing (抽检分离) is checked on the parent. A
 * regulator names its department, since each department runs its own sampling program. Only a
 * laboratory holds an accreditation (资质认定) with a scope of food categories and test items, and a
 * weekly capacity on which samples are allocated.
 */
public final class OrganizationRules {

  private OrganizationRules() {}

  /**
   * Adds the broken rules to {@code into} and returns it; nothing is checked when the kind is not
   * known (that is a field error of its own).
   *
   * @param hasParent whether a parent organization was named (whether it exists is checked
   *     elsewhere)
   */
  public static Violations check(
      OrganizationKind kind,
      boolean hasParent,
      Department department,
      String accreditationNumber,
      Integer weeklyCapacity,
      Set<Long> scopeCategoryIds,
      Set<Long> scopeTestItemIds,
      Violations into) {
    if (kind == null) {
      return into;
    }
    boolean belongsToParent =
        kind == OrganizationKind.SAMPLING_UNIT || kind == OrganizationKind.LABORATORY;
    into.addIf(belongsToParent && !hasParent, "parentId", "lims.organization.parent.required");
    into.addIf(
        kind == OrganizationKind.REGULATOR && department == null,
        "department",
        "lims.organization.department.required");
    boolean hasNumber = accreditationNumber != null && !accreditationNumber.isBlank();
    boolean hasCategories = scopeCategoryIds != null && !scopeCategoryIds.isEmpty();
    boolean hasTestItems = scopeTestItemIds != null && !scopeTestItemIds.isEmpty();
    if (kind == OrganizationKind.LABORATORY) {
      into.addIf(!hasNumber, "accreditationNumber", "lims.organization.lab.accreditationRequired");
      into.addIf(
          weeklyCapacity == null || weeklyCapacity <= 0,
          "weeklyCapacity",
          "lims.organization.lab.capacityRequired");
      into.addIf(!hasCategories, "scopeCategoryIds", "lims.organization.lab.scopeRequired");
    } else {
      into.addIf(hasNumber, "accreditationNumber", "lims.organization.lab.only");
      into.addIf(weeklyCapacity != null, "weeklyCapacity", "lims.organization.lab.only");
      into.addIf(hasCategories, "scopeCategoryIds", "lims.organization.lab.only");
      into.addIf(hasTestItems, "scopeTestItemIds", "lims.organization.lab.only");
    }
    return into;
  }
}
