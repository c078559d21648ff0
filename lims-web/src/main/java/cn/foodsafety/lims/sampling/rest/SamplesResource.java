package cn.foodsafety.lims.sampling.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.sampling.boundary.Assignment;
import cn.foodsafety.lims.sampling.boundary.AssignmentOutcome;
import cn.foodsafety.lims.sampling.boundary.Custody;
import cn.foodsafety.lims.sampling.boundary.LabAssignments;
import cn.foodsafety.lims.sampling.boundary.PersonChoice;
import cn.foodsafety.lims.sampling.boundary.Receipt;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import cn.foodsafety.lims.sampling.boundary.SampleForm;
import cn.foodsafety.lims.sampling.boundary.SamplerChoices;
import cn.foodsafety.lims.sampling.boundary.Samples;
import cn.foodsafety.lims.sampling.boundary.SamplingForms;
import cn.foodsafety.lims.sampling.boundary.Shipment;
import cn.foodsafety.lims.sampling.boundary.TaskData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Samples: GET (paged list: {@code q} searches number, blind code, food and party; filters {@code
 * state}, {@code level}, {@code outsidePlan}, {@code sampledOn}, {@code samplingUnit.id}, {@code
 * lab.id}, {@code region.id}, {@code category.id}, {@code task.id}, {@code late=true}, {@code
 * unassigned=true}), GET /{id}, POST (the sampling form, 201), POST /{id}/shipment, POST
 * /{id}/receipt, GET and POST /{id}/assignment (proposal; assignment, or override with {@code
 * labId} and {@code reason}), GET and POST /assignments?date=&amp;samplingUnit= (a day's proposals;
 * bulk assignment), GET /{id}/form.pdf, /{id}/label.pdf, /{id}/label.png, and for samplers GET
 * /my-tasks and /samplers. What each caller sees is decided by the boundary.
 */
