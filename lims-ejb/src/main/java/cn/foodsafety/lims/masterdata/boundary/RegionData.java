package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.UnitType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region as the API and the pages show and submit it. On create and update the server ignores
 * {@code id}, {@code parentName}, {@code parentNameEn} and {@code active}; an update must carry the
 * {@code version} it was based on.
 */
public record RegionData(
    Long id,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 12, message = "{lims.field.tooLong}")
        @Schema(example = "410105")
        String code,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "金水区")
        String name,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "Jinshui District")
        String nameEn,
    @NotNull(message = "{lims.field.required}") RegionKind kind,
    UnitType unitType,
    Long parentId,
    String parentName,
    String parentNameEn,
    @NotNull(message = "{lims.field.required}")
        @Positive(message = "{lims.region.residents.positive}")
        Long residents,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 300, message = "{lims.field.tooLong}")
        @Schema(example = "第七次全国人口普查（2020年11月1日零时）")
        String residentsBasis,
    @NotNull(message = "{lims.field.required}")
        @Min(value = 1949, message = "{lims.field.min}")
        @Max(value = 2100, message = "{lims.field.max}")
        Integer residentsYear,
    Boolean active,
    Long version)
    implements Bilingual {

  public static RegionData of(Region r) {
    Region p = r.getParent();
    return new RegionData(
        r.getId(),
        r.getCode(),
        r.getName(),
        r.getNameEn(),
        r.getKind(),
        r.getUnitType(),
        p == null ? null : p.getId(),
        p == null ? null : p.getName(),
        p == null ? null : p.getNameEn(),
        r.getResidents(),
        r.getResidentsBasis(),
        r.getResidentsYear(),
        r.isActive(),
        r.getVersion());
  }
}
