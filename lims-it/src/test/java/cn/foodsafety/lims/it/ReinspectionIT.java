package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.LAB_HNFDI;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Re-inspection and objection in full through the API (SAMR Order No. 15, Arts. 32-35): the
 * regulator accepts (or refuses, with a reason) an application, designates the re-inspection lab
 * within 5 working days of acceptance (+5 only with a recorded cause), and a conforming
 * re-inspection overturns the conclusion; an objection about the procedure, the method or the
 * standard is its own request whose upheld outcome overturns it too. Bad input is a field error and
 * writes nothing; the sweep flags a late decision and a late designation.
 */
class ReinspectionIT {

  @Test
  void anAcceptedApplicationADesignatedLabAndAConformingReinspectionOverturnTheConclusion() {
    long sampleId = approvedCelery("芹菜-复检受理", "0.13", null);
    long backupId = place(sampleId);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    JsonPath requested = record(id, request("REINSPECTION"));
    assertThat(requested.getString("requests.decisionDue")).isNotNull();
    assertThat(requested.getString("designationDue")).isNull();
    assertThat(requested.getList("nextSteps", String.class))
        .contains("REQUEST_ACCEPTED", "REQUEST_REFUSED")
        .doesNotContain("LAB_DESIGNATED");
    // no lab before the application is accepted
    problem(post(id, designation(null)), 400, "kind");

    JsonPath accepted = record(id, step("REQUEST_ACCEPTED"));
    assertThat(accepted.getString("requests.acceptedOn")).isEqualTo(today());
    LocalDate due = LocalDate.parse(accepted.getString("designationDue"));
    LocalDate extended = LocalDate.parse(accepted.getString("requests.extendedDesignationDue"));
    assertThat(due).isAfter(LocalDate.parse(today()));
    assertThat(extended).isAfter(due);
    assertThat(accepted.getList("nextSteps", String.class))
        .contains("LAB_DESIGNATED")
        .doesNotContain("REQUEST_REFUSED");

    // the backup is needed by the pending re-inspection: its disposal is a field error
    problem(
        as("labtech")
            .body(Map.of("how", "高温灭活", "witness", "王芳"))
            .post("/backup-samples/{id}/disposal", backupId),
        400,
        "sampleId");
    assertThat(as("labtech").get("/backup-samples/{id}", backupId).jsonPath().getString("state"))
        .isEqualTo("HELD");

    record(id, designation(null));
    Map<String, Object> outcome = step("REINSPECTION_OUTCOME");
    outcome.put("outcome", "OVERTURNED");
    outcome.put("note", "复检结果 0.04 mg/kg，合格");
    JsonPath overturned = record(id, outcome);
    assertThat(overturned.getString("state")).isEqualTo("OVERTURNED");
    assertThat(overturned.getList("nextSteps")).isEmpty();
    assertThat(
            as("labtech").get("/samples/{id}/results", sampleId).jsonPath().getString("conclusion"))
        .isEqualTo("CONFORMING");
  }

  @Test
  void aRefusedApplicationNeedsItsReasonAndTakesNoAcceptanceAfterwards() {
    long sampleId = approvedCelery("芹菜-复检不予受理", "0.13", null);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    record(id, request("REINSPECTION"));

    JsonPath noReason = problem(post(id, step("REQUEST_REFUSED")), 400, "note");
    assertThat(noReason.getString("errors[0].message")).contains("理由");
    assertThat(get(id).getString("requests.refusedOn")).isNull();

    JsonPath refused = record(id, withNote(step("REQUEST_REFUSED"), "申请人逾期未补正申请材料"));
    assertThat(refused.getString("requests.refusedOn")).isEqualTo(today());
    assertThat(refused.getString("requests.refusalReason")).isEqualTo("申请人逾期未补正申请材料");
    assertThat(refused.getString("state")).isEqualTo("DELIVERED");
    assertThat(refused.getList("nextSteps", String.class))
        .doesNotContain("REQUEST_ACCEPTED", "LAB_DESIGNATED", "REINSPECTION_OUTCOME")
        .contains("RISK_CONTROL");

    // an acceptance after the refusal: a field error, nothing written
    JsonPath late =
        problem(
            as("jinshui").body(step("REQUEST_ACCEPTED")).post("/cases/{id}/steps", id),
            400,
            "kind");
    assertThat(late.getString("errors[0].message")).isNotBlank();
    assertThat(get(id).getString("requests.acceptedOn")).isNull();
    assertThat(get(id).getList("steps.kind", String.class)).doesNotContain("REQUEST_ACCEPTED");
  }

