package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.statistics.boundary.ExportData;
import cn.foodsafety.lims.statistics.boundary.Exports;
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

/**
 * The provincial workbook as a background export: POST /stats/exports?year=..&asOf=.. (the same
 * period and group parameters as the figures) answers 202 with the job (or the caller's job still
 * running); GET /stats/exports lists the caller's jobs, GET /stats/exports/{id} one with its
 * progress, GET /stats/exports/{id}/file the workbook once it is ready (409 before).
 */
@Path("stats/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Exports exports;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @POST
  public Response request() {
    ExportData job =
        exports.requestWorkbook(
            StatsParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
    return Response.accepted(job)
        .location(uri.getBaseUriBuilder().path("stats/exports/{id}").build(job.id()))
        .build();
  }

  @GET
  public List<ExportData> mine() {
    return exports.mine();
  }

  @GET
  @Path("{id:[0-9]+}")
  public ExportData get(@PathParam("id") long id) {
    return exports.get(id);
  }

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
