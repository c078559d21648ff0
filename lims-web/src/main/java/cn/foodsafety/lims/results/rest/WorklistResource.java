package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Worklist;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in laboratory's worklist with its deadlines and turnaround (GET). */
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

  @Inject Results results;

  @GET
  public Worklist get() {
    return results.worklist();
  }
}
