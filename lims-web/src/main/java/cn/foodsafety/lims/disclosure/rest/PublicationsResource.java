package cn.foodsafety.lims.disclosure.rest;

import cn.foodsafety.lims.disclosure.boundary.PublicationRow;
import cn.foodsafety.lims.disclosure.boundary.Publications;
import cn.foodsafety.lims.disclosure.boundary.PublishRequest;
import cn.foodsafety.lims.disclosure.boundary.Withdrawal;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Publishing results (supervisors): GET /publications (approved samples of the caller's region with
 * their publication state; filters conclusion, published=true|false, category (code), level, from,
 * to, q), POST /publications {sampleIds:[...]} publishes them all or none, POST
 * /publications/{sampleId}/withdrawal {reason} takes a sample's result off the public page.
 */
@Tag(name = "disclosure")
@ApplicationScoped
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationsResource {

  @Inject Publications publications;

  @Operation(
      operationId = "listPublications",
      summary = "Approved samples of the region with their publication state")
  @GET
  public Page<PublicationRow> list(@BeanParam ListParams params) {
    return publications.list(params.query());
  }

  @Operation(operationId = "publishResults", summary = "Publish results (all or none)")
  @POST
  public List<PublicationRow> publish(PublishRequest request) {
    return publications.publish(request);
  }

  @Operation(
      operationId = "withdrawPublication",
      summary = "Take a sample's result off the public page, with a reason")
  @POST
  @Path("{sampleId:[0-9]+}/withdrawal")
  public PublicationRow withdraw(@PathParam("sampleId") long sampleId, Withdrawal withdrawal) {
    return publications.withdraw(sampleId, withdrawal);
  }
}
