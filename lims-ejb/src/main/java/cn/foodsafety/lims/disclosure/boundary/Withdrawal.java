package cn.foodsafety.lims.disclosure.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a published result is taken off the public page. */
public record Withdrawal(
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 500, message = "{lims.field.tooLong}")
        @Schema(example = "复检结论推翻原检验结论")
        String reason) {}
