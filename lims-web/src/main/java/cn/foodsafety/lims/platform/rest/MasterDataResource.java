package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.MasterData;
import cn.foodsafety.lims.platform.control.Page;
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
 * The same contract for every master-data list: GET (paged, sorted, searched, filtered), GET /{id},
 * POST (201 with Location), PUT /{id} (with the version read), DELETE /{id} (204 when nothing
 * refers to the record, otherwise 200 with the record deactivated), POST /{id}/deactivate and
 * /{id}/activate. A subclass names its boundary's use cases.
 *
 * @param <D> the record the boundary takes and gives
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class MasterDataResource<D extends MasterData.Identified> {

  @Context UriInfo uri;

  /** The boundary behind this resource. */
  protected abstract MasterData<D> useCases();

  @GET
  public Page<D> list(@BeanParam ListParams params) {
    return useCases().list(params.query());
  }

  @GET
  @Path("{id}")
  public D get(@PathParam("id") long id) {
    return useCases().get(id);
  }

  @POST
  public Response create(D data) {
    D created = useCases().create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public D update(@PathParam("id") long id, D data) {
    return useCases().update(id, data);
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    D left = useCases().remove(id);
    return left == null ? Response.noContent().build() : Response.ok(left).build();
  }

  @POST
  @Path("{id}/deactivate")
  public D deactivate(@PathParam("id") long id) {
    return useCases().deactivate(id);
  }

  @POST
  @Path("{id}/activate")
  public D activate(@PathParam("id") long id) {
    return useCases().activate(id);
  }
}
