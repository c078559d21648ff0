package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.CalendarDayData;
import cn.foodsafety.lims.masterdata.boundary.CalendarDays;
import cn.foodsafety.lims.masterdata.boundary.WorkingDayAnswer;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar: its entries (holidays and make-up working days, filter by {@code
 * year=2026}) and the arithmetic every deadline uses ({@code working-days}).
 */
@Tag(name = "masterdata")
@ApplicationScoped
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject CalendarDays days;

  @Context UriInfo uri;

  @Operation(
      operationId = "listCalendarDays",
      summary = "List calendar entries (holidays and make-up working days, 节假日与调休)")
  @GET
  public Page<CalendarDayData> list(@BeanParam ListParams params) {
    return days.list(params.query());
  }

  @Operation(operationId = "getCalendarDay", summary = "Read a calendar entry")
  @GET
  @Path("{id:[0-9]+}")
  public CalendarDayData get(@PathParam("id") long id) {
    return days.get(id);
  }

  @Operation(operationId = "createCalendarDay", summary = "Add a calendar entry")
  @APIResponse(
      responseCode = "201",
      description = "The entry created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = CalendarDayData.class)))
  @POST
  public Response create(CalendarDayData data) {
    CalendarDayData created = days.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "updateCalendarDay", summary = "Change a calendar entry")
  @PUT
  @Path("{id:[0-9]+}")
  public CalendarDayData update(@PathParam("id") long id, CalendarDayData data) {
    return days.update(id, data);
  }

  /** Nothing refers to a calendar entry: removing it is a real delete (audited). */
  @Operation(operationId = "deleteCalendarDay", summary = "Delete a calendar entry")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @DELETE
  @Path("{id:[0-9]+}")
  public Response remove(@PathParam("id") long id) {
    days.remove(id);
    return Response.noContent().build();
  }

  /**
   * {@code ?from=2025-09-30&days=2} gives the date 2 working days later; {@code ?from=...&to=...}
   * the working days between; both together give both.
   */
  @Operation(
      operationId = "computeWorkingDays",
      summary =
          "Working-day arithmetic: the date N working days later, and the working days between two dates")
  @GET
  @Path("working-days")
  public WorkingDayAnswer workingDays(
      @QueryParam("from")
          @Parameter(
              description = "The first date.",
              required = true,
              example = "2025-09-30",
              schema = @Schema(format = "date"))
          String from,
      @QueryParam("days")
          @Parameter(
              description = "How many working days after from.",
              example = "2",
              schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
          String workingDays,
      @QueryParam("to")
          @Parameter(
              description = "The last date: count the working days between.",
              example = "2025-10-10",
              schema = @Schema(format = "date"))
          String to) {
    return days.compute(date("from", from), count(workingDays), date("to", to));
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

  private static Integer count(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("days", "lims.field.number");
    }
  }
}
