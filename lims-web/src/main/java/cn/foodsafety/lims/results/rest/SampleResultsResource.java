package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.results.boundary.ItemAddition;
import cn.foodsafety.lims.results.boundary.ItemChoice;
import cn.foodsafety.lims.results.boundary.Reason;
import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.ResultEntries;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Signature;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A sample's results: GET (the items, created from the category's test items when the lab received
 * the sample, with their limits, results and verdicts, and the conclusion); PUT or POST {@code
 * {"results":[{itemId, value | notDetected, lod, unit, method, instrument, analyst, testedOn}]}}
 * (all or nothing); GET /items/choices (the test items of the lab's accreditation scope the sample
 * does not have yet), POST /items {@code {testItemId, reason}} adds one of them, POST
 * /items/{itemId}/drop {@code {reason}} drops one; POST /submission (to review), /review,
 * /rejection {@code {reason}}, /approval {@code {password}} (the e-signature; answers the issued
 * report), /amendment {@code {reason}}, /conclusion-report (the conclusion went to the regulator).
 */
@Path("samples/{id:[0-9]+}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResultsResource {

  @Inject Results results;

  @PathParam("id")
  long id;

  @GET
  public ResultSheet get() {
    return results.sheet(id);
  }

  @PUT
  public ResultSheet put(ResultEntries entries) {
    return results.record(id, entries);
  }

  @POST
  public ResultSheet post(ResultEntries entries) {
    return results.record(id, entries);
  }

  @POST
  @Path("items")
  public ResultSheet addItem(ItemAddition addition) {
    return results.addItem(id, addition);
  }

  @GET
  @Path("items/choices")
  public List<ItemChoice> itemChoices() {
    return results.itemChoices(id);
  }

  @POST
  @Path("items/{itemId:[0-9]+}/drop")
  public ResultSheet dropItem(@PathParam("itemId") long itemId, Reason reason) {
    return results.dropItem(id, itemId, reason);
  }

  @POST
  @Path("submission")
  public ResultSheet submit() {
    return results.submit(id);
  }

  @POST
  @Path("review")
  public ResultSheet review() {
    return results.review(id);
  }

  @POST
  @Path("rejection")
  public ResultSheet reject(Reason reason) {
    return results.reject(id, reason);
  }

  @POST
  @Path("approval")
  public ReportData approve(Signature signature) {
    return results.approve(id, signature);
  }

  @POST
  @Path("amendment")
  public ResultSheet amend(Reason reason) {
    return results.amend(id, reason);
  }

  @POST
  @Path("conclusion-report")
  public ResultSheet conclusionReported() {
    return results.conclusionReported(id);
  }
}
