package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.entity.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A record check as an administrator writes it; {@code version} when changing one. The condition is
 * checked by {@code CheckCondition} (unknown field, malformed: a field error).
 */
public record RuleForm(
    @NotBlank(message = "{lims.field.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}", message = "{lims.check.code.format}")
        String code,
    @NotBlank(message = "{lims.field.required}") @Size(max = 300, message = "{lims.field.tooLong}")
        String messageZh,
    @NotBlank(message = "{lims.field.required}") @Size(max = 300, message = "{lims.field.tooLong}")
        String messageEn,
    @NotNull(message = "{lims.field.required}") Severity severity,
    @NotBlank(message = "{lims.field.required}") @Size(max = 1000, message = "{lims.field.tooLong}")
        String condition,
    Boolean active,
    Long version) {}
