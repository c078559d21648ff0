package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.statistics.boundary.StatisticsFacts;
import cn.foodsafety.lims.statistics.control.Reconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The statistics facts for administrators: POST /stats/facts/reconciliation?from=&to= recomputes
 * the facts of the samples taken in the period (whole months) from the raw rows and answers every
 * difference (none when the facts are right); POST /stats/facts/rebuild replaces them from the raw
 * rows; POST /stats/facts/compaction sums the appended monthly differences.
 */
@Tag(name = "statistics")
@ApplicationScoped
@Path("stats/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

  @Inject StatisticsFacts facts;

  @Operation(
      operationId = "reconcileFacts",
      summary = "Compare the statistics facts of a period with the raw rows (administrators)")
  @POST
  @Path("reconciliation")
  public Reconciliation.Result reconcile(
      @QueryParam("from")
          @Parameter(
              description = "First sampling day (widened to the start of its month).",
              required = true,
              example = "2026-01-01",
              schema = @Schema(format = "date"))
          String from,
      @QueryParam("to")
          @Parameter(
              description = "Last sampling day (widened to the end of its month).",
              required = true,
              example = "2026-12-31",
              schema = @Schema(format = "date"))
          String to) {
    return facts.reconcile(date("from", from), date("to", to));
  }

  @Operation(
      operationId = "rebuildFacts",
      summary = "Rebuild the statistics facts from the raw rows (administrators)")
  @POST
  @Path("rebuild")
  public StatisticsFacts.Rebuilt rebuild() {
    return facts.rebuild();
  }

  @Operation(
      operationId = "compactFacts",
      summary = "Sum the appended monthly differences of the facts now (administrators)")
  @POST
  @Path("compaction")
  public StatisticsFacts.Compacted compact() {
    return facts.compact();
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "lims.field.invalidValue", text);
    }
  }
}
