package cn.foodsafety.lims.proposal.rest;

import cn.foodsafety.lims.proposal.boundary.ChallengeData;
import cn.foodsafety.lims.proposal.boundary.ProposalData;
import cn.foodsafety.lims.proposal.boundary.ProposalForm;
import cn.foodsafety.lims.proposal.boundary.Proposals;
import cn.foodsafety.lims.proposal.boundary.VoteForm;
import cn.foodsafety.lims.security.web.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "你点我检" for the public, without sign-in: GET /public/proposals (open and accepted proposals with
 * their results), GET /public/proposals/challenge (a small sum to answer), POST /public/proposals
 * (a proposal) and POST /public/proposals/{id}/votes (a vote). Each address has its limits
 * (settings); every proposal and vote answers a fresh challenge.
 */
@Tag(name = "proposal")
@SecurityRequirements({})
@ApplicationScoped
@Path("public/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicProposalsResource {

  @Inject Proposals proposals;

  @Inject ClientAddresses addresses;

  @Context HttpServletRequest request;

  @Operation(
      operationId = "listPublicProposals",
      summary = "Residents' proposals (你点我检), no sign-in")
  @GET
  public List<ProposalData> list() {
    return proposals.publicList();
  }

  @Operation(
      operationId = "getProposalChallenge",
      summary = "A challenge to answer before proposing or voting")
  @GET
  @Path("challenge")
  public ChallengeData challenge() {
    return proposals.challenge();
  }

  @Operation(
      operationId = "createProposal",
      summary = "Propose a food or a place to test, no sign-in")
  @APIResponse(
      responseCode = "201",
      description = "The proposal recorded.",
      content = @Content(schema = @Schema(implementation = ProposalData.class)))
  @POST
  public Response propose(ProposalForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(proposals.propose(form, addresses.of(request)))
        .build();
  }

  @Operation(operationId = "voteForProposal", summary = "Vote for a proposal, no sign-in")
  @POST
  @Path("{id:[0-9]+}/votes")
  public ProposalData vote(@PathParam("id") long id, VoteForm form) {
    return proposals.vote(id, form, addresses.of(request));
  }
}
