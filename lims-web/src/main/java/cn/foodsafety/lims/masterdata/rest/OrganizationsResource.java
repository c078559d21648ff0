package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
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
 * Organizations: regulators, testing institutions, sampling units and laboratories. The master-data
 * contract: GET list (paged, sorted, searched, filtered), GET/PUT /{id} (PUT with the version
 * read), POST (201 with Location), DELETE /{id} (204 when nothing refers to the record, otherwise
 * 200 with it deactivated), POST /{id}/deactivate and /{id}/activate.
 */
@Tag(name = "masterdata")
@ApplicationScoped
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

  @Inject Organizations boundary;

  @Context UriInfo uri;

  @Operation(
      operationId = "listOrganizations",
      summary = "List organizations (regulators, sampling units, laboratories)")
  @GET
  public Page<OrganizationData> list(@BeanParam ListParams params) {
    return boundary.list(params.query());
  }

  @Operation(operationId = "getOrganization", summary = "Read an organization")
  @GET
  @Path("{id:[0-9]+}")
  public OrganizationData get(@PathParam("id") long id) {
    return boundary.get(id);
  }

  @Operation(operationId = "createOrganization", summary = "Add an organization")
  @APIResponse(
      responseCode = "201",
      description = "The organization created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = OrganizationData.class)))
  @POST
  public Response create(OrganizationData data) {
    OrganizationData created = boundary.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "updateOrganization", summary = "Change an organization")
  @PUT
  @Path("{id:[0-9]+}")
  public OrganizationData update(@PathParam("id") long id, OrganizationData data) {
    return boundary.update(id, data);
  }

  @Operation(
      operationId = "deleteOrganization",
      summary = "Delete an organization, or deactivate it when something refers to it")
  @APIResponse(responseCode = "204", description = "Deleted: nothing referred to it.")
  @APIResponse(
      responseCode = "200",
      description = "Deactivated instead: something refers to it.",
      content = @Content(schema = @Schema(implementation = OrganizationData.class)))
  @DELETE
  @Path("{id:[0-9]+}")
  public Response remove(@PathParam("id") long id) {
    OrganizationData left = boundary.remove(id);
    return left == null ? Response.noContent().build() : Response.ok(left).build();
  }

  @Operation(operationId = "deactivateOrganization", summary = "Deactivate an organization")
  @POST
  @Path("{id:[0-9]+}/deactivate")
  public OrganizationData deactivate(@PathParam("id") long id) {
    return boundary.deactivate(id);
  }

  @Operation(operationId = "activateOrganization", summary = "Activate an organization")
  @POST
  @Path("{id:[0-9]+}/activate")
  public OrganizationData activate(@PathParam("id") long id) {
    return boundary.activate(id);
  }
}
