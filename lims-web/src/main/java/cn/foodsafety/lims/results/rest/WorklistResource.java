package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Worklist;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The signed-in laboratory's worklist, paged like every list ({@code page}, {@code size}, {@code
 * sort}, {@code q}; {@code overdue=true} for what is late): GET (received samples to report on,
 * sorted by report due date unless asked otherwise), GET /conclusions (approved conclusions still
 * to report to the regulator, soonest due first), GET /summary (overdue counts and turnaround).
 */
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

  @Inject Results results;

  @GET
  public Page<Worklist.Entry> samples(@BeanParam ListParams params) {
    return results.worklist(params.query());
  }

  @GET
  @Path("conclusions")
  public Page<Worklist.Entry> conclusions(@BeanParam ListParams params) {
    return results.conclusionsDue(params.query());
  }

  @GET
  @Path("summary")
  public Worklist.Summary summary() {
    return results.worklistSummary();
  }
}
