package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.results.boundary.ImportResult;
import cn.foodsafety.lims.results.boundary.ResultImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports a result file (CSV or XLSX, the file itself as the request body; {@code fileName} says
 * its name). Without {@code commit=true} it is a preview: the whole file is checked and every
 * problem answered (row, column, reason), nothing written. With {@code commit=true} a clean file is
 * written at once; a file with problems is refused (400, one error per problem) and nothing is
 * written.
 */
@Tag(name = "results")
@ApplicationScoped
@Path("results/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ResultImportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ResultImports resultImports;

  @Context HttpHeaders headers;

  /** The answer: the counts and each problem with its message in the caller's language. */
  public record ImportAnswer(
      int rows, int samples, boolean clean, boolean committed, List<Problem> problems) {}

  /** A problem: row (1 = the header), column, message, and the cell's content as written. */
  @Schema(name = "ImportProblem")
  public record Problem(
      @Schema(example = "3") int row,
      @Schema(example = "value") String column,
      @Schema(example = "不是有效的数值") String message,
      @Schema(example = "0.0x2", description = "The cell as written (absent when no one cell).")
          String value) {}

  @Operation(
      operationId = "importResults",
      summary = "Import a CSV or XLSX result file: preview, or commit a clean file")
  @RequestBody(
      required = true,
      description = "The file itself: CSV (UTF-8) or XLSX.",
      content = {
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @POST
  @Consumes(MediaType.WILDCARD)
  public ImportAnswer post(
      byte[] content,
      @QueryParam("fileName")
          @DefaultValue("results.csv")
          @Parameter(
              description = "The file's name: .csv or .xlsx says how to read it.",
              example = "results-2026-03.xlsx")
          String fileName,
      @QueryParam("commit")
          @DefaultValue("false")
          @Parameter(description = "false: preview only; true: write a clean file.")
          boolean commit) {
    ImportResult r =
        resultImports.importFile(content == null ? new byte[0] : content, fileName, commit);
    Locale locale = RequestLocale.of(headers);
    return new ImportAnswer(
        r.rows(),
        r.samples(),
        r.clean(),
        r.committed(),
        r.problems().stream()
            .map(
                p ->
                    new Problem(
                        p.row(),
                        p.column(),
                        Messages.text(locale, p.key(), p.args().toArray()),
                        p.value()))
            .toList());
  }
}
