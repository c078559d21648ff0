package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A food category as the API and the pages show and submit it. On create and update the server
 * ignores {@code id}, {@code parentName}, {@code depth} (it follows from the parent) and {@code
 * active}; an update must carry the {@code version} it was based on. A missing {@code keyCategory}
 * is false, a missing {@code sortOrder} 0.
 */
public record FoodCategoryData(
    Long id,
    @NotBlank(message = "{lims.field.required}") @Size(max = 30, message = "{lims.field.tooLong}")
        String code,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "芹菜")
        String name,
    @Size(max = 150, message = "{lims.field.tooLong}") @Schema(example = "Celery") String nameEn,
    Long parentId,
    String parentName,
    Integer depth,
    Boolean keyCategory,
    Integer sortOrder,
    Boolean active,
    Long version)
    implements Bilingual {

  public static FoodCategoryData of(FoodCategory c) {
    FoodCategory p = c.getParent();
    return new FoodCategoryData(
        c.getId(),
        c.getCode(),
        c.getName(),
        c.getNameEn(),
        p == null ? null : p.getId(),
        p == null ? null : p.getName(),
        c.getDepth(),
        c.isKeyCategory(),
        c.getSortOrder(),
        c.isActive(),
        c.getVersion());
  }
}
