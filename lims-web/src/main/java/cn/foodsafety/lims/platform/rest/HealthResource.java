package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.boundary.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application's own health answer (open, no sign-in): it exists only once the EAR has deployed
 * and migrated, which is what the run script waits for. The server's MicroProfile endpoint /health
 * includes {@link DatabaseHealth} too.
 */
@Tag(name = "platform")
@SecurityRequirements({})
@ApplicationScoped
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject DatabaseMigration migration;

  @Inject @org.eclipse.microprofile.health.Readiness DatabaseHealth database;

  /** UP or DOWN, with the schema version. */
  public record Health(String status, String schemaVersion) {}

  @Operation(
      operationId = "getHealth",
      summary = "The application's health and schema version, no sign-in")
  @GET
  public Health health() {
    boolean up =
        database.call().getStatus()
            == org.eclipse.microprofile.health.HealthCheckResponse.Status.UP;
    return new Health(up ? "UP" : "DOWN", migration.schemaVersion());
  }
}
