package cn.foodsafety.lims.disclosure.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a published result is taken off the public page. */
public record Withdrawal(
    @NotBlank(message = "{lims.field.required}") @Size(max = 500, message = "{lims.field.tooLong}")
        String reason) {}
