package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.results.boundary.Worklist;
import cn.foodsafety.lims.results.boundary.Worklists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in laboratory's worklist, paged like every list ({@code page}, {@code size}, {@code
 * sort}, {@code q}; {@code overdue=true} for what is late): GET (received samples to report on,
 * sorted by report due date unless asked otherwise), GET /conclusions (approved conclusions still
 * to report to the regulator, soonest due first), GET /summary (overdue counts and turnaround).
 */
@Tag(name = "results")
@ApplicationScoped
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

  @Inject Worklists worklists;

  @Operation(
      operationId = "listWorklist",
      summary = "The lab's worklist (检验工作台): received samples, most urgent first")
  @GET
  public Page<Worklist.Entry> samples(@BeanParam ListParams params) {
    return worklists.worklist(params.query());
  }

  @Operation(
      operationId = "listConclusionsDue",
      summary = "Approved conclusions still to report to the regulator")
  @GET
  @Path("conclusions")
  public Page<Worklist.Entry> conclusions(@BeanParam ListParams params) {
    return worklists.conclusionsDue(params.query());
  }

  @Operation(
      operationId = "getWorklistSummary",
      summary = "The lab's overdue counts and turnaround")
  @GET
  @Path("summary")
  public Worklist.Summary summary() {
    return worklists.worklistSummary();
  }
}
