package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization as the API and the pages show and submit it. On create and update the server
 * ignores {@code id}, {@code regionName}, {@code parentName}, {@code parentNameEn} and {@code
 * active}; the kind is fixed once created; an update must carry the {@code version} it was based
 * on. Accreditation, capacity and scope belong to laboratories only.
 */
public record OrganizationData(
    Long id,
    @NotBlank(message = "{lims.field.required}") @Size(max = 30, message = "{lims.field.tooLong}")
        String code,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "郑州市农产品质量安全检测中心实验室")
        String name,
    @Size(max = 200, message = "{lims.field.tooLong}") String nameEn,
    @NotNull(message = "{lims.field.required}") OrganizationKind kind,
    Department department,
    @NotNull(message = "{lims.field.required}") Long regionId,
    String regionName,
    Long parentId,
    String parentName,
    @Size(max = 60, message = "{lims.field.tooLong}") String accreditationNumber,
    Integer weeklyCapacity,
    Set<Long> scopeCategoryIds,
    Set<Long> scopeTestItemIds,
    @Size(max = 300, message = "{lims.field.tooLong}") @Schema(example = "河南省郑州市金水区")
        String address,
    @Size(max = 40, message = "{lims.field.tooLong}") String phone,
    Boolean active,
    Long version,
    String parentNameEn)
    implements Bilingual {

  public static OrganizationData of(Organization o) {
    Organization p = o.getParent();
    return new OrganizationData(
        o.getId(),
        o.getCode(),
        o.getName(),
        o.getNameEn(),
        o.getKind(),
        o.getDepartment(),
        o.getRegion().getId(),
        o.getRegion().getName(),
        p == null ? null : p.getId(),
        p == null ? null : p.getName(),
        o.getAccreditationNumber(),
        o.getWeeklyCapacity(),
        o.getScopeCategories().stream()
            .map(FoodCategory::getId)
            .collect(Collectors.toCollection(TreeSet::new)),
        o.getScopeTestItems().stream()
            .map(TestItem::getId)
            .collect(Collectors.toCollection(TreeSet::new)),
        o.getAddress(),
        o.getPhone(),
        o.isActive(),
        o.getVersion(),
        p == null ? null : p.getNameEn());
  }
}
