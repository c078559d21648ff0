package cn.foodsafety.lims.disposal.rest;

import cn.foodsafety.lims.disposal.boundary.AlertSummary;
import cn.foodsafety.lims.disposal.boundary.Alerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /alerts: the caller's alerts from the last deadline sweep, with counts per kind. */
@Tag(name = "disposal")
@ApplicationScoped
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  @Inject Alerts alerts;

  @Operation(
      operationId = "listMyAlerts",
      summary = "The signed-in user's alerts from the last deadline sweep")
  @GET
  public AlertSummary mine() {
    return alerts.mine();
  }
}
