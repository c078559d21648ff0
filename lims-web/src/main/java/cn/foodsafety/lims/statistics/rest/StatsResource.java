package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListPageQuery;
import cn.foodsafety.lims.platform.rest.QueryValues;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.statistics.boundary.StatCaseRow;
import cn.foodsafety.lims.statistics.boundary.StatSampleRow;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import cn.foodsafety.lims.statistics.control.FiguresReport;
import cn.foodsafety.lims.statistics.control.SeriousHazardFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Figures and the lists behind them. Every call takes the period ({@code year} with {@code quarter}
 * or {@code month}, or {@code from} and {@code to}; {@code asOf}, default the period's end or
 * today) and the group ({@code level}, {@code regionId}, {@code department}, {@code categoryId},
 * {@code labId}). GET /stats/figures: volume, pass rates, follow-up rates, lab turnaround, each
 * with target and met, definitions, and the filters that open each row's list; GET
 * /stats/samples?measure=batches|judged|conforming|non-conforming|overdue-reports and GET
 * /stats/cases?measure=must-follow|started|completed|on-time|on-time-due (paged: page, size): the
 * samples or cases counted in a figure's numerator or denominator.
 */
@Tag(name = "statistics")
@ApplicationScoped
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

  @Inject Statistics statistics;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @Operation(operationId = "getFigures", summary = "The figures of a period with targets (统计分析)")
  @FigureQuery
  @StatsKind
  @GET
  @Path("figures")
  public FiguresReport figures() {
    return statistics.figures(
        StatsParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
  }

  @Operation(
      operationId = "getSeriousHazardFigures",
      summary =
          "Serious-hazard failures (illegal additions, banned substances) and how many were"
              + " reported within 24 hours of approval")
  @FigureQuery
  @StatsKind
  @GET
  @Path("serious-hazards")
  public SeriousHazardFigures.SeriousHazardFigure seriousHazards() {
    return statistics.seriousHazards(StatsParams.request(uri.getQueryParameters()));
  }

  @Operation(
      operationId = "getStatisticsReportPdf",
      summary = "The figures as a PDF report with the monthly chart")
  @FigureQuery
  @StatsKind
  @GET
  @Path("report.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response summaryPdf() {
    StatsRequest request = StatsParams.request(uri.getQueryParameters());
    byte[] pdf = statistics.summaryPdf(request, RequestLocale.of(headers));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"food-sampling-statistics.pdf\"")
        .build();
  }

  @Operation(
      operationId = "listFigureSamples",
      summary = "The samples counted in a figure's numerator or denominator")
  @FigureQuery
  @StatsKind
  @ListPageQuery
  @Parameter(
      name = "measure",
      in = ParameterIn.QUERY,
      required = true,
      description = "Which figure's samples.",
      schema =
          @Schema(
              enumeration = {
                "batches",
                "judged",
                "conforming",
                "non-conforming",
                "overdue-reports"
              }))
  @GET
  @Path("samples")
  public Page<StatSampleRow> samples() {
    var q = uri.getQueryParameters();
    return statistics.samples(
        StatsParams.request(q),
        q.getFirst("measure"),
        QueryValues.integer(q, "page", 0),
        QueryValues.integer(q, "size", 50),
        RequestLocale.of(headers));
  }

  @Operation(
      operationId = "listFigureCases",
      summary = "The cases counted in a follow-up figure's numerator or denominator")
  @FigureQuery
  @StatsKind
  @ListPageQuery
  @Parameter(
      name = "measure",
      in = ParameterIn.QUERY,
      required = true,
      description = "Which figure's cases.",
      schema =
          @Schema(enumeration = {"must-follow", "started", "completed", "on-time", "on-time-due"}))
  @GET
  @Path("cases")
  public Page<StatCaseRow> cases() {
    var q = uri.getQueryParameters();
    return statistics.cases(
        StatsParams.request(q),
        q.getFirst("measure"),
        QueryValues.integer(q, "page", 0),
        QueryValues.integer(q, "size", 50),
        RequestLocale.of(headers));
  }
}
