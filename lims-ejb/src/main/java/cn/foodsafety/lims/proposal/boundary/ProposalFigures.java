package cn.foodsafety.lims.proposal.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "你点我检" in figures: proposals, votes, accepted, declined, sampled, results published. */
@Schema(name = "ProposalFigures", description = "Proposals, votes, sampled and published results.")
public record ProposalFigures(
    long proposals,
    long votes,
    long accepted,
    long declined,
    @Schema(description = "Accepted proposals with at least one sample taken.") long sampled,
    @Schema(description = "Samples taken for proposals.") long samples,
    @Schema(description = "Published results answering proposals.") long results) {}
