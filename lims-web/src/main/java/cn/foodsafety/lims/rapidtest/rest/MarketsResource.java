package cn.foodsafety.lims.rapidtest.rest;

import cn.foodsafety.lims.rapidtest.boundary.MarketData;
import cn.foodsafety.lims.rapidtest.boundary.Markets;
import cn.foodsafety.lims.rapidtest.boundary.RapidKitData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Master data of rapid testing: GET/POST /markets (with their testing points), GET /markets/{id},
 * GET/POST /markets/kits (the kits: item and method).
 */
@Tag(name = "rapidtest")
@ApplicationScoped
@Path("markets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarketsResource {

  @Inject Markets markets;

  @Context UriInfo uri;

  @Operation(operationId = "listMarkets", summary = "Markets with rapid testing (快检市场)")
  @GET
  public List<MarketData> list() {
    return markets.list();
  }

  @Operation(operationId = "getMarket", summary = "Read a market")
  @GET
  @Path("{id:[0-9]+}")
  public MarketData get(@PathParam("id") long id) {
    return markets.get(id);
  }

  @Operation(operationId = "createMarket", summary = "Add a market with its testing points")
  @APIResponse(
      responseCode = "201",
      description = "The market created.",
      headers = @Header(name = "Location", description = "The new record's address."),
      content = @Content(schema = @Schema(implementation = MarketData.class)))
  @POST
  public Response create(MarketData data) {
    MarketData created = markets.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(operationId = "listRapidKits", summary = "Rapid-test kits (快检试剂盒)")
  @GET
  @Path("kits")
  public List<RapidKitData> kits() {
    return markets.kits();
  }

  @Operation(operationId = "createRapidKit", summary = "Add a rapid-test kit")
  @APIResponse(
      responseCode = "201",
      description = "The kit created.",
      content = @Content(schema = @Schema(implementation = RapidKitData.class)))
  @POST
  @Path("kits")
  public Response createKit(RapidKitData data) {
    return Response.status(Response.Status.CREATED).entity(markets.createKit(data)).build();
  }
}
