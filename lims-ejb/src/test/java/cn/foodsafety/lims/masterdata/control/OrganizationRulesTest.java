package cn.foodsafety.lims.masterdata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {

  private static List<FieldError> lab(
      boolean hasParent, String number, Integer capacity, Set<Long> categories) {
    return FieldErrors.of(
        OrganizationRules.check(
            OrganizationKind.LABORATORY,
            hasParent,
            null,
            number,
            capacity,
            categories,
            Set.of(),
            new Violations()));
  }

  private static List<FieldError> plain(
      OrganizationKind kind, boolean hasParent, Department department) {
    return FieldErrors.of(
        OrganizationRules.check(
            kind, hasParent, department, null, null, null, null, new Violations()));
  }

  @Test
  void anAccreditedLaboratoryWithParentCapacityAndScopePasses() {
    assertThat(lab(true, "CNAS L0501", 150, Set.of(33L))).isEmpty();
  }

  @Test
  void aLaboratoryWithoutParentFails() {
    assertThat(lab(false, "CNAS L0501", 150, Set.of(33L)))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("parentId", "lims.organization.parent.required"));
  }

  @Test
  void aSamplingUnitWithoutParentFails() {
    assertThat(plain(OrganizationKind.SAMPLING_UNIT, false, null))
        .extracting(FieldError::key)
        .containsExactly("lims.organization.parent.required");
    assertThat(plain(OrganizationKind.SAMPLING_UNIT, true, null)).isEmpty();
  }

  @Test
  void regulatorsAndInstitutionsNeedNoParent() {
    assertThat(plain(OrganizationKind.REGULATOR, false, Department.AGRICULTURE)).isEmpty();
    assertThat(plain(OrganizationKind.INSTITUTION, false, null)).isEmpty();
  }

  @Test
  void aRegulatorWithoutDepartmentFails() {
    assertThat(plain(OrganizationKind.REGULATOR, false, null))
        .extracting(FieldError::field, FieldError::key)
        .containsExactly(tuple("department", "lims.organization.department.required"));
  }

  @Test
  void aLaboratoryWithoutAccreditationCapacityOrScopeFailsOnEach() {
    assertThat(lab(true, " ", null, Set.of()))
        .extracting(FieldError::field, FieldError::key)
        .containsExactlyInAnyOrder(
            tuple("accreditationNumber", "lims.organization.lab.accreditationRequired"),
            tuple("weeklyCapacity", "lims.organization.lab.capacityRequired"),
            tuple("scopeCategoryIds", "lims.organization.lab.scopeRequired"));
  }

  @Test
  void aLaboratoryWithZeroCapacityFails() {
    assertThat(lab(true, "CNAS L0501", 0, Set.of(33L)))
        .extracting(FieldError::field)
        .containsExactly("weeklyCapacity");
  }

  @Test
  void anInstitutionWithLaboratoryDetailsFailsOnEach() {
    List<FieldError> errors =
        FieldErrors.of(
            OrganizationRules.check(
                OrganizationKind.INSTITUTION,
                false,
                null,
                "CNAS L0501",
                10,
                Set.of(1L),
                Set.of(2L),
                new Violations()));
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "accreditationNumber", "weeklyCapacity", "scopeCategoryIds", "scopeTestItemIds");
    assertThat(errors).extracting(FieldError::key).containsOnly("lims.organization.lab.only");
  }

  @Test
  void anUnknownKindIsLeftToTheRequiredCheck() {
    assertThat(
            FieldErrors.of(
                OrganizationRules.check(
                    null, false, null, "x", 1, Set.of(1L), Set.of(), new Violations())))
        .isEmpty();
  }

  @Test
  void everyOrganizationMessageIsTranslated() {
    assertThat(
            List.of(
                "lims.organization.parent.required",
                "lims.organization.parent.cycle",
                "lims.organization.department.required",
                "lims.organization.lab.accreditationRequired",
                "lims.organization.lab.capacityRequired",
                "lims.organization.lab.scopeRequired",
                "lims.organization.lab.only",
                "lims.organization.kind.fixed"))
        .allMatch(FieldErrors::translated);
  }
}
