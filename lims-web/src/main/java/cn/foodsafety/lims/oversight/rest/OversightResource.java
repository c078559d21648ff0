package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.oversight.boundary.BalanceReport;
import cn.foodsafety.lims.oversight.boundary.PublicationRate;
import cn.foodsafety.lims.oversight.boundary.PublicationReport;
import cn.foodsafety.lims.oversight.boundary.RiskWarnings;
import cn.foodsafety.lims.oversight.boundary.SamplingBalance;
import cn.foodsafety.lims.oversight.control.RiskReport;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListPageQuery;
import cn.foodsafety.lims.platform.rest.QueryValues;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.statistics.rest.FigureQuery;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Oversight of the sampling itself. Every call takes the statistics' period and group and the kind
 * of sampling ({@link OversightKind}, with the period and group of {@link FigureQuery}) and is
 * scoped to the caller's region. GET /oversight/publication: the publication rate in total, by
 * level and by unit; GET
 * /oversight/publication/samples?measure=due|on-time|late|overdue|not-yet-due: the results behind
 * it; GET /oversight/publication/unpublished: the caller's approved results not published yet with
 * their deadline; GET /oversight/warnings (class=A..D, page, size): non-conforming results with
 * their warning class; GET /oversight/offenders: repeat offenders; GET /oversight/trends:
 * non-conforming by month against the year before, by category and analyte; GET
 * /oversight/risk-meeting.xlsx: all three as a workbook; GET /oversight/balance: balanced sampling.
 */
@Tag(name = "oversight")
@ApplicationScoped
@Path("oversight")
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {

  @Inject PublicationRate publication;

  @Inject RiskWarnings risk;

  @Inject SamplingBalance balance;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @Operation(
      operationId = "getPublicationRate",
      summary = "The publication rate of a period by level and unit (信息公布率)")
  @FigureQuery
  @OversightKind
  @GET
  @Path("publication")
  public PublicationReport publication() {
    return publication.publication(
        OversightParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
  }

  @Operation(
      operationId = "listPublicationSamples",
      summary = "The results behind a publication figure")
  @FigureQuery
  @OversightKind
  @ListPageQuery
  @Parameter(
      name = "measure",
      in = ParameterIn.QUERY,
      required = true,
      description = "Which part of the figure.",
      schema = @Schema(enumeration = {"due", "on-time", "late", "overdue", "not-yet-due"}))
  @GET
  @Path("publication/samples")
  public Page<PublicationReport.Item> publicationSamples() {
    var q = uri.getQueryParameters();
    return publication.publicationItems(
        OversightParams.request(q),
        q.getFirst("measure"),
        QueryValues.integer(q, "page", 0),
        QueryValues.integer(q, "size", 50),
        RequestLocale.of(headers));
  }

  @Operation(
      operationId = "listUnpublishedResults",
      summary = "The caller's approved results not yet published, with their deadline")
  @GET
  @Path("publication/unpublished")
  public List<PublicationReport.Item> unpublished() {
    return publication.unpublished(RequestLocale.of(headers));
  }

  @Operation(
      operationId = "listWarnings",
      summary = "Non-conforming results of a period with their warning class A-D")
  @FigureQuery
  @OversightKind
  @ListPageQuery
  @Parameter(
      name = "class",
      in = ParameterIn.QUERY,
      description = "Only this warning class.",
      schema = @Schema(enumeration = {"A", "B", "C", "D"}))
  @GET
  @Path("warnings")
  public RiskReport.Warnings warnings() {
    var q = uri.getQueryParameters();
    return risk.warnings(
        OversightParams.request(q),
        q.getFirst("class"),
        QueryValues.integer(q, "page", 0),
        QueryValues.integer(q, "size", 50),
        RequestLocale.of(headers));
  }

  @Operation(
      operationId = "listRepeatOffenders",
      summary = "Producers and operators with several non-conforming batches in the window")
  @FigureQuery
  @OversightKind
  @GET
  @Path("offenders")
  public RiskReport.Offenders offenders() {
    return risk.offenders(
        OversightParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
  }

  @Operation(
      operationId = "getRiskTrends",
      summary =
          "Non-conforming batches and rate by month and year over year, by category and analyte")
  @FigureQuery
  @OversightKind
  @GET
  @Path("trends")
  public RiskReport.Trends trends() {
    return risk.trends(
        OversightParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
  }

  @Operation(
      operationId = "getRiskMeetingWorkbook",
      summary = "Warnings, repeat offenders and trends as a workbook for the risk meetings")
  @FigureQuery
  @OversightKind
  @GET
  @Path("risk-meeting.xlsx")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_JSON
  })
  public Response riskWorkbook() {
    byte[] xlsx =
        risk.riskWorkbook(
            OversightParams.request(uri.getQueryParameters()), RequestLocale.of(headers));
    return Response.ok(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"risk-meeting.xlsx\"")
        .build();
  }

  @Operation(
      operationId = "getSamplingBalance",
      summary = "Balanced sampling: spread over months, units and categories against the plan",
      description =
          "Counts supervisory sampling unless kind is given (ALL: every kind); the batches taken"
              + " and the plans they are held against are of that kind.")
  @FigureQuery
  @OversightKind
  @GET
  @Path("balance")
  public BalanceReport balance() {
    return balance.balance(
        OversightParams.request(uri.getQueryParameters(), SamplingBalance.DEFAULT_KIND),
        RequestLocale.of(headers));
  }
}