@Tag(name = "sampling")
@ApplicationScoped
@Path("samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SamplesResource {

  static final String PDF = "application/pdf";

  private static final String DAY = "The day the samples were taken (default today, China time).";
  private static final String UNIT = "Only the samples of this sampling unit (organization id).";

  @Inject Samples samples;

  @Inject Custody custody;

  @Inject LabAssignments labAssignments;

  @Inject SamplingForms samplingForms;

  @Inject SamplerChoices samplerChoices;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  /**
   * Lab assignment as the API answers it: {@code excluded} says, per laboratory left out, why (in
   * the caller's language).
   */
  @Schema(name = "LabAssignment")
  public record AssignmentAnswer(
      long sampleId,
      String sampleNumber,
      String foodName,
      String categoryName,
      Long labId,
      String labCode,
      String labName,
      Long labLoad,
      Integer labCapacity,
      boolean assigned,
      List<String> excluded) {}

  @Operation(operationId = "listSamples", summary = "List samples")
  @GET
  public Page<SampleData> list(@BeanParam ListParams params) {
    return samples.list(params.query());
  }

  @Operation(operationId = "getSample", summary = "Read a sample")
  @GET
  @Path("{id:[0-9]+}")
  public SampleData get(@PathParam("id") long id) {
    return samples.get(id);
  }

  @Operation(operationId = "createSample", summary = "Submit a sampling form (抽样单)")
  @APIResponse(
      responseCode = "201",
      description = "The sample, with its number, created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = SampleData.class)))
  @POST
  public Response create(SampleForm form) {
    SampleData created = samplingForms.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "shipSample", summary = "Record the shipment to the lab")
  @POST
  @Path("{id:[0-9]+}/shipment")
  public SampleData ship(@PathParam("id") long id, Shipment shipment) {
    return custody.ship(id, shipment);
  }

  @Operation(
      operationId = "receiveSample",
      summary = "Record the lab's receipt: accept or reject (样品接收)")
  @POST
  @Path("{id:[0-9]+}/receipt")
  public SampleData receive(@PathParam("id") long id, Receipt receipt) {
    return custody.receive(id, receipt);
  }

  @Operation(operationId = "proposeLab", summary = "Propose a laboratory for a sample")
  @GET
  @Path("{id:[0-9]+}/assignment")
  public AssignmentAnswer proposal(@PathParam("id") long id) {
    return answer(labAssignments.proposal(id));
  }

  @Operation(
      operationId = "assignLab",
      summary = "Assign a laboratory (分配检验机构), or override the proposal with a reason")
  @POST
  @Path("{id:[0-9]+}/assignment")
  public AssignmentAnswer assign(@PathParam("id") long id, Assignment assignment) {
    return answer(labAssignments.assign(id, assignment));
  }

  @Operation(
      operationId = "proposeDayAssignments",
      summary = "Propose laboratories for a day's samples")
  @GET
  @Path("assignments")
  public List<AssignmentAnswer> dayProposals(
      @QueryParam("date") @Parameter(description = DAY, schema = @Schema(format = "date"))
          String date,
      @QueryParam("samplingUnit")
          @Parameter(
              description = UNIT,
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String samplingUnit) {
    return labAssignments.dayProposals(date(date), id("samplingUnit", samplingUnit)).stream()
        .map(this::answer)
        .toList();
  }

  @Operation(
      operationId = "assignDay",
      summary = "Assign the proposed laboratories to a day's samples")
  @POST
  @Path("assignments")
  public List<AssignmentAnswer> assignDay(
      @QueryParam("date") @Parameter(description = DAY, schema = @Schema(format = "date"))
          String date,
      @QueryParam("samplingUnit")
          @Parameter(
              description = UNIT,
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String samplingUnit) {
    return labAssignments.assignDay(date(date), id("samplingUnit", samplingUnit)).stream()
        .map(this::answer)
        .toList();
  }

  @Operation(operationId = "listMyTasks", summary = "The signed-in sampler's open tasks (我的抽样任务)")
  @GET
  @Path("my-tasks")
  public List<TaskData> myTasks() {
    return samplerChoices.myOpenTasks();
  }

  @Operation(operationId = "listSamplers", summary = "The samplers of the signed-in sampler's unit")
  @GET
  @Path("samplers")
  public List<PersonChoice> samplers() {
    return samplerChoices.samplersOfMyUnit();
  }

  @Operation(operationId = "getSampleFormPdf", summary = "The sampling form as PDF")
  @GET
  @Path("{id:[0-9]+}/form.pdf")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  public Response form(@PathParam("id") long id) {
    return paper(samples.form(id), PDF);
  }

  @Operation(
      operationId = "getSampleLabelPdf",
      summary = "The sample label with its QR code as PDF")
  @GET
  @Path("{id:[0-9]+}/label.pdf")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  public Response label(@PathParam("id") long id) {
    return paper(samples.label(id, false), PDF);
  }

  @Operation(operationId = "getSampleLabelPng", summary = "The sample label as PNG")
  @GET
  @Path("{id:[0-9]+}/label.png")
  @Produces({"image/png", MediaType.APPLICATION_JSON})
  public Response labelPng(@PathParam("id") long id) {
    return paper(samples.label(id, true), "image/png");
  }

  private static Response paper(Samples.Paper paper, String type) {
    return Response.ok(paper.content(), type)
        .header("Content-Disposition", "inline; filename=\"" + paper.fileName() + "\"")
        .build();
  }

  private AssignmentAnswer answer(AssignmentOutcome o) {
    Locale locale = RequestLocale.of(headers);
    return new AssignmentAnswer(
        o.sampleId(),
        o.sampleNumber(),
        o.foodName(),
        o.categoryName(),
        o.labId(),
        o.labCode(),
        o.labName(),
        o.labLoad(),
        o.labCapacity(),
        o.assigned(),
        o.excluded().stream()
            .map(e -> Messages.text(locale, e.key(), e.args().toArray()))
            .toList());
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("date", "lims.field.date", text);
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
