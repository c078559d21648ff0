package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.rapidtest.entity.RapidKit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rapid-test kit: the item it screens for and its method. */
@Schema(name = "RapidKit", description = "A rapid-test kit: item and method.")
public record RapidKitData(
    Long id,
    @NotBlank(message = "{lims.field.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{lims.market.code.pattern}")
        @Schema(example = "KJ-OP")
        String code,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "农药残留速测卡")
        String name,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "有机磷和氨基甲酸酯类农药")
        String item,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "酶抑制率法（GB/T 5009.199）")
        String method,
    @Size(max = 200, message = "{lims.field.tooLong}") String maker,
    Boolean active) {

  static RapidKitData of(RapidKit k) {
    return new RapidKitData(
        k.getId(),
        k.getCode(),
        k.getName(),
        k.getItem(),
        k.getMethod(),
        k.getMaker(),
        k.isActive());
  }
}
