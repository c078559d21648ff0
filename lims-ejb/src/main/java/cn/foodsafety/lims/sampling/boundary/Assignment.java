package cn.foodsafety.lims.sampling.boundary;

import jakarta.validation.constraints.Size;

/**
 * A planner's assignment: without {@code labId} the proposed laboratory is taken; with one it is an
 * override, which needs a {@code reason} and must still respect accreditation and the separation of
 * sampling and testing.
 */
public record Assignment(
    Long labId, @Size(max = 500, message = "{lims.field.tooLong}") String reason) {}
