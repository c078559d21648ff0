package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.results.boundary.ItemAddition;
import cn.foodsafety.lims.results.boundary.ItemChoice;
import cn.foodsafety.lims.results.boundary.Reason;
import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.ResultEntries;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Reviews;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "results")
@Path("samples/{id:[0-9]+}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResultsResource {

  @Inject Results results;

  @Inject Reviews reviews;

  @PathParam("id")
  long id;

  @Operation(
      operationId = "getResults",
      summary = "A sample's items, results, verdicts and conclusion")
  @GET
  public ResultSheet get() {
    return results.sheet(id);
  }

  @Operation(operationId = "recordResults", summary = "Record results (all or nothing)")
  @PUT
  public ResultSheet put(ResultEntries entries) {
    return results.record(id, entries);
  }

  @Operation(
      operationId = "recordResultsByPost",
      summary = "Record results (all or nothing), the same as PUT")
  @POST
  public ResultSheet post(ResultEntries entries) {
    return results.record(id, entries);
  }

  @Operation(
      operationId = "addTestItem",
      summary = "Add a test item of the lab's scope, with a reason")
  @POST
  @Path("items")
  public ResultSheet addItem(ItemAddition addition) {
    return results.addItem(id, addition);
  }

  @Operation(
      operationId = "listItemChoices",
      summary = "The test items the lab may add to the sample")
  @GET
  @Path("items/choices")
  public List<ItemChoice> itemChoices() {
    return results.itemChoices(id);
  }

  @Operation(operationId = "dropTestItem", summary = "Drop a test item, with a reason")
  @POST
  @Path("items/{itemId:[0-9]+}/drop")
  public ResultSheet dropItem(@PathParam("itemId") long itemId, Reason reason) {
    return results.dropItem(id, itemId, reason);
  }

  @Operation(operationId = "submitResults", summary = "Submit the results for review")
  @POST
  @Path("submission")
  public ResultSheet submit() {
    return results.submit(id);
  }

  @Operation(
      operationId = "reviewResults",
      summary = "Mark the results reviewed (four eyes: not by who entered them)")
  @POST
  @Path("review")
  public ResultSheet review() {
    return reviews.review(id);
  }

  @Operation(
      operationId = "rejectResults",
      summary = "Return the results to the lab, with a reason")
  @POST
  @Path("rejection")
  public ResultSheet reject(Reason reason) {
    return reviews.reject(id, reason);
  }

  @Operation(
      operationId = "approveResults",
      summary = "Approve with the password as e-signature; issues the test report")
  @POST
  @Path("approval")
  public ReportData approve(Signature signature) {
    return reviews.approve(id, signature);
  }

  @Operation(
      operationId = "amendResults",
      summary = "Open an approved report for amendment, with a reason")
  @POST
  @Path("amendment")
  public ResultSheet amend(Reason reason) {
    return reviews.amend(id, reason);
  }

  @Operation(
      operationId = "reportConclusion",
      summary = "Record that the conclusion went to the regulator")
  @POST
  @Path("conclusion-report")
  public ResultSheet conclusionReported() {
    return reviews.conclusionReported(id);
  }
}
