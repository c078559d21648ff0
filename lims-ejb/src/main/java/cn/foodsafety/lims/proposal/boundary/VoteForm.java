package cn.foodsafety.lims.proposal.boundary;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vote for a proposal, with the answer to its challenge. */
@Schema(name = "VoteForm", description = "A vote for a proposal, with the challenge's answer.")
public record VoteForm(
    @NotBlank(message = "{lims.field.required}") String challengeToken,
    @NotBlank(message = "{lims.field.required}") @Schema(example = "7") String challengeAnswer) {}
