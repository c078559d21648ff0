package cn.foodsafety.lims.disposal.rest;

import cn.foodsafety.lims.disposal.boundary.InvestigationData;
import cn.foodsafety.lims.disposal.boundary.InvestigationStepInput;
import cn.foodsafety.lims.disposal.boundary.ProducerInvestigations;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The producer's regulator's investigation tasks (产品溯源/生产环节核查): GET /investigations (paged; filters
 * state, open=true, mine=true; sort deadline, openedOn, taskNumber, state), GET
 * /investigations/{id}, POST /investigations/{id}/steps {step, date, note}.
 */
@Tag(name = "disposal")
@ApplicationScoped
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvestigationsResource {

  @Inject ProducerInvestigations investigations;

  @Operation(
      operationId = "listInvestigations",
      summary = "List the producer investigation tasks the caller may see")
  @GET
  public Page<InvestigationData> list(@BeanParam ListParams params) {
    return investigations.list(params.query());
  }

  @Operation(operationId = "getInvestigation", summary = "Read a producer investigation task")
  @GET
  @Path("{id:[0-9]+}")
  public InvestigationData get(@PathParam("id") long id) {
    return investigations.get(id);
  }

  @Operation(
      operationId = "recordInvestigationStep",
      summary = "Record the next step of a producer investigation task (in order)")
  @POST
  @Path("{id:[0-9]+}/steps")
  public InvestigationData step(@PathParam("id") long id, InvestigationStepInput input) {
    return investigations.recordStep(id, input);
  }
}
