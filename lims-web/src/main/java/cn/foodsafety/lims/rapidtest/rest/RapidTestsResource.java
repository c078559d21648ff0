package cn.foodsafety.lims.rapidtest.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.rapidtest.boundary.MarketFigures;
import cn.foodsafety.lims.rapidtest.boundary.RapidFigures;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestData;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestForm;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestImports;
import cn.foodsafety.lims.rapidtest.boundary.RapidTests;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rapid tests: GET /rapid-tests?market=&amp;date= (a day's tests), GET /rapid-tests/{id}, POST
 * /rapid-tests (one test; a positive holds the batch and creates its confirmation task), POST
 * /rapid-tests/imports (a device's CSV file, all or nothing), GET
 * /rapid-tests/figures?from=&amp;to=.
 */
@Tag(name = "rapidtest")
@ApplicationScoped
@Path("rapid-tests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RapidTestsResource {

  @Inject RapidTests tests;

  @Inject RapidTestImports imports;

  @Inject MarketFigures marketFigures;

  @Context UriInfo uri;

  /** What an import wrote. */
  @Schema(name = "RapidTestImport", description = "The tests a device's file recorded.")
  public record ImportAnswer(int tests, int positives, List<RapidTestData> recorded) {}

  @Operation(operationId = "listRapidTests", summary = "A day's rapid tests, latest first")
  @GET
  public List<RapidTestData> list(
      @QueryParam("market")
          @Parameter(
              description = "Only this market (id).",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String market,
      @QueryParam("date")
          @Parameter(
              description = "The day (default today, China time).",
              schema = @Schema(format = "date"))
          String date) {
    return tests.list(id("market", market), date("date", date));
  }

  @Operation(operationId = "getRapidTest", summary = "Read a rapid test")
  @GET
  @Path("{id:[0-9]+}")
  public RapidTestData get(@PathParam("id") long id) {
    return tests.get(id);
  }

  @Operation(
      operationId = "recordRapidTest",
      summary = "Record a rapid test (快检); a positive holds the batch and creates its confirmation")
  @APIResponse(
      responseCode = "201",
      description = "The test recorded.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = RapidTestData.class)))
  @POST
  public Response record(RapidTestForm form) {
    RapidTestData created = tests.record(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(
      operationId = "importRapidTests",
      summary = "Import a rapid-test device's CSV file (nothing written while a row is wrong)")
  @RequestBody(
      required = true,
      description = "The file: CSV in UTF-8, column names in the first row.",
      content = {
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @POST
  @Path("imports")
  @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
  public ImportAnswer importFile(byte[] content) {
    RapidTestImports.ImportOutcome o = imports.importFile(content);
    return new ImportAnswer(o.tests(), o.positives(), o.recorded());
  }

  @Operation(
      operationId = "getRapidFigures",
      summary = "Rapid-test figures per market and day: positive rate, confirmations, outcome")
  @GET
  @Path("figures")
  public RapidFigures figures(
      @QueryParam("from")
          @Parameter(
              description = "First day (default 30 days back).",
              schema = @Schema(format = "date"))
          String from,
      @QueryParam("to")
          @Parameter(description = "Last day (default today).", schema = @Schema(format = "date"))
          String to) {
    return marketFigures.figures(date("from", from), date("to", to));
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "lims.field.date", text);
    }
  }

  private static Long id(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(field, "lims.field.number");
    }
  }
}
