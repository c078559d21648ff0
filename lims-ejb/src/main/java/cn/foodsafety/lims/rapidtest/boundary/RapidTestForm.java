package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rapid test as the tester enters it (POST /rapid-tests). {@code kitCode} names a kit of the
 * master data (the item and method come from it); {@code testedAt} is ISO date and time (China time
 * without an offset). {@code retestOf} may not be given: a retest is never a rapid method, it is
 * the laboratory confirmation that a positive creates.
 */
@Schema(name = "RapidTestForm", description = "A rapid test as the tester enters it.")
public record RapidTestForm(
    @NotNull(message = "{lims.field.required}") @Schema(example = "51") Long marketId,
    Long pointId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "A区12号")
        String stall,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "王建国")
        String operatorName,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "韭菜")
        String foodName,
    @NotNull(message = "{lims.field.required}") @Schema(example = "113") Long categoryId,
    @NotBlank(message = "{lims.field.required}") @Schema(example = "KJ-OP") String kitCode,
    @NotNull(message = "{lims.field.required}") RapidResult result,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "李检测")
        String tester,
    @Schema(format = "date-time", example = "2026-03-02T09:30:00+08:00") String testedAt,
    @Schema(description = "Never allowed: the retest of a rapid test is a laboratory sample.")
        Long retestOf) {}
