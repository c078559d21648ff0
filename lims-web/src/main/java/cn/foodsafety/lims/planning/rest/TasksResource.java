package cn.foodsafety.lims.planning.rest;

import cn.foodsafety.lims.planning.boundary.CollectionTasks;
import cn.foodsafety.lims.planning.boundary.TaskData;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Collection tasks for sampling units: {@code GET /tasks} (filters {@code state}, {@code
 * samplingUnit}, {@code plan}, {@code region}, {@code level}, {@code department}; a sampler sees
 * his own unit's tasks only), {@code GET /tasks/{id}}, {@code POST /tasks}, {@code POST
 * /tasks/{id}/cancel} (optional body {@code {"reason": "..."}}).
 */
@Tag(name = "planning")
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

  @Inject CollectionTasks tasks;

  @Context UriInfo uri;

  /** Why a task is cancelled. */
  @Schema(name = "TaskCancellation")
  public record Cancellation(@Schema(example = "该批次已由专项抽检覆盖") String reason) {}

  @Operation(operationId = "listTasks", summary = "List collection tasks (抽样任务)")
  @GET
  public Page<TaskData> list(@BeanParam ListParams params) {
    return tasks.list(params.query());
  }

  @Operation(operationId = "getTask", summary = "Read a task")
  @GET
  @Path("{id:[0-9]+}")
  public TaskData get(@PathParam("id") long id) {
    return tasks.get(id);
  }

  @Operation(operationId = "createTask", summary = "Give a sampling unit a task")
  @APIResponse(
      responseCode = "201",
      description = "The task created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = TaskData.class)))
  @POST
  public Response create(TaskData data) {
    TaskData created = tasks.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** The body is optional: an empty POST cancels without a reason. */
  @Operation(operationId = "cancelTask", summary = "Cancel a task")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = Cancellation.class)))
  @POST
  @Path("{id:[0-9]+}/cancel")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public TaskData cancel(@PathParam("id") long id, String body) {
    Cancellation c = JsonBodies.read(body, Cancellation.class);
    return tasks.cancel(id, c == null ? null : c.reason());
  }
}
