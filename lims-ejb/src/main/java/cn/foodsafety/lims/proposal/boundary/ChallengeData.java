package cn.foodsafety.lims.proposal.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A small sum to answer before proposing or voting (valid a few minutes, once). */
@Schema(
    name = "ProposalChallenge",
    description = "A small sum to answer before proposing or voting.")
public record ChallengeData(
    String token, @Schema(example = "3 + 4 = ?") String question, int validSeconds) {}
