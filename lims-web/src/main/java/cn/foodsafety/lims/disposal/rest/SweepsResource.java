package cn.foodsafety.lims.disposal.rest;

import cn.foodsafety.lims.disposal.boundary.DeadlineSweep;
import cn.foodsafety.lims.disposal.boundary.SweepData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The deadline sweep: POST /sweeps runs it now (administrators; the timer runs it daily at 01:05
 * Beijing time) and answers what it changed; GET /sweeps?limit= lists the latest runs.
 */
@Tag(name = "disposal")
@ApplicationScoped
@Path("sweeps")
@Produces(MediaType.APPLICATION_JSON)
public class SweepsResource {

  @Inject DeadlineSweep sweep;

  @Operation(
      operationId = "runDeadlineSweep",
      summary = "Run the deadline sweep now (administrators)")
  @POST
  public SweepData run() {
    return sweep.runNow();
  }

  @Operation(operationId = "listDeadlineSweeps", summary = "The latest runs of the deadline sweep")
  @GET
  public List<SweepData> recent(
      @QueryParam("limit")
          @DefaultValue("20")
          @Parameter(description = "How many runs, newest first.")
          int limit) {
    return sweep.recent(limit);
  }
}
