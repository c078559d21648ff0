package cn.foodsafety.lims.proposal.rest;

import cn.foodsafety.lims.proposal.boundary.CampaignRequest;
import cn.foodsafety.lims.proposal.boundary.ProposalData;
import cn.foodsafety.lims.proposal.boundary.ProposalFigures;
import cn.foodsafety.lims.proposal.boundary.Proposals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The planner's review of "你点我检": GET /proposals (all, with votes, samples and results), POST
 * /proposals/campaign (chosen proposals into a special campaign with batches), POST
 * /proposals/{id}/decline (with a reason), GET /proposals/figures.
 */
@Tag(name = "proposal")
@ApplicationScoped
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

  @Inject Proposals proposals;

  /** Why a proposal is declined. */
  @Schema(name = "ProposalDecline", description = "Why a proposal is declined.")
  public record Decline(@Schema(example = "已列入本年度常规抽检") String note) {}

  @Operation(operationId = "listProposals", summary = "Residents' proposals for review (你点我检)")
  @GET
  public List<ProposalData> list() {
    return proposals.list();
  }

  @Operation(
      operationId = "acceptProposals",
      summary = "Turn chosen proposals into a special campaign with batches")
  @POST
  @Path("campaign")
  public List<ProposalData> accept(CampaignRequest request) {
    return proposals.accept(request);
  }

  @Operation(operationId = "declineProposal", summary = "Decline a proposal with a reason")
  @POST
  @Path("{id:[0-9]+}/decline")
  public ProposalData decline(@PathParam("id") long id, Decline decline) {
    return proposals.decline(id, decline == null ? null : decline.note());
  }

  @Operation(
      operationId = "getProposalFigures",
      summary = "你点我检 in figures: proposals, votes, sampled, results")
  @GET
  @Path("figures")
  public ProposalFigures figures() {
    return proposals.figures();
  }
}
