package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.oversight.entity.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A record check as an administrator writes it; {@code version} when changing one; {@code target}
 * the kind of record it reads (default SAMPLE, fixed once created). The condition is checked by
 * {@code CheckCondition} (unknown field, malformed: a field error).
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
    Long version,
    CheckTarget target) {

  /** A rule on samples (the form before rules could read result items and cases). */
  public RuleForm(
      String code,
      String messageZh,
      String messageEn,
      Severity severity,
      String condition,
      Boolean active,
      Long version) {
    this(code, messageZh, messageEn, severity, condition, active, version, null);
  }
}
