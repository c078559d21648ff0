package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A test item the laboratory adds to a sample, with the reason. */
public record ItemAddition(
    @NotNull(message = "{lims.field.required}") Long testItemId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 500, message = "{lims.field.tooLong}")
        @Schema(example = "委托方要求加检")
        String reason) {}
