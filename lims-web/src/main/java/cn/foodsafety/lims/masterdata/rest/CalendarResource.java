package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.CalendarDayData;
import cn.foodsafety.lims.masterdata.boundary.CalendarDays;
import cn.foodsafety.lims.masterdata.boundary.WorkingDayAnswer;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
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

/**
 * The working-day calendar: its entries (holidays and make-up working days, filter by {@code
 * year=2026}) and the arithmetic every deadline uses ({@code working-days}).
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject CalendarDays days;

  @Context UriInfo uri;

  @GET
  public Page<CalendarDayData> list(@BeanParam ListParams params) {
    return days.list(params.query());
  }

  @GET
  @Path("{id:[0-9]+}")
  public CalendarDayData get(@PathParam("id") long id) {
    return days.get(id);
  }

  @POST
  public Response create(CalendarDayData data) {
    CalendarDayData created = days.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id:[0-9]+}")
  public CalendarDayData update(@PathParam("id") long id, CalendarDayData data) {
    return days.update(id, data);
  }

  /** Nothing refers to a calendar entry: removing it is a real delete (audited). */
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
  @GET
  @Path("working-days")
  public WorkingDayAnswer workingDays(
      @QueryParam("from") String from,
      @QueryParam("days") String workingDays,
      @QueryParam("to") String to) {
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
