package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.TestItemData;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test items with their limits, standards and linked food categories. The master-data contract: GET
 * list (paged, sorted, searched, filtered), GET/PUT /{id} (PUT with the version read), POST (201
 * with Location), DELETE /{id} (204 when nothing refers to the record, otherwise 200 with it
 * deactivated), POST /{id}/deactivate and /{id}/activate.
 */
@Tag(name = "masterdata")
@ApplicationScoped
@Path("test-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestItemsResource {

  @Inject TestItems boundary;

  @Context UriInfo uri;

  @Operation(operationId = "listTestItems", summary = "List test items (检验项目) with their limits")
  @GET
  public Page<TestItemData> list(@BeanParam ListParams params) {
    return boundary.list(params.query());
  }

  @Operation(operationId = "getTestItem", summary = "Read a test item")
  @GET
  @Path("{id:[0-9]+}")
  public TestItemData get(@PathParam("id") long id) {
    return boundary.get(id);
  }

  @Operation(operationId = "createTestItem", summary = "Add a test item")
  @APIResponse(
      responseCode = "201",
      description = "The test item created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = TestItemData.class)))
  @POST
  public Response create(TestItemData data) {
    TestItemData created = boundary.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "updateTestItem", summary = "Change a test item")
  @PUT
  @Path("{id:[0-9]+}")
  public TestItemData update(@PathParam("id") long id, TestItemData data) {
    return boundary.update(id, data);
  }

  @Operation(
      operationId = "deleteTestItem",
      summary = "Delete a test item, or deactivate it when something refers to it")
  @APIResponse(responseCode = "204", description = "Deleted: nothing referred to it.")
  @APIResponse(
      responseCode = "200",
      description = "Deactivated instead: something refers to it.",
      content = @Content(schema = @Schema(implementation = TestItemData.class)))
  @DELETE
  @Path("{id:[0-9]+}")
  public Response remove(@PathParam("id") long id) {
    TestItemData left = boundary.remove(id);
    return left == null ? Response.noContent().build() : Response.ok(left).build();
  }

  @Operation(operationId = "deactivateTestItem", summary = "Deactivate a test item")
  @POST
  @Path("{id:[0-9]+}/deactivate")
  public TestItemData deactivate(@PathParam("id") long id) {
    return boundary.deactivate(id);
  }

  @Operation(operationId = "activateTestItem", summary = "Activate a test item")
  @POST
  @Path("{id:[0-9]+}/activate")
  public TestItemData activate(@PathParam("id") long id) {
    return boundary.activate(id);
  }
}
