package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.TestReports;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A sample's issued test reports: GET (every version, oldest first) and GET /{version} (the PDF
 * byte for byte as issued, with its SHA-256 in the {@code Digest} header).
 */
@Tag(name = "results")
@Path("samples/{id:[0-9]+}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class SampleReportsResource {

  static final String PDF = "application/pdf";

  @Inject TestReports testReports;

  @PathParam("id")
  long id;

  @Operation(operationId = "listReports", summary = "A sample's issued test reports, oldest first")
  @GET
  public List<ReportData> list() {
    return testReports.reports(id);
  }

  @Operation(operationId = "getReportPdf", summary = "A test report as issued (PDF, byte for byte)")
  @APIResponse(
      responseCode = "200",
      description = "The report as issued.",
      headers =
          @Header(
              name = "X-Content-SHA256",
              description = "SHA-256 of the PDF, hex, as recorded when it was issued."),
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @GET
  @Path("{version:[0-9]+}")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("version") int version) {
    TestReports.ReportFile file = testReports.report(id, version);
    return Response.ok(file.content(), PDF)
        .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
        .header("X-Content-SHA256", file.sha256())
        .build();
  }
}
