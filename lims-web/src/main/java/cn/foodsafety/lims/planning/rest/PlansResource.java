package cn.foodsafety.lims.planning.rest;

import cn.foodsafety.lims.planning.boundary.CampaignData;
import cn.foodsafety.lims.planning.boundary.Campaigns;
import cn.foodsafety.lims.planning.boundary.CellData;
import cn.foodsafety.lims.planning.boundary.CellGroupData;
import cn.foodsafety.lims.planning.boundary.PlanAllocations;
import cn.foodsafety.lims.planning.boundary.PlanCells;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.PlanInputs;
import cn.foodsafety.lims.planning.boundary.PlanProgress;
import cn.foodsafety.lims.planning.boundary.PlanWorkbooks;
import cn.foodsafety.lims.planning.boundary.ProgressRow;
import cn.foodsafety.lims.planning.boundary.SamplingPlans;
import cn.foodsafety.lims.planning.boundary.TaskGroups;
import cn.foodsafety.lims.planning.boundary.TotalData;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A city's sampling plan for a year: {@code POST /plans} creates and allocates it, {@code PUT
 * /plans/{id}} changes its parameters, {@code GET|PUT /plans/{id}/inputs} the allocation's inputs,
 * {@code POST /plans/{id}/allocation} re-allocates a draft, {@code GET /plans/{id}/cells} lists and
 * {@code PUT /plans/{id}/cells[/{cellId}]} edits cells, {@code GET /plans/{id}/totals} lists the
 * totals a hand edit broke, {@code POST /plans/{id}/approval} approves, {@code GET|POST
 * /plans/{id}/campaigns} special campaigns, {@code GET /plans/{id}/progress?by=unit|level|
 * department|category|month} plan against actual, {@code GET|PUT /plans/{id}/workbook} the Excel
 * workbook, {@code GET /plans/{id}/groups} the cell groups available for tasks.
 */
