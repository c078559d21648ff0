package cn.foodsafety.lims.sampling.boundary;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A planner's assignment: without {@code labId} the proposed laboratory is taken; with one it is an
 * override, which needs a {@code reason} and must still respect accreditation and the separation of
 * sampling and testing.
 */
public record Assignment(
    Long labId,
    @Size(max = 500, message = "{lims.field.tooLong}") @Schema(example = "原定检验机构本周检测能力已满")
        String reason) {}
