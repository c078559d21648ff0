package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.RejectionReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The laboratory's receipt: when ({@code receivedAt}, ISO date-time), and the condition: ACCEPTED,
 * or REJECTED with a reason (and a note when the reason is OTHER).
 */
public record Receipt(
    @Schema(format = "date-time", example = "2026-03-03T10:00:00+08:00") String receivedAt,
    @NotNull(message = "{lims.field.required}") ReceiptCondition condition,
    RejectionReason rejectionReason,
    @Size(max = 500, message = "{lims.field.tooLong}") @Schema(example = "封条完好") String note) {}
