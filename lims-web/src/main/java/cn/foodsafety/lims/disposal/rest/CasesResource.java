package cn.foodsafety.lims.disposal.rest;

import cn.foodsafety.lims.disposal.boundary.AssistanceInput;
import cn.foodsafety.lims.disposal.boundary.CaseData;
import cn.foodsafety.lims.disposal.boundary.CaseExtensions;
import cn.foodsafety.lims.disposal.boundary.CaseResponsibilities;
import cn.foodsafety.lims.disposal.boundary.CaseRow;
import cn.foodsafety.lims.disposal.boundary.CaseSteps;
import cn.foodsafety.lims.disposal.boundary.Cases;
import cn.foodsafety.lims.disposal.boundary.Decision;
import cn.foodsafety.lims.disposal.boundary.ExtensionRequest;
import cn.foodsafety.lims.disposal.boundary.ProducerDelivery;
import cn.foodsafety.lims.disposal.boundary.ProducerNote;
import cn.foodsafety.lims.disposal.boundary.ResponsibilityData;
import cn.foodsafety.lims.disposal.boundary.StepInput;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.ListParams;
import cn.foodsafety.lims.results.boundary.HistoryLine;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Follow-up cases (核查处置): GET /cases (paged; filters state, level, department, region.id,
 * responsible.id, category.id, open=true|false, due=soon|overdue, mine=true; sort deadline,
 * receivedOn, caseNumber, ...), GET /cases/of-sample/{sampleId}, GET /cases/{id}, POST
 * /cases/{id}/steps {kind, date, ...}, POST /cases/{id}/extensions {reason, newDeadline}, POST
 * /cases/{id}/extensions/{eid}/approval and /rejection {note}, PUT /cases/{id}/producer-note
 * {note}, GET /cases/{id}/responsibility, POST /cases/{id}/producer-delivery {deliveredTo,
 * deliveredOn}, PUT /cases/{id}/assistance {to, sentOn, answer, answeredOn}, GET
 * /cases/{id}/history.
 */
@Tag(name = "disposal")
@ApplicationScoped
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject Cases cases;

  @Inject CaseExtensions caseExtensions;

  @Inject CaseSteps caseSteps;

  @Inject CaseResponsibilities responsibilities;

  @Operation(operationId = "listCases", summary = "List follow-up cases (核查处置)")
  @GET
  public Page<CaseRow> list(@BeanParam ListParams params) {
    return cases.list(params.query());
  }

  @Operation(operationId = "getCase", summary = "Read a case")
  @GET
  @Path("{id:[0-9]+}")
  public CaseData get(@PathParam("id") long id) {
    return cases.get(id);
  }

  @Operation(operationId = "getCaseOfSample", summary = "Read a sample's case")
  @GET
  @Path("of-sample/{sampleId:[0-9]+}")
  public CaseData ofSample(@PathParam("sampleId") long sampleId) {
    return cases.ofSample(sampleId);
  }

  @Operation(operationId = "recordCaseStep", summary = "Record the next step of a case")
  @POST
  @Path("{id:[0-9]+}/steps")
  public CaseData step(@PathParam("id") long id, StepInput input) {
    return caseSteps.recordStep(id, input);
  }

  @Operation(operationId = "requestExtension", summary = "Ask for a later deadline, with a reason")
  @POST
  @Path("{id:[0-9]+}/extensions")
  public CaseData extension(@PathParam("id") long id, ExtensionRequest request) {
    return caseExtensions.requestExtension(id, request);
  }

  @Operation(
      operationId = "approveExtension",
      summary = "Approve an extension (another supervisor of the bureau)")
  @POST
  @Path("{id:[0-9]+}/extensions/{eid:[0-9]+}/approval")
  public CaseData approve(
      @PathParam("id") long id, @PathParam("eid") long extensionId, Decision decision) {
    return caseExtensions.decideExtension(id, extensionId, true, decision);
  }

  @Operation(operationId = "rejectExtension", summary = "Reject an extension")
  @POST
  @Path("{id:[0-9]+}/extensions/{eid:[0-9]+}/rejection")
  public CaseData reject(
      @PathParam("id") long id, @PathParam("eid") long extensionId, Decision decision) {
    return caseExtensions.decideExtension(id, extensionId, false, decision);
  }

  @Operation(
      operationId = "noteAsProducerRegulator",
      summary = "Keep the producer's regulator's note")
  @PUT
  @Path("{id:[0-9]+}/producer-note")
  public CaseData producerNote(@PathParam("id") long id, ProducerNote note) {
    return caseSteps.noteAsProducerRegulator(id, note);
  }

  @Operation(
      operationId = "getCaseResponsibility",
      summary =
          "Who answers for a case and who must be told: stage, producer's investigation task or"
              + " assistance request, delivery deadline (Art. 29) and lateness")
  @GET
  @Path("{id:[0-9]+}/responsibility")
  public ResponsibilityData responsibility(@PathParam("id") long id) {
    return responsibilities.get(id);
  }

  @Operation(
      operationId = "deliverToProducer",
      summary = "Record the delivery of the result to the producer (where it is another business)")
  @POST
  @Path("{id:[0-9]+}/producer-delivery")
  public ResponsibilityData producerDelivery(@PathParam("id") long id, ProducerDelivery input) {
    return responsibilities.deliverToProducer(id, input);
  }

  @Operation(
      operationId = "recordAssistanceRequest",
      summary = "Record the cross-region assistance request (协查函): to whom, sent, answer")
  @PUT
  @Path("{id:[0-9]+}/assistance")
  public ResponsibilityData assistance(@PathParam("id") long id, AssistanceInput input) {
    return responsibilities.recordAssistance(id, input);
  }

  @Operation(operationId = "getCaseHistory", summary = "A case's audit history")
  @GET
  @Path("{id:[0-9]+}/history")
  public List<HistoryLine> history(@PathParam("id") long id) {
    return cases.history(id);
  }
}
