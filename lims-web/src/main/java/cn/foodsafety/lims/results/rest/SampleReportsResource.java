package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.Results;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A sample's issued test reports: GET (every version, oldest first) and GET /{version} (the PDF
 * byte for byte as issued, with its SHA-256 in the {@code Digest} header).
 */
@Path("samples/{id:[0-9]+}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class SampleReportsResource {

  static final String PDF = "application/pdf";

  @Inject Results results;

  @PathParam("id")
  long id;

  @GET
  public List<ReportData> list() {
    return results.reports(id);
  }

  @GET
  @Path("{version:[0-9]+}")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("version") int version) {
    Results.ReportFile file = results.report(id, version);
    return Response.ok(file.content(), PDF)
        .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
        .header("X-Content-SHA256", file.sha256())
        .build();
  }
}
