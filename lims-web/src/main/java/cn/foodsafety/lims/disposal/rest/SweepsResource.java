package cn.foodsafety.lims.disposal.rest;

import cn.foodsafety.lims.disposal.boundary.DeadlineSweep;
import cn.foodsafety.lims.disposal.boundary.SweepData;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The deadline sweep: POST /sweeps runs it now (administrators; the timer runs it daily at 01:05
 * Beijing time) and answers what it changed; GET /sweeps?limit= lists the latest runs.
 */
@Path("sweeps")
@Produces(MediaType.APPLICATION_JSON)
public class SweepsResource {

  @Inject DeadlineSweep sweep;

  @POST
  public SweepData run() {
    return sweep.runNow();
  }

  @GET
  public List<SweepData> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
    return sweep.recent(limit);
  }
}
