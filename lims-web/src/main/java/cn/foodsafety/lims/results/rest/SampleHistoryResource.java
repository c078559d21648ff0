package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.results.boundary.HistoryLine;
import cn.foodsafety.lims.results.boundary.Results;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The audit history of a sample, its lab work, items and reports (GET only: the trail is
 * append-only and no call changes or deletes it).
 */
@Path("samples/{id:[0-9]+}/history")
@Produces(MediaType.APPLICATION_JSON)
public class SampleHistoryResource {

  @Inject Results results;

  @GET
  public List<HistoryLine> get(@PathParam("id") long id) {
    return results.history(id);
  }
}
