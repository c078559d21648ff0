package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.results.boundary.HistoryLine;
import cn.foodsafety.lims.results.boundary.TestReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit history of a sample, its lab work, items and reports (GET only: the trail is
 * append-only and no call changes or deletes it). Times are ISO date-times in China's time
 * (+08:00); field names and values are as recorded, with {@code fieldLabel} naming the field in the
 * language of Accept-Language.
 */
@Tag(name = "results")
@ApplicationScoped
@Path("samples/{id:[0-9]+}/history")
@Produces(MediaType.APPLICATION_JSON)
public class SampleHistoryResource {

  @Inject TestReports testReports;

  @Context HttpHeaders headers;

  /** A history line as the API answers it. */
  @Schema(name = "SampleHistoryLine")
  public record Line(
      OffsetDateTime at,
      String actor,
      String action,
      String entityType,
      long entityId,
      String field,
      String fieldLabel,
      String oldValue,
      String newValue,
      String reason) {}

  @Operation(operationId = "getSampleHistory", summary = "A sample's audit history")
  @GET
  public List<Line> get(@PathParam("id") long id) {
    Locale locale = RequestLocale.of(headers);
    return testReports.history(id).stream().map(l -> line(l, locale)).toList();
  }

  private static Line line(HistoryLine l, Locale locale) {
    return new Line(
        l.at(),
        l.actor(),
        l.action(),
        l.entityType(),
        l.entityId(),
        l.field(),
        l.fieldText(locale),
        l.oldValue(),
        l.newValue(),
        l.reason());
  }
}
