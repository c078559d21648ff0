package cn.foodsafety.lims.oversight.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a finding is accepted as it is. */
public record Acceptance(
    @NotBlank(message = "{lims.field.required}") @Size(max = 500, message = "{lims.field.tooLong}")
        String reason) {}