  @Test
  void anUpheldObjectionOverturnsTheConclusion() {
    long sampleId = approvedCelery("芹菜-异议", "0.13", null);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    // an objection is no kind of re-inspection request
    problem(post(id, request("OBJECTION")), 400, "requestKind");
    // without a ground: a field error, nothing written
    problem(post(id, withNote(step("OBJECTION_RAISED"), "抽样时仅一名抽样人员在场")), 400, "objectionGround");
    assertThat(get(id).getString("requests.objectionRaisedOn")).isNull();

    Map<String, Object> objection = withNote(step("OBJECTION_RAISED"), "抽样时仅一名抽样人员在场");
    objection.put("objectionGround", "SAMPLING_PROCEDURE");
    JsonPath raised = record(id, objection);
    assertThat(raised.getString("state")).isEqualTo("REINSPECTION");
    assertThat(raised.getString("requests.objectionGround")).isEqualTo("SAMPLING_PROCEDURE");
    assertThat(raised.getString("requests.objectionDecisionDue")).isNotNull();
    assertThat(raised.getList("nextSteps", String.class))
        .contains("OBJECTION_ACCEPTED", "OBJECTION_REFUSED")
        .doesNotContain("OBJECTION_DECIDED", "COMPLETED");

    Map<String, Object> decided = step("OBJECTION_DECIDED");
    decided.put("objectionOutcome", "UPHELD");
    decided.put("note", "抽样单显示仅一名抽样人员签字");
    // a decision before the objection is accepted: a field error, nothing written
    problem(post(id, decided), 400, "kind");
    assertThat(get(id).getString("requests.objectionDecidedOn")).isNull();
    JsonPath accepted = record(id, step("OBJECTION_ACCEPTED"));
    assertThat(accepted.getString("requests.objectionAcceptedOn")).isEqualTo(today());
    assertThat(accepted.getBoolean("requests.objectionDecisionOverdue")).isFalse();
    assertThat(accepted.getList("nextSteps", String.class))
        .contains("OBJECTION_DECIDED")
        .doesNotContain("OBJECTION_REFUSED");

    decided.remove("note");
    problem(post(id, decided), 400, "note");
    decided.put("note", "抽样单显示仅一名抽样人员签字，抽样程序不符合规定");
    JsonPath upheld = record(id, decided);
    assertThat(upheld.getString("state")).isEqualTo("OVERTURNED");
    assertThat(upheld.getString("overturnedOn")).isEqualTo(today());
    assertThat(upheld.getString("requests.objectionOutcome")).isEqualTo("UPHELD");
    assertThat(upheld.getString("requests.objectionReasoning")).contains("抽样程序");
    assertThat(
            as("labtech").get("/samples/{id}/results", sampleId).jsonPath().getString("conclusion"))
        .isEqualTo("CONFORMING");
  }

  @Test
  void aRefusedObjectionNeedsItsReasonInTheUsersLanguageAndIsNeitherAcceptedNorDecidedAfterwards() {
    long sampleId = approvedCelery("芹菜-异议不予受理", "0.13", null);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    Map<String, Object> objection = step("OBJECTION_RAISED");
    objection.put("objectionGround", "TEST_METHOD");
    record(id, objection);

    JsonPath noReason = problem(post(id, step("OBJECTION_REFUSED")), 400, "note");
    assertThat(noReason.getString("errors[0].message")).contains("理由");
    JsonPath english =
        as("jinshui")
            .header("Accept-Language", "en")
            .body(step("OBJECTION_REFUSED"))
            .post("/cases/{id}/steps", id)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(english.getString("errors[0].message")).contains("reason");
    assertThat(get(id).getString("requests.objectionRefusedOn")).isNull();

    JsonPath refused = record(id, withNote(step("OBJECTION_REFUSED"), "异议事由不属于法定情形"));
    assertThat(refused.getString("requests.objectionRefusedOn")).isEqualTo(today());
    assertThat(refused.getString("requests.objectionRefusalReason")).isEqualTo("异议事由不属于法定情形");
    assertThat(refused.getString("state")).isEqualTo("DELIVERED");
    assertThat(refused.getList("nextSteps", String.class))
        .doesNotContain("OBJECTION_ACCEPTED", "OBJECTION_DECIDED");
    Map<String, Object> decided = withNote(step("OBJECTION_DECIDED"), "维持原结论");
    decided.put("objectionOutcome", "REJECTED");
    problem(post(id, decided), 400, "kind");
    problem(post(id, step("OBJECTION_ACCEPTED")), 400, "kind");
    assertThat(get(id).getList("steps.kind", String.class))
        .doesNotContain("OBJECTION_ACCEPTED", "OBJECTION_DECIDED");
  }

