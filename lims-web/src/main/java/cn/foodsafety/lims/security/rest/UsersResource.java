package cn.foodsafety.lims.security.rest;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration (administrators only; the boundary enforces it). */
@Tag(name = "security")
@ApplicationScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject Users users;

  @Context UriInfo uri;

  @Operation(operationId = "listUsers", summary = "List users (administrators)")
  @GET
  public Page<UserData> list(@BeanParam ListParams params) {
    return users.list(params.query());
  }

  @Operation(operationId = "getUser", summary = "Read a user")
  @GET
  @Path("{id:[0-9]+}")
  public UserData get(@PathParam("id") long id) {
    return users.get(id);
  }

  @Operation(operationId = "createUser", summary = "Add a user")
  @APIResponse(
      responseCode = "201",
      description = "The user created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = UserData.class)))
  @POST
  public Response create(UserData data) {
    UserData created = users.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "updateUser", summary = "Change a user")
  @PUT
  @Path("{id:[0-9]+}")
  public UserData update(@PathParam("id") long id, UserData data) {
    return users.update(id, data);
  }

  @Operation(operationId = "deactivateUser", summary = "Deactivate a user")
  @POST
  @Path("{id:[0-9]+}/deactivate")
  public UserData deactivate(@PathParam("id") long id) {
    return users.deactivate(id);
  }

  @Operation(operationId = "activateUser", summary = "Activate a user")
  @POST
  @Path("{id:[0-9]+}/activate")
  public UserData activate(@PathParam("id") long id) {
    return users.activate(id);
  }

  @Operation(
      operationId = "unlockUser",
      summary = "End a user's sign-in lock (after too many failed sign-ins) before it runs out")
  @POST
  @Path("{id:[0-9]+}/unlock")
  public UserData unlock(@PathParam("id") long id) {
    return users.unlock(id);
  }
}
