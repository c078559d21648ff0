package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.oversight.boundary.Acceptance;
import cn.foodsafety.lims.oversight.boundary.CheckRules;
import cn.foodsafety.lims.oversight.boundary.FindingData;
import cn.foodsafety.lims.oversight.boundary.Findings;
import cn.foodsafety.lims.oversight.boundary.QualityScore;
import cn.foodsafety.lims.oversight.boundary.QualityScores;
import cn.foodsafety.lims.oversight.boundary.RecordCheckRuns;
import cn.foodsafety.lims.oversight.boundary.RuleData;
import cn.foodsafety.lims.oversight.boundary.RuleForm;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListPageQuery;
import cn.foodsafety.lims.platform.rest.QueryValues;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.statistics.rest.FigureQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Record checks (抽检数据抽查): the rules (administrators change them; a rule with an unknown field or a
 * malformed condition is a field error), a run over a period, the findings with their acceptance
 * and re-check, and the quality scores per unit, team or lab.
 */
@Tag(name = "record checks")
@ApplicationScoped
@Path("record-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordChecksResource {

  @Inject CheckRules rules;

  @Inject RecordCheckRuns runs;

  @Inject Findings findings;

  @Inject QualityScores scores;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @Operation(operationId = "listCheckRules", summary = "The record checks")
  @GET
  @Path("rules")
  public List<RuleData> listRules() {
    return rules.rules();
  }

  @Operation(operationId = "createCheckRule", summary = "A new record check (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "The record check created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = RuleData.class)))
  @POST
  @Path("rules")
  public Response create(RuleForm form) {
    RuleData r = rules.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
        .entity(r)
        .build();
  }

  @Operation(operationId = "changeCheckRule", summary = "Changes a record check (administrators)")
  @PUT
  @Path("rules/{id:[0-9]+}")
  public RuleData change(@PathParam("id") long id, RuleForm form) {
    return rules.change(id, form);
  }

  @Operation(
      operationId = "runRecordChecks",
      summary =
          "Runs every active check over the samples of the period and group, their result items"
              + " and cases")
  @FigureQuery
  @OversightKind
  @POST
  @Path("runs")
  public RecordCheckRuns.RunResult run() {
    return runs.run(OversightParams.request(uri.getQueryParameters()));
  }

  @Operation(
      operationId = "listFindings",
      summary =
          "The findings on the samples of the period (and their result items and cases): the list"
              + " behind a quality score")
  @FigureQuery
  @OversightKind
  @ListPageQuery
  @Parameter(
      name = "state",
      in = ParameterIn.QUERY,
      description = "Only findings in this state.",
      schema = @Schema(enumeration = {"OPEN", "RESOLVED", "ACCEPTED"}))
  @Parameter(
      name = "target",
      in = ParameterIn.QUERY,
      description = "Only findings on this kind of record.",
      schema = @Schema(enumeration = {"SAMPLE", "RESULT_ITEM", "CASE"}))
  @Parameter(
      name = "severity",
      in = ParameterIn.QUERY,
      description = "Only findings of this severity.",
      schema = @Schema(enumeration = {"ERROR", "WARNING"}))
  @Parameter(
      name = "teamId",
      in = ParameterIn.QUERY,
      description = "Only the samples of this sampling team (a team's quality score).",
      schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
  @GET
  @Path("findings")
  public Page<FindingData> findings() {
    var q = uri.getQueryParameters();
    return findings.findings(
        OversightParams.request(q),
        new Findings.Filter(
            q.getFirst("state"),
            q.getFirst("target"),
            QueryValues.id(q, "teamId"),
            q.getFirst("severity")),
        QueryValues.integer(q, "page", 0),
        QueryValues.integer(q, "size", 50),
        RequestLocale.of(headers));
  }

  @Operation(operationId = "acceptFinding", summary = "Accepts an open finding with a reason")
  @POST
  @Path("findings/{id:[0-9]+}/acceptance")
  public FindingData accept(@PathParam("id") long id, Acceptance acceptance) {
    return findings.accept(id, acceptance, RequestLocale.of(headers));
  }

  @Operation(
      operationId = "recheckFinding",
      summary = "Checks the finding's sample and its records again (resolved when corrected)")
  @POST
  @Path("findings/{id:[0-9]+}/recheck")
  public FindingData recheck(@PathParam("id") long id) {
    return findings.recheck(id, RequestLocale.of(headers));
  }

  @Operation(
      operationId = "getQualityScores",
      summary =
          "Data quality scores per unit, sampling team or lab, each with the filters (drill) of"
              + " its findings list")
  @FigureQuery
  @OversightKind
  @Parameter(
      name = "by",
      in = ParameterIn.QUERY,
      description = "Group by unit (default), team or lab.",
      schema = @Schema(enumeration = {"unit", "team", "lab"}))
  @GET
  @Path("scores")
  public List<QualityScore> scores() {
    var q = uri.getQueryParameters();
    return scores.scores(OversightParams.request(q), q.getFirst("by"), RequestLocale.of(headers));
  }
}
