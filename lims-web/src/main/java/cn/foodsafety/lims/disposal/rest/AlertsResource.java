package cn.foodsafety.lims.disposal.rest;

import cn.foodsafety.lims.disposal.boundary.AlertSummary;
import cn.foodsafety.lims.disposal.boundary.Alerts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /alerts: the caller's alerts from the last deadline sweep, with counts per kind. */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  @Inject Alerts alerts;

  @GET
  public AlertSummary mine() {
    return alerts.mine();
  }
}
