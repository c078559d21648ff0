package cn.foodsafety.lims.sampling.rest;

import cn.foodsafety.lims.sampling.boundary.BackupData;
import cn.foodsafety.lims.sampling.boundary.BackupDisposal;
import cn.foodsafety.lims.sampling.boundary.BackupPlacement;
import cn.foodsafety.lims.sampling.boundary.BackupSamples;
import cn.foodsafety.lims.sampling.boundary.BackupTakeOut;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The laboratory's store of backup samples (留样, Art. 25): POST /backup-samples records a received
 * sample's backup (store, shelf, quantity, condition); GET /backup-samples?view= lists what is
 * held, due for disposal this week, overdue, taken out or disposed; POST
 * /backup-samples/{id}/take-out hands it to a re-inspection laboratory; POST
 * /backup-samples/{id}/disposal records its disposal (how, witness).
 */
@Tag(name = "sampling")
@ApplicationScoped
@Path("backup-samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BackupSamplesResource {

  @Inject BackupSamples backups;

  @Context UriInfo uri;

  @Operation(operationId = "recordBackupSample", summary = "Put a sample's backup into the store")
  @APIResponse(
      responseCode = "201",
      description = "The backup sample, recorded.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = BackupData.class)))
  @POST
  public Response record(BackupPlacement placement) {
    BackupData created = backups.record(placement);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "listBackupSamples", summary = "The store's backup samples in one view")
  @GET
  public List<BackupData> list(
      @QueryParam("view")
          @Parameter(
              description = "held (default), due-this-week, overdue, taken-out or disposed",
              schema =
                  @Schema(
                      enumeration = {"held", "due-this-week", "overdue", "taken-out", "disposed"}))
          String view) {
    return backups.list(view);
  }

  @Operation(operationId = "getBackupSample", summary = "Read a backup sample")
  @GET
  @Path("{id:[0-9]+}")
  public BackupData get(@PathParam("id") long id) {
    return backups.get(id);
  }

  @Operation(
      operationId = "takeOutBackupSample",
      summary = "Take a backup sample out for a re-inspection (custody to the re-inspection lab)")
  @POST
  @Path("{id:[0-9]+}/take-out")
  public BackupData takeOut(@PathParam("id") long id, BackupTakeOut takeOut) {
    return backups.takeOut(id, takeOut);
  }

  @Operation(
      operationId = "disposeBackupSample",
      summary = "Record the disposal of a backup sample after its retention")
  @POST
  @Path("{id:[0-9]+}/disposal")
  public BackupData dispose(@PathParam("id") long id, BackupDisposal disposal) {
    return backups.dispose(id, disposal);
  }
}
