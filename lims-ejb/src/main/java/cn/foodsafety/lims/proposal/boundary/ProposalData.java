package cn.foodsafety.lims.proposal.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.proposal.entity.ProposalKind;
import cn.foodsafety.lims.proposal.entity.ProposalState;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal with its votes and what came of it: for an accepted one the campaign, the unit and
 * category it is sampled in (with their English names, where they have one), the samples taken and,
 * once published, the results (public ids of the disclosure feed). The planner's view adds the
 * review; the public view leaves out nothing internal beyond that (no author, no sample numbers).
 */
@Schema(name = "Proposal", description = "A proposal with its votes, review, samples and results.")
public record ProposalData(
    long id,
    ProposalKind kind,
    String subject,
    String place,
    String reason,
    ProposalState state,
    int votes,
    OffsetDateTime createdAt,
    Long campaignId,
    String campaignName,
    String regionName,
    String categoryName,
    String reviewNote,
    int sampled,
    List<Result> results,
    String regionNameEn,
    String categoryNameEn) {

  /** A published result that answers the proposal. */
  @Schema(name = "ProposalResult", description = "A published result answering a proposal.")
  public record Result(
      @Schema(description = "Its id in the public results feed.") String publicId,
      String product,
      @Schema(description = "CONFORMING or NON_CONFORMING.") String verdict) {

    /** Whether the result is non-conforming. */
    public boolean failing() {
      return Verdict.failing(verdict);
    }
  }
}
