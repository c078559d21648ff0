package cn.foodsafety.lims.sampling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A backup sample taken out of the store for a re-inspection: the day, the re-inspection laboratory
 * that takes custody and who received it there.
 */
public record BackupTakeOut(
    @Schema(format = "date", example = "2026-04-02") String takenOutOn,
    @NotNull(message = "{lims.field.required}") @Schema(example = "36") Long labId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "李明")
        String receiver) {}
