package cn.foodsafety.lims.rapidtest.rest;

import cn.foodsafety.lims.rapidtest.boundary.PublicMarketDay;
import cn.foodsafety.lims.rapidtest.boundary.PublicMarkets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A market's public rapid-test results, without sign-in: GET /public/markets/{code}/day?date= (the
 * day's tests) and GET /public/markets/{code}/qr.png (the QR code of the market's public page, to
 * print and hang at the testing point).
 */
@Tag(name = "rapidtest")
@SecurityRequirements({})
@ApplicationScoped
@Path("public/markets/{code:[A-Za-z0-9-]{1,30}}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMarketsResource {

  @Inject PublicMarkets tests;

  @Context UriInfo uri;

  @Operation(
      operationId = "getPublicMarketDay",
      summary = "A market's rapid tests of a day, no sign-in")
  @GET
  @Path("day")
  public PublicMarketDay day(
      @PathParam("code")
          @Parameter(
              description = "The market's code.",
              schema = @Schema(pattern = "^[A-Za-z0-9-]{1,30}$"))
          String code,
      @QueryParam("date")
          @Parameter(
              description = "The day (default today, China time).",
              schema = @Schema(format = "date"))
          String date) {
    return tests.publicDay(code, RapidTestsResource.date("date", date));
  }

  @Operation(operationId = "getPublicMarketQr", summary = "The QR code of a market's public page")
  @GET
  @Path("qr.png")
  @Produces({"image/png", MediaType.APPLICATION_JSON})
  public Response qr(
      @PathParam("code")
          @Parameter(
              description = "The market's code.",
              schema = @Schema(pattern = "^[A-Za-z0-9-]{1,30}$"))
          String code) {
    PublicMarkets.Qr qr =
        tests.publicQr(code, uri.getBaseUri().resolve("../public/market.xhtml").toString());
    return Response.ok(qr.png(), "image/png")
        .header("Content-Disposition", "inline; filename=\"" + qr.marketCode() + ".png\"")
        .build();
  }
}
