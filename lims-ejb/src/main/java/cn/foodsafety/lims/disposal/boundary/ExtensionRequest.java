package cn.foodsafety.lims.disposal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** More time for a case: why, and until when (later than the deadline that counts now). */
public record ExtensionRequest(
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 1000, message = "{lims.field.tooLong}")
        @Schema(example = "涉案产品需跨省协查")
        String reason,
    @NotNull(message = "{lims.field.required}") LocalDate newDeadline) {}
