package cn.foodsafety.lims.sampling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A backup sample disposed of after its retention: the day, how, and the witness. */
public record BackupDisposal(
    @Schema(format = "date", example = "2026-07-01") String disposedOn,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "高温灭活后按医疗废弃物处理")
        String how,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "王芳")
        String witness) {}
