package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.oversight.boundary.AuditForm;
import cn.foodsafety.lims.oversight.boundary.Audits;
import cn.foodsafety.lims.oversight.boundary.ReviewForm;
import cn.foodsafety.lims.oversight.control.AuditData;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.statistics.rest.FigureQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Audit sampling: POST /audits draws a reproducible stratified sample of the records of the period
 * and group of the query (a size larger than the population is a field error); GET /audits/{id} the
 * records, scores and roll-up; PUT /audits/{id}/records/{recordId}/review a reviewer's scores
 * (outside the checklist's range: a field error); GET /audits/{id}/workbook.xlsx; GET
 * /audits/checklist.
 */
@Tag(name = "audits")
@ApplicationScoped
@Path("audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditsResource {

  @Inject Audits audits;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @Operation(operationId = "drawAudit", summary = "Draws an audit of the period's records")
  @APIResponse(
      responseCode = "201",
      description = "The audit drawn, with its records.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = AuditData.class)))
  @FigureQuery
  @OversightKind
  @POST
  public Response draw(AuditForm form) {
    AuditData a =
        audits.draw(
            OversightParams.request(uri.getQueryParameters()), form, RequestLocale.of(headers));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build())
        .entity(a)
        .build();
  }

  @Operation(operationId = "getAudit", summary = "An audit with its records, scores and roll-up")
  @GET
  @Path("{id:[0-9]+}")
  public AuditData get(@PathParam("id") long id) {
    return audits.get(id, RequestLocale.of(headers));
  }

  @Operation(
      operationId = "listAuditRecords",
      summary = "The drawn records of an audit, of one stratum: the list behind a roll-up line")
  @Parameter(
      name = "stratum",
      in = ParameterIn.QUERY,
      description = "Only the records of this stratum (the roll-up line's key).",
      schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
  @GET
  @Path("{id:[0-9]+}/records")
  public List<AuditData.Record> records(
      @PathParam("id") long id, @QueryParam("stratum") String stratum) {
    return audits.records(id, stratum, RequestLocale.of(headers));
  }

  @Operation(operationId = "reviewAuditRecord", summary = "A reviewer's scores of a drawn record")
  @PUT
  @Path("{id:[0-9]+}/records/{recordId:[0-9]+}/review")
  public AuditData.Record review(
      @PathParam("id") long id, @PathParam("recordId") long recordId, ReviewForm form) {
    return audits.review(id, recordId, form, RequestLocale.of(headers));
  }

  @Operation(operationId = "getAuditChecklist", summary = "The checklist records are scored on")
  @GET
  @Path("checklist")
  public List<AuditData.Item> checklist() {
    return audits.checklist(RequestLocale.of(headers));
  }

  @Operation(operationId = "getAuditWorkbook", summary = "The audit as a workbook for the province")
  @GET
  @Path("{id:[0-9]+}/workbook.xlsx")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_JSON
  })
  public Response workbook(@PathParam("id") long id) {
    return Response.ok(
            audits.workbook(id, RequestLocale.of(headers)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"audit-" + id + ".xlsx\"")
        .build();
  }
}
