package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
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
 * The food classification, a tree of any depth. The master-data contract: GET list (paged, sorted,
 * searched, filtered), GET/PUT /{id} (PUT with the version read), POST (201 with Location), DELETE
 * /{id} (204 when nothing refers to the record, otherwise 200 with it deactivated), POST
 * /{id}/deactivate and /{id}/activate.
 */
@Tag(name = "masterdata")
@ApplicationScoped
@Path("food-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FoodCategoriesResource {

  @Inject FoodCategories boundary;

  @Context UriInfo uri;

  @Operation(operationId = "listFoodCategories", summary = "List food categories (食品分类)")
  @GET
  public Page<FoodCategoryData> list(@BeanParam ListParams params) {
    return boundary.list(params.query());
  }

  @Operation(operationId = "getFoodCategory", summary = "Read a food category")
  @GET
  @Path("{id:[0-9]+}")
  public FoodCategoryData get(@PathParam("id") long id) {
    return boundary.get(id);
  }

  @Operation(operationId = "createFoodCategory", summary = "Add a food category")
  @APIResponse(
      responseCode = "201",
      description = "The category created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = FoodCategoryData.class)))
  @POST
  public Response create(FoodCategoryData data) {
    FoodCategoryData created = boundary.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "updateFoodCategory", summary = "Change a food category")
  @PUT
  @Path("{id:[0-9]+}")
  public FoodCategoryData update(@PathParam("id") long id, FoodCategoryData data) {
    return boundary.update(id, data);
  }

  @Operation(
      operationId = "deleteFoodCategory",
      summary = "Delete a food category, or deactivate it when something refers to it")
  @APIResponse(responseCode = "204", description = "Deleted: nothing referred to it.")
  @APIResponse(
      responseCode = "200",
      description = "Deactivated instead: something refers to it.",
      content = @Content(schema = @Schema(implementation = FoodCategoryData.class)))
  @DELETE
  @Path("{id:[0-9]+}")
  public Response remove(@PathParam("id") long id) {
    FoodCategoryData left = boundary.remove(id);
    return left == null ? Response.noContent().build() : Response.ok(left).build();
  }

  @Operation(operationId = "deactivateFoodCategory", summary = "Deactivate a food category")
  @POST
  @Path("{id:[0-9]+}/deactivate")
  public FoodCategoryData deactivate(@PathParam("id") long id) {
    return boundary.deactivate(id);
  }

  @Operation(operationId = "activateFoodCategory", summary = "Activate a food category")
  @POST
  @Path("{id:[0-9]+}/activate")
  public FoodCategoryData activate(@PathParam("id") long id) {
    return boundary.activate(id);
  }
}
