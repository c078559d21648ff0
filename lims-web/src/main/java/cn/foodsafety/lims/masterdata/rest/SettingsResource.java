package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.SettingData;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Settings: GET /settings (with what each means), PUT /settings/{name} {value, version}
 * (administrators; checked by kind: days 1-365, due-soon window 1-90, targets 0-100 percent).
 */
@Tag(name = "masterdata")
@ApplicationScoped
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

  @Inject Settings settings;

  @Context HttpHeaders headers;

  @Operation(operationId = "listSettings", summary = "List the settings with what each means")
  @GET
  public List<SettingData> list() {
    return settings.list(RequestLocale.of(headers));
  }

  @Operation(operationId = "changeSetting", summary = "Change a setting (administrators)")
  @PUT
  @Path("{name:[A-Za-z0-9_.]+}")
  public SettingData change(@PathParam("name") String name, SettingData data) {
    return settings.change(name, data, RequestLocale.of(headers));
  }
}
