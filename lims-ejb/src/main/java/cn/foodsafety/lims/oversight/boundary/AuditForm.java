package cn.foodsafety.lims.oversight.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An audit to draw: its title, how many records, stratified by unit, team or lab (default unit),
 * and the seed (a random one when none is given; give the same seed to repeat a draw).
 */
public record AuditForm(
    @NotBlank(message = "{lims.field.required}") @Size(max = 200, message = "{lims.field.tooLong}")
        String title,
    @NotNull(message = "{lims.field.required}") Integer size,
    String stratifiedBy,
    Long seed) {}
