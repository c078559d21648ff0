package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why: a rejection, an amendment, an item dropped. */
public record Reason(
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 500, message = "{lims.field.tooLong}")
        @Schema(example = "原始记录与仪器数据不一致")
        String reason) {}
