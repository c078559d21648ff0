package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
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

/** Regions: province, city and county-level units with their residents. */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionsResource {

  @Inject Regions regions;

  @Context UriInfo uri;

  @GET
  public Page<RegionData> list(@BeanParam ListParams params) {
    return regions.list(params.query());
  }

  @GET
  @Path("{id}")
  public RegionData get(@PathParam("id") long id) {
    return regions.get(id);
  }

  @POST
  public Response create(RegionData data) {
    RegionData created = regions.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public RegionData update(@PathParam("id") long id, RegionData data) {
    return regions.update(id, data);
  }

  /** Deletes an unreferenced region; a referenced one is deactivated and returned. */
  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    RegionData left = regions.remove(id);
    return left == null ? Response.noContent().build() : Response.ok(left).build();
  }

  @POST
  @Path("{id}/deactivate")
  public RegionData deactivate(@PathParam("id") long id) {
    return regions.deactivate(id);
  }

  @POST
  @Path("{id}/activate")
  public RegionData activate(@PathParam("id") long id) {
    return regions.activate(id);
  }
}
