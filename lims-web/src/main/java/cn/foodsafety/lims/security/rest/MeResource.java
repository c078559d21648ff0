package cn.foodsafety.lims.security.rest;

import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user: who am I, my password, my language. */
@Tag(name = "security")
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Users users;

  /** A password change: the current password and the new one. */
  public record PasswordChange(String currentPassword, String password) {}

  /** The preferred language: "zh-CN" or "en". */
  public record LanguageChoice(String locale) {}

  @Operation(operationId = "getCurrentUser", summary = "Who am I")
  @GET
  public UserData me() {
    return users.me();
  }

  @Operation(operationId = "changeOwnPassword", summary = "Change my password")
  @APIResponse(responseCode = "204", description = "Changed.")
  @PUT
  @Path("password")
  public Response changePassword(PasswordChange change) {
    users.changeOwnPassword(
        change == null ? null : change.currentPassword(),
        change == null ? null : change.password());
    return Response.noContent().build();
  }

  @Operation(operationId = "changeOwnLanguage", summary = "Choose my language (zh-CN or en)")
  @PUT
  @Path("locale")
  public UserData changeLanguage(LanguageChoice choice) {
    users.preferLocale(choice == null ? null : choice.locale());
    return users.me();
  }
}
