package cn.foodsafety.lims.sampling.rest;

import cn.foodsafety.lims.sampling.boundary.FieldRecordData;
import cn.foodsafety.lims.sampling.boundary.FieldRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the phone's sampling form stored with a sample: GET /samples/{id}/field-record (provisional
 * code, location accuracy, the pictures) and GET /samples/{id}/field-record/pictures/{pictureId} (a
 * photo or the signature, as stored).
 */
@Tag(name = "sampling")
@ApplicationScoped
@Path("samples/{id:[0-9]+}/field-record")
@Produces(MediaType.APPLICATION_JSON)
public class FieldRecordsResource {

  @Inject FieldRecords records;

  @Operation(
      operationId = "getFieldRecord",
      summary = "What the phone's form recorded with a sample (photos, signature, accuracy)")
  @GET
  public FieldRecordData get(@PathParam("id") long id) {
    return records.of(id);
  }

  @Operation(operationId = "getFieldPicture", summary = "A photo or the signature of a sample")
  @GET
  @Path("pictures/{pictureId:[0-9]+}")
  @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  public Response picture(@PathParam("id") long id, @PathParam("pictureId") long pictureId) {
    FieldRecords.PictureFile file = records.picture(id, pictureId);
    return Response.ok(file.content(), file.contentType())
        .header("Cache-Control", "private, max-age=86400")
        .build();
  }
}
