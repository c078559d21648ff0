package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.boundary.DatabaseMigration;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The application's own health answer (open, no sign-in): it exists only once the EAR has deployed
 * and migrated, which is what the run script waits for. The server's MicroProfile endpoint /health
 * includes {@link DatabaseHealth} too.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject DatabaseMigration migration;

  @Inject @org.eclipse.microprofile.health.Readiness DatabaseHealth database;

  /** UP or DOWN, with the schema version. */
  public record Health(String status, String schemaVersion) {}

  @GET
  public Health health() {
    boolean up =
        database.call().getStatus()
            == org.eclipse.microprofile.health.HealthCheckResponse.Status.UP;
    return new Health(up ? "UP" : "DOWN", migration.schemaVersion());
  }
}
