package cn.foodsafety.lims.security.rest;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** User administration (administrators only; the boundary enforces it). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject Users users;

  @Context UriInfo uri;

  @GET
  public Page<UserData> list(@BeanParam ListParams params) {
    return users.list(params.query());
  }

  @GET
  @Path("{id:[0-9]+}")
  public UserData get(@PathParam("id") long id) {
    return users.get(id);
  }

  @POST
  public Response create(UserData data) {
    UserData created = users.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id:[0-9]+}")
  public UserData update(@PathParam("id") long id, UserData data) {
    return users.update(id, data);
  }

  @POST
  @Path("{id:[0-9]+}/deactivate")
  public UserData deactivate(@PathParam("id") long id) {
    return users.deactivate(id);
  }

  @POST
  @Path("{id:[0-9]+}/activate")
  public UserData activate(@PathParam("id") long id) {
    return users.activate(id);
  }
}