  @Test
  void anObjectionNotAcceptedOrRefusedInTimeIsFlaggedAndCounted() throws IOException, SQLException {
    long sampleId = approvedCelery("芹菜-异议逾期未受理", "0.13", null);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    Map<String, Object> objection = step("OBJECTION_RAISED");
    objection.put("objectionGround", "STANDARD");
    record(id, objection);
    AlertCounts.sweep();
    Map<String, Long> before = AlertCounts.matchTheirLists("jinshui");

    // time passes: raised 40 days ago, neither accepted nor refused
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("UPDATE disposal_case SET objection_raised_on = ? WHERE id = ?")) {
      s.setObject(1, LocalDate.now(CHINA).minusDays(40));
      s.setLong(2, id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    assertThat(get(id).getBoolean("requests.objectionDecisionOverdue")).isTrue();
    AlertCounts.sweep();
    Map<String, Long> late = AlertCounts.matchTheirLists("jinshui");
    assertThat(late.get("OBJECTION_DECISION_OVERDUE"))
        .isEqualTo(before.get("OBJECTION_DECISION_OVERDUE") + 1);
    assertThat(AlertCounts.listed("jinshui", "OBJECTION_DECISION_OVERDUE")).contains(id);
    assertThat(AlertCounts.matchTheirLists("supervisor").get("OBJECTION_DECISION_OVERDUE"))
        .isPositive();

    // accepted late: recorded as it happened, the alert goes
    JsonPath accepted = record(id, step("OBJECTION_ACCEPTED"));
    assertThat(accepted.getBoolean("requests.objectionDecisionOverdue")).isFalse();
    AlertCounts.sweep();
    assertThat(AlertCounts.matchTheirLists("jinshui").get("OBJECTION_DECISION_OVERDUE"))
        .isEqualTo(before.get("OBJECTION_DECISION_OVERDUE"));
    assertThat(AlertCounts.listed("jinshui", "OBJECTION_DECISION_OVERDUE")).doesNotContain(id);
  }

  @Test
  void aLateDesignationNeedsACauseAndTheSweepFlagsLateDecisionsAndDesignations()
      throws IOException, SQLException {
    long sampleId = approvedCelery("芹菜-延期确定复检机构", "0.13", null);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    record(id, request("REINSPECTION"));

    // not decided within the window: the sweep flags it
    setRequestDates(id, LocalDate.now(CHINA).minusDays(40), null);
    assertThat(get(id).getBoolean("requests.decisionOverdue")).isTrue();
    as("admin").post("/sweeps").then().statusCode(200);
    assertThat(alertKinds(id)).contains("REQUEST_DECISION_OVERDUE");
    assertThat(AlertCounts.listed("jinshui", "REQUEST_DECISION_OVERDUE")).contains(id);
    AlertCounts.matchTheirLists("jinshui");
    setRequestDates(id, LocalDate.parse(today()), null);

    record(id, step("REQUEST_ACCEPTED"));
    // accepted on a day after which today is past the 5 working days but within the +5
    LocalDate acceptedOn = null;
    for (int back = 6; back <= 30 && acceptedOn == null; back++) {
      LocalDate candidate = LocalDate.now(CHINA).minusDays(back);
      setRequestDates(id, candidate, candidate);
      JsonPath c = get(id);
      LocalDate today = LocalDate.parse(today());
      if (today.isAfter(LocalDate.parse(c.getString("designationDue")))
          && !today.isAfter(LocalDate.parse(c.getString("requests.extendedDesignationDue")))) {
        acceptedOn = candidate;
      }
    }
    assertThat(acceptedOn).as("a day of acceptance 6-10 working days ago").isNotNull();
    JsonPath late = get(id);
    assertThat(late.getBoolean("requests.designationOverdue")).isTrue();
    as("admin").post("/sweeps").then().statusCode(200);
    assertThat(alertKinds(id))
        .contains("DESIGNATION_OVERDUE")
        .doesNotContain("REQUEST_DECISION_OVERDUE");
    assertThat(AlertCounts.listed("jinshui", "DESIGNATION_OVERDUE")).contains(id);
    AlertCounts.matchTheirLists("jinshui");

    // after the window without a cause: a field error, nothing written
    JsonPath noCause = problem(post(id, designation(null)), 400, "delayCause");
    assertThat(noCause.getString("errors[0].message")).contains("原因");
    assertThat(get(id).getString("designatedOn")).isNull();
    // in English too
    JsonPath english =
        as("jinshui")
            .header("Accept-Language", "en")
            .body(designation(null))
            .post("/cases/{id}/steps", id)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(english.getString("errors[0].message")).contains("cause");

    // with a cause: recorded, and the sweep clears the alert
    JsonPath designated = record(id, designation("复检机构检验能力核实中，延期确定"));
    assertThat(designated.getString("designatedOn")).isEqualTo(today());
    assertThat(designated.getString("requests.delayCause")).isEqualTo("复检机构检验能力核实中，延期确定");
    assertThat(designated.getBoolean("requests.designationOverdue")).isFalse();
    as("admin").post("/sweeps").then().statusCode(200);
    assertThat(alertKinds(id)).doesNotContain("DESIGNATION_OVERDUE");
  }

  @Test
  void aDesignationAfterTheExtendedWindowIsRefusedEvenWithACause()
      throws IOException, SQLException {
    long sampleId = approvedCelery("芹菜-逾期确定复检机构", "0.13", null);
    long id = caseOf(sampleId);
    record(id, step("ACCEPTED"));
    record(id, step("DELIVERED"));
    record(id, request("REINSPECTION"));
    record(id, step("REQUEST_ACCEPTED"));
    LocalDate longAgo = LocalDate.now(CHINA).minusDays(40);
    setRequestDates(id, longAgo, longAgo);
    problem(post(id, designation("复检机构检验能力核实中")), 400, "date");
    assertThat(get(id).getString("designatedOn")).isNull();
  }

  // ---------------------------------------------------------------- helpers

  private static long place(long sampleId) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("sampleId", sampleId);
    p.put("store", "留样室 3（冷藏）");
    p.put("shelf", "C-01");
    p.put("quantity", "1.0");
    p.put("quantityUnit", "千克");
    p.put("condition", "SEALED_INTACT");
    return as("labtech")
        .body(p)
        .post("/backup-samples")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static long caseOf(long sampleId) {
    return as("jinshui")
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath get(long id) {
    return as("jinshui").get("/cases/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  private static Response post(long id, Map<String, Object> step) {
    return as("jinshui").body(step).post("/cases/{id}/steps", id);
  }

  private static JsonPath record(long id, Map<String, Object> step) {
    return post(id, step).then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> step(String kind) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", kind);
    s.put("date", today());
    return s;
  }

  private static Map<String, Object> withNote(Map<String, Object> step, String note) {
    step.put("note", note);
    return step;
  }

  private static Map<String, Object> request(String kind) {
    Map<String, Object> s = step("REINSPECTION_REQUESTED");
    s.put("requestKind", kind);
    return s;
  }

  private static Map<String, Object> designation(String cause) {
    Map<String, Object> s = step("LAB_DESIGNATED");
    s.put("labId", LAB_HNFDI);
    if (cause != null) {
      s.put("delayCause", cause);
    }
    return s;
  }

  /** The active alerts of the sweep on a case's requests (read from the table: the list is cut). */
  private static List<String> alertKinds(long caseId) throws IOException, SQLException {
    List<String> kinds = new java.util.ArrayList<>();
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT kind FROM alert WHERE subject_id = ? AND cleared_on IS NULL"
                    + " AND kind IN ('REQUEST_DECISION_OVERDUE', 'DESIGNATION_OVERDUE')")) {
      s.setLong(1, caseId);
      try (java.sql.ResultSet r = s.executeQuery()) {
        while (r.next()) {
          kinds.add(r.getString(1));
        }
      }
    }
    return kinds;
  }

  /** Moves the day the application was received (and accepted) into the past, as time passing. */
  private static void setRequestDates(long caseId, LocalDate requested, LocalDate accepted)
      throws IOException, SQLException {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE disposal_case SET reinspection_requested_on = ?, request_accepted_on = ?"
                    + " WHERE id = ?")) {
      s.setObject(1, requested);
      s.setObject(2, accepted);
      s.setLong(3, caseId);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static JsonPath problem(Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    if (field != null) {
      assertThat(p.getList("errors.field", String.class)).contains(field);
    }
    return p;
  }
}