@Tag(name = "planning")
@ApplicationScoped
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject SamplingPlans plans;

  @Inject Campaigns campaigns;

  @Inject PlanAllocations allocations;

  @Inject PlanCells planCells;

  @Inject PlanProgress planProgress;

  @Inject PlanWorkbooks workbooks;

  @Inject TaskGroups taskGroups;

  @Context UriInfo uri;

  /** The body of an approval: the version of the plan that was checked. */
  @Schema(name = "PlanApproval")
  public record Approval(
      @Schema(description = "The version of the plan that was checked.", example = "3")
          Long version) {}

  @Operation(operationId = "listPlans", summary = "List sampling plans (抽检计划)")
  @GET
  public Page<PlanData> list(@BeanParam ListParams params) {
    return plans.list(params.query());
  }

  @Operation(
      operationId = "createPlan",
      summary = "Create a city's plan for a year and allocate it")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PlanData.class)))
  @APIResponse(
      responseCode = "201",
      description = "The plan created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = PlanData.class)))
  @POST
  public Response create(String body) {
    PlanData created = plans.create(JsonBodies.read(body, PlanData.class));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "getPlan", summary = "Read a plan")
  @GET
  @Path("{id:[0-9]+}")
  public PlanData get(@PathParam("id") long id) {
    return plans.get(id);
  }

  @Operation(operationId = "updatePlanParameters", summary = "Change a draft plan's parameters")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PlanData.class)))
  @PUT
  @Path("{id:[0-9]+}")
  public PlanData update(@PathParam("id") long id, String body) {
    return plans.updateParameters(id, JsonBodies.read(body, PlanData.class));
  }

  @Operation(operationId = "getPlanInputs", summary = "Read the allocation's inputs (分配依据)")
  @GET
  @Path("{id:[0-9]+}/inputs")
  public PlanInputs inputs(@PathParam("id") long id) {
    return allocations.inputs(id);
  }

  @Operation(operationId = "updatePlanInputs", summary = "Change the allocation's inputs")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PlanInputs.class)))
  @PUT
  @Path("{id:[0-9]+}/inputs")
  public PlanInputs updateInputs(@PathParam("id") long id, String body) {
    return allocations.updateInputs(id, JsonBodies.read(body, PlanInputs.class));
  }

  @Operation(operationId = "allocatePlan", summary = "Re-allocate a draft plan")
  @POST
  @Path("{id:[0-9]+}/allocation")
  public PlanData allocate(@PathParam("id") long id) {
    return allocations.allocate(id);
  }

  @Operation(operationId = "listPlanCells", summary = "List the plan's cells (分配明细)")
  @GET
  @Path("{id:[0-9]+}/cells")
  public Page<CellData> cells(@PathParam("id") long id, @BeanParam ListParams params) {
    return planCells.cells(id, params.query());
  }

  /** Edits the cell named by its key in the body (created when it has no batches yet). */
  @Operation(operationId = "setPlanCell", summary = "Set a cell named by its key")
  @PUT
  @Path("{id:[0-9]+}/cells")
  public CellData setCell(@PathParam("id") long id, CellData data) {
    return planCells.setCell(id, null, data);
  }

  @Operation(operationId = "updatePlanCell", summary = "Change a cell")
  @PUT
  @Path("{id:[0-9]+}/cells/{cellId:[0-9]+}")
  public CellData updateCell(
      @PathParam("id") long id, @PathParam("cellId") long cellId, CellData data) {
    return planCells.setCell(id, cellId, data);
  }

  @Operation(operationId = "listBrokenTotals", summary = "List the totals a hand edit broke (合计检查)")
  @GET
  @Path("{id:[0-9]+}/totals")
  public List<TotalData> totals(@PathParam("id") long id) {
    return planCells.brokenTotals(id);
  }

  @Operation(operationId = "approvePlan", summary = "Approve a plan (批准计划)")
  @POST
  @Path("{id:[0-9]+}/approval")
  public PlanData approve(@PathParam("id") long id, Approval approval) {
    return plans.approve(id, approval == null ? null : approval.version());
  }

  @Operation(operationId = "listCampaigns", summary = "List special campaigns (专项抽检)")
  @GET
  @Path("{id:[0-9]+}/campaigns")
  public List<CampaignData> campaigns(@PathParam("id") long id) {
    return campaigns.campaigns(id);
  }

  @Operation(operationId = "addCampaign", summary = "Add a special campaign")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CampaignData.class)))
  @APIResponse(
      responseCode = "201",
      description = "The campaign created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = CampaignData.class)))
  @POST
  @Path("{id:[0-9]+}/campaigns")
  public Response addCampaign(@PathParam("id") long id, String body) {
    CampaignData created = campaigns.addCampaign(id, JsonBodies.read(body, CampaignData.class));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "getPlanProgress", summary = "Plan against collected batches (计划完成进度)")
  @GET
  @Path("{id:[0-9]+}/progress")
  public List<ProgressRow> progress(
      @PathParam("id") long id,
      @QueryParam("by")
          @Parameter(
              description = "The rows: per unit (default), level, department, category or month.",
              schema = @Schema(enumeration = {"unit", "level", "department", "category", "month"}))
          String by) {
    return planProgress.progress(id, by);
  }

  @Operation(operationId = "listCellGroups", summary = "List the cell groups available for tasks")
  @GET
  @Path("{id:[0-9]+}/groups")
  public List<CellGroupData> groups(@PathParam("id") long id) {
    return taskGroups.groups(id);
  }

  @Operation(operationId = "exportPlanWorkbook", summary = "Download the plan as an Excel workbook")
  @GET
  @Path("{id:[0-9]+}/workbook")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  public Response workbook(@PathParam("id") long id, @Context HttpHeaders headers) {
    PlanData plan = plans.get(id);
    byte[] bytes = workbooks.exportWorkbook(id, RequestLocale.of(headers));
    String name = "plan-" + plan.year() + "-" + plan.cityName() + ".xlsx";
    return Response.ok(bytes, XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"plan-"
                + plan.year()
                + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }

  /** Replaces the cells with the workbook's (the body is the .xlsx file itself). */
  @Operation(
      operationId = "importPlanWorkbook",
      summary = "Replace the cells with an edited workbook's")
  @PUT
  @Path("{id:[0-9]+}/workbook")
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, XLSX})
  public PlanData importWorkbook(@PathParam("id") long id, byte[] workbook) {
    return workbooks.importWorkbook(id, workbook);
  }

  /** The same, as a form upload (multipart/form-data, the file in the part named "file"). */
  @Operation(
      operationId = "importPlanWorkbook",
      summary = "Replace the cells with an edited workbook's")
  @PUT
  @Path("{id:[0-9]+}/workbook")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public PlanData uploadWorkbook(@PathParam("id") long id, List<EntityPart> parts)
      throws IOException {
    byte[] bytes = null;
    for (EntityPart part : parts) {
      if ("file".equals(part.getName()) || bytes == null) {
        try (InputStream in = part.getContent()) {
          bytes = in.readAllBytes();
        }
      }
    }
    return workbooks.importWorkbook(id, bytes);
  }
}
