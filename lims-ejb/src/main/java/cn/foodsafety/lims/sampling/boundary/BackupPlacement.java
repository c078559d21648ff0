package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.BackupCondition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The backup sample as the laboratory puts it into its store at receipt (POST /backup-samples): the
 * sample, the store and shelf, the quantity (decimal text) and unit, the condition, and the end of
 * the food's shelf life when the label gives one (ISO date; it can end the retention earlier).
 */
public record BackupPlacement(
    @NotNull(message = "{lims.field.required}") @Schema(example = "1201") Long sampleId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "留样室 2（冷藏）")
        String store,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 50, message = "{lims.field.tooLong}")
        @Schema(example = "B-03")
        String shelf,
    @Schema(format = "decimal", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "1.0")
        String quantity,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 20, message = "{lims.field.tooLong}")
        @Schema(example = "千克")
        String quantityUnit,
    @NotNull(message = "{lims.field.required}") BackupCondition condition,
    @Schema(format = "date", example = "2026-03-20") String shelfLifeEnd) {}
