package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A test item the laboratory adds to a sample, with the reason. */
public record ItemAddition(
    @NotNull(message = "{lims.field.required}") Long testItemId,
    @NotBlank(message = "{lims.field.required}") @Size(max = 500, message = "{lims.field.tooLong}")
        String reason) {}
