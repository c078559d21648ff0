package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.ComparisonMethod;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A test item with its limit as the API and the pages show and submit it. On create and update the
 * server ignores {@code id}, {@code categoryNames} and {@code active}; an update must carry the
 * {@code version} it was based on. The operator, the values and the unit are checked together by
 * {@link cn.foodsafety.lims.masterdata.control.LimitRules}; a missing {@code comparison} is the
 * full-value method, a missing {@code microbiological} or {@code seriousHazard} false; a serious
 * hazard needs its {@code seriousHazardReason}.
 */
public record TestItemData(
    Long id,
    @NotBlank(message = "{lims.field.required}") @Size(max = 30, message = "{lims.field.tooLong}")
        String code,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "毒死蜱")
        String analyte,
    @Size(max = 200, message = "{lims.field.tooLong}") @Schema(example = "Chlorpyrifos")
        String analyteEn,
    @Size(max = 200, message = "{lims.field.tooLong}") String methodStandard,
    @Size(max = 20, message = "{lims.field.tooLong}") @Schema(example = "mg/kg") String unit,
    LimitOperator limitOperator,
    BigDecimal limitValue,
    BigDecimal limitUpper,
    BigDecimal lod,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "GB 2763")
        String limitStandard,
    @Size(max = 20, message = "{lims.field.tooLong}") String standardEdition,
    ComparisonMethod comparison,
    Boolean microbiological,
    @Schema(description = "An illegal addition or banned substance (reported within 24 hours)")
        Boolean seriousHazard,
    @Size(max = 500, message = "{lims.field.tooLong}") @Schema(example = "非食用物质（农业农村部公告第250号）")
        String seriousHazardReason,
    Set<Long> categoryIds,
    List<String> categoryNames,
    Boolean active,
    Long version) {

  public static TestItemData of(TestItem t) {
    List<FoodCategory> categories =
        t.getCategories().stream().sorted(Comparator.comparing(FoodCategory::getCode)).toList();
    return new TestItemData(
        t.getId(),
        t.getCode(),
        t.getAnalyte(),
        t.getAnalyteEn(),
        t.getMethodStandard(),
        t.getUnit(),
        t.getLimit().operator(),
        t.getLimit().value(),
        t.getLimit().upper(),
        t.getLod(),
        t.getLimit().standard(),
        t.getLimit().edition(),
        t.getLimit().comparison(),
        t.isMicrobiological(),
        t.isSeriousHazard(),
        t.getSeriousHazardReason(),
        categories.stream().map(FoodCategory::getId).collect(Collectors.toCollection(TreeSet::new)),
        categories.stream().map(FoodCategory::getName).toList(),
        t.isActive(),
        t.getVersion());
  }
}
