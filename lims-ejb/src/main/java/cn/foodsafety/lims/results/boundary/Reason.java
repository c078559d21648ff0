package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: a rejection, an amendment, an item dropped. */
public record Reason(
    @NotBlank(message = "{lims.field.required}") @Size(max = 500, message = "{lims.field.tooLong}")
        String reason) {}
