package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.statistics.boundary.ExportData;
import cn.foodsafety.lims.statistics.boundary.Exports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provincial workbook as a background export: POST /stats/exports?year=..&asOf=.. (the same
 * period and group parameters as the figures) answers 202 with the job (or the caller's job still
 * running); GET /stats/exports lists the caller's jobs, GET /stats/exports/{id} one with its
 * progress, GET /stats/exports/{id}/file the workbook once it is ready (409 before).
 */
@Tag(name = "statistics")
@ApplicationScoped
@Path("stats/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Exports exports;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @Operation(
      operationId = "requestProvincialWorkbook",
      summary = "Start building the provincial workbook (生成省局报表) in the background")
  @FigureQuery
  @StatsKind
  @APIResponse(
      responseCode = "202",
      description = "The job (the caller's running job, if one is running).",
      headers = @Header(name = "Location", description = "The job's address."),
      content = @Content(schema = @Schema(implementation = ExportData.class)))
  @POST
  public Response request() {
    ExportData job =
        exports.requestWorkbook(
            StatsParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
    return Response.accepted(job)
        .location(uri.getBaseUriBuilder().path("stats/exports/{id}").build(job.id()))
        .build();
  }

  @Operation(operationId = "listMyExports", summary = "The signed-in user's workbook jobs")
  @GET
  public List<ExportData> mine() {
    return exports.mine();
  }

  @Operation(operationId = "getExport", summary = "A workbook job with its progress")
  @GET
  @Path("{id:[0-9]+}")
  public ExportData get(@PathParam("id") long id) {
    return exports.get(id);
  }

  @Operation(operationId = "downloadExport", summary = "The finished workbook")
  @APIResponse(responseCode = "409", description = "The workbook is not ready yet.")
  @GET
  @Path("{id:[0-9]+}/file")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  public Response file(@PathParam("id") long id) {
    Exports.ExportFile f = exports.file(id);
    return Response.ok(f.content(), XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + f.fileName()
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
