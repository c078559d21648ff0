package cn.foodsafety.lims.disclosure.rest;

import cn.foodsafety.lims.disclosure.boundary.PublicResult;
import cn.foodsafety.lims.disclosure.boundary.PublishedResults;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public feed of published results, without sign-in: GET /public/results (page, size, sort
 * publishedOn|sampledOn|product, q searches product, brand and producer; filters verdict, kind (of
 * sampling), category (code), from, to) and GET /public/results/{publicId}. Served at
 * /lims/api/public/... and, through {@link PublicFeedServlet}, at /lims/public/results.json.
 */
@Tag(name = "disclosure")
@SecurityRequirements({})
@ApplicationScoped
@Path("public/results")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultsResource {

  @Inject PublishedResults results;

  @Operation(
      operationId = "listPublicResults",
      summary = "The published results (结果公开), no sign-in")
  @GET
  public Page<PublicResult> list(@BeanParam ListParams params) {
    return results.list(params.query());
  }

  @Operation(operationId = "getPublicResult", summary = "One published result, no sign-in")
  @GET
  @Path("{publicId:[0-9a-z]{1,40}}")
  public PublicResult get(
      @PathParam("publicId")
          @Parameter(
              description = "The result's public id (lower-case letters and digits).",
              schema = @Schema(pattern = "^[0-9a-z]{1,40}$"))
          String publicId) {
    return results.get(publicId);
  }
}
