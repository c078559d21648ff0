package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The food classification, a tree of any depth. The master-data contract: GET list (paged, sorted,
 * searched, filtered), GET/PUT /{id} (PUT with the version read), POST (201 with Location), DELETE
 * /{id} (204 when nothing refers to the record, otherwise 200 with it deactivated), POST
 * /{id}/deactivate and /{id}/activate.
 */
@Path("food-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FoodCategoriesResource {

  @Inject FoodCategories boundary;

  @Context UriInfo uri;

  @GET
  public Page<FoodCategoryData> list(@BeanParam ListParams params) {
    return boundary.list(params.query());
  }

  @GET
  @Path("{id:[0-9]+}")
  public FoodCategoryData get(@PathParam("id") long id) {
    return boundary.get(id);
  }

  @POST
  public Response create(FoodCategoryData data) {
    FoodCategoryData created = boundary.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id:[0-9]+}")
  public FoodCategoryData update(@PathParam("id") long id, FoodCategoryData data) {
    return boundary.update(id, data);
  }

  @DELETE
  @Path("{id:[0-9]+}")
  public Response remove(@PathParam("id") long id) {
    FoodCategoryData left = boundary.remove(id);
    return left == null ? Response.noContent().build() : Response.ok(left).build();
  }

  @POST
  @Path("{id:[0-9]+}/deactivate")
  public FoodCategoryData deactivate(@PathParam("id") long id) {
    return boundary.deactivate(id);
  }

  @POST
  @Path("{id:[0-9]+}/activate")
  public FoodCategoryData activate(@PathParam("id") long id) {
    return boundary.activate(id);
  }
}
