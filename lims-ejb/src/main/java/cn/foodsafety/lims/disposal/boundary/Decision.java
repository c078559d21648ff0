package cn.foodsafety.lims.disposal.boundary;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supervisor's note on approving or rejecting an extension (required for a rejection). */
public record Decision(
    @Size(max = 1000, message = "{lims.field.tooLong}") @Schema(example = "同意延期") String note) {}
