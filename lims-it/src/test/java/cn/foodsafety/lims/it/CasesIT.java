package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.LAB_HNFDI;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static cn.foodsafety.lims.it.SampleFlows.ZHONGYUAN;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The follow-up of non-conforming food through the API: an approved non-conforming report opens a
 * case at 金水区's bureau (the producer's regulator in 中原区 reads it and keeps a note); the steps in
 * order with their dates; an extension approved by the bureau's other supervisor; completion on
 * time; a re-inspection that overturns the conclusion; the sweep's alerts and its idempotence.
 */
class CasesIT {

  @Test
  void anApprovedNonConformingReportOpensACaseThatIsHandledToCompletion() {
    long sampleId = approvedCelery("芹菜-核查", "0.13", ZHONGYUAN);
    JsonPath opened = caseOfSample("jinshui", sampleId);
    long id = opened.getLong("id");
    assertThat(opened.getString("state")).isEqualTo("OPEN");
    assertThat(opened.getString("caseNumber")).startsWith("HC-");
    assertThat(opened.getString("level")).isEqualTo("MUNICIPAL");
    assertThat(opened.getString("responsibleName")).isEqualTo("金水区市场监督管理局");
    assertThat(opened.getString("producerRegulatorName")).isEqualTo("中原区市场监督管理局");
    assertThat(opened.getString("receivedOn")).isEqualTo(today());
    assertThat(opened.getInt("disposalDays")).isEqualTo(90);
    LocalDate statutory = LocalDate.parse(opened.getString("statutoryDeadline"));
    assertThat(statutory).isAfterOrEqualTo(LocalDate.now(CHINA).plusDays(90));
    assertThat(opened.getString("deadline")).isEqualTo(statutory.toString());
    assertThat(opened.getList("failingItems.analyte", String.class)).containsExactly("毒死蜱");
    assertThat(opened.getString("failingItems[0].timesOver")).isEqualTo("1.6");
    assertThat(opened.getList("nextSteps", String.class)).containsExactly("ACCEPTED");

    // who sees and who acts
    as("zhongyuan").get("/cases/{id}", id).then().statusCode(200);
    as("supervisor").get("/cases/{id}", id).then().statusCode(200);
    as("sampler").get("/cases/{id}", id).then().statusCode(403);
    as("zhongyuan")
        .body(step("ACCEPTED", today()))
        .post("/cases/{id}/steps", id)
        .then()
        .statusCode(403);
    as("supervisor")
        .body(step("ACCEPTED", today()))
        .post("/cases/{id}/steps", id)
        .then()
        .statusCode(403);
    as("zhongyuan")
        .body(Map.of("note", "已通知生产基地暂停供货"))
        .put("/cases/{id}/producer-note", id)
        .then()
        .statusCode(200);
    as("jinshui")
        .body(Map.of("note", "x"))
        .put("/cases/{id}/producer-note", id)
        .then()
        .statusCode(403);
    assertThat(
            as("zhongyuan")
                .queryParam("size", 200)
                .get("/cases")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(id);

    // steps out of order, in the future, before the case began, of an unknown kind
    problem(
        as("jinshui")
            .body(withNote(step("COMPLETED", today()), "完成"))
            .post("/cases/{id}/steps", id),
        400,
        "kind");
    problem(
        as("jinshui")
            .body(step("ACCEPTED", LocalDate.now(CHINA).plusDays(1).toString()))
            .post("/cases/{id}/steps", id),
        400,
        "date");
    problem(
        as("jinshui")
            .body(step("ACCEPTED", LocalDate.now(CHINA).minusDays(1).toString()))
            .post("/cases/{id}/steps", id),
        400,
        "date");
    problem(
        as("jinshui").body(step("FINISHED", today())).post("/cases/{id}/steps", id), 400, "kind");
    assertThat(get("jinshui", id).getList("steps")).isEmpty();

    record(id, step("ACCEPTED", today()));
    record(id, step("DELIVERED", today()));
    Map<String, Object> sealing = step("RISK_CONTROL", today());
    sealing.put("measure", "SEALING");
    problem(as("jinshui").body(sealing).post("/cases/{id}/steps", id), 400, "quantity");
    sealing.put("quantity", "20");
    sealing.put("quantityUnit", "千克");
    record(id, sealing);
    record(id, withNote(step("INVESTIGATION", today()), "种植户未遵守安全间隔期"));
    problem(
        as("jinshui").body(step("ENFORCEMENT", today())).post("/cases/{id}/steps", id),
        400,
        "note");
    Map<String, Object> enforcement = step("ENFORCEMENT", today());
    enforcement.put("reference", "金市监立〔2026〕88号");
    enforcement.put("amount", "5000");
    record(id, enforcement);
    record(id, withNote(step("RECTIFICATION", today()), "整改到位"));

    // an extension: reason and a later date, decided by the bureau's other supervisor
    problem(
        as("jinshui")
            .body(Map.of("newDeadline", statutory.plusDays(30).toString()))
            .post("/cases/{id}/extensions", id),
        400,
        "reason");
    problem(
        as("jinshui")
            .body(Map.of("reason", "需要补充调查", "newDeadline", statutory.minusDays(1).toString()))
            .post("/cases/{id}/extensions", id),
        400,
        "newDeadline");
    JsonPath requested =
        as("jinshui")
            .body(Map.of("reason", "需要补充调查", "newDeadline", statutory.plusDays(30).toString()))
            .post("/cases/{id}/extensions", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long extensionId = requested.getLong("extensions[0].id");
    assertThat(requested.getString("deadline")).isEqualTo(statutory.toString());
    as("jinshui")
        .body(Map.of("note", "同意"))
        .post("/cases/{id}/extensions/{e}/approval", id, extensionId)
        .then()
        .statusCode(403);
    problem(
        as("jinshui2").body(Map.of()).post("/cases/{id}/extensions/{e}/rejection", id, extensionId),
        400,
        "note");
    JsonPath extended =
        as("jinshui2")
            .body(Map.of("note", "同意延期"))
            .post("/cases/{id}/extensions/{e}/approval", id, extensionId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(extended.getString("deadline")).isEqualTo(statutory.plusDays(30).toString());
    assertThat(extended.getString("extensions[0].state")).isEqualTo("APPROVED");
    as("jinshui2")
        .body(Map.of("note", "再次"))
        .post("/cases/{id}/extensions/{e}/approval", id, extensionId)
        .then()
        .statusCode(409);

    JsonPath done = record(id, withNote(step("COMPLETED", today()), "核查处置完毕"));
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getBoolean("onTime")).isTrue();
    assertThat(done.getList("steps.kind", String.class))
        .containsExactly(
            "ACCEPTED",
            "DELIVERED",
            "RISK_CONTROL",
            "INVESTIGATION",
            "ENFORCEMENT",
            "RECTIFICATION",
            "COMPLETED");
    as("jinshui")
        .body(withNote(step("RISK_CONTROL", today()), "x"))
        .post("/cases/{id}/steps", id)
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM_JSON));

    List<String> fields =
        as("jinshui").get("/cases/{id}/history", id).jsonPath().getList("field", String.class);
    assertThat(fields).contains("ACCEPTED", "COMPLETED", "deadline", "producerNote", "extension");
  }

  @Test
  void aReinspectionThatOverturnsTheConclusionClosesTheCaseAndChangesTheSample() {
    long sampleId = approvedCelery("芹菜-复检", "0.06", null);
    long id = caseOfSample("jinshui", sampleId).getLong("id");
    assertThat(caseOfSample("jinshui", sampleId).getString("producerRegulatorName")).isNull();
    record(id, step("ACCEPTED", today()));
    record(id, step("DELIVERED", today()));
    Map<String, Object> request = step("REINSPECTION_REQUESTED", today());
    problem(as("jinshui").body(request).post("/cases/{id}/steps", id), 400, "requestKind");
    request.put("requestKind", "REINSPECTION");
    JsonPath requested = record(id, request);
    assertThat(requested.getString("state")).isEqualTo("REINSPECTION");
    assertThat(requested.getString("requests.decisionDue")).isNotNull();
    // the lab's window runs from the acceptance of the application (Art. 32)
    assertThat(requested.getString("designationDue")).isNull();
    JsonPath accepted = record(id, step("REQUEST_ACCEPTED", today()));
    assertThat(accepted.getString("designationDue")).isNotNull();

    Map<String, Object> sameLab = step("LAB_DESIGNATED", today());
    sameLab.put("labId", LAB_ZZAQ);
    problem(as("jinshui").body(sameLab).post("/cases/{id}/steps", id), 400, "labId");
    Map<String, Object> designated = step("LAB_DESIGNATED", today());
    designated.put("labId", LAB_HNFDI);
    record(id, designated);

    // completion waits for the re-inspection's outcome
    record(id, step("RISK_CONTROL", today(), "measure", "STOP_SALES"));
    record(id, withNote(step("INVESTIGATION", today()), "复检中"));
    Map<String, Object> outcome = step("REINSPECTION_OUTCOME", today());
    outcome.put("outcome", "OVERTURNED");
    outcome.put("note", "复检结果 0.04 mg/kg，合格");
    JsonPath overturned = record(id, outcome);
    assertThat(overturned.getString("state")).isEqualTo("OVERTURNED");
    assertThat(overturned.getString("overturnedOn")).isEqualTo(today());
    assertThat(
            as("labtech").get("/samples/{id}/results", sampleId).jsonPath().getString("conclusion"))
        .isEqualTo("CONFORMING");
    List<Map<String, Object>> history =
        as("labtech").get("/samples/{id}/history", sampleId).jsonPath().getList("$");
    assertThat(history)
        .anySatisfy(
            h -> {
              assertThat(h.get("field")).isEqualTo("conclusion");
              assertThat(h.get("newValue")).isEqualTo("CONFORMING");
            });
  }

  @Test
  void aConformingReportOpensNoCase() {
    long sampleId = approvedCelery("芹菜-合格", "0.01", null);
    as("jinshui").get("/cases/of-sample/{id}", sampleId).then().statusCode(404);
  }

  @Test
  void theSweepMarksOverdueAndDueSoonCasesOnceAndClearsWhatIsSettled()
      throws IOException, SQLException {
    long overdue = caseOfSample("jinshui", approvedCelery("芹菜-超期", "0.2", null)).getLong("id");
    long soon = caseOfSample("jinshui", approvedCelery("芹菜-临期", "0.2", null)).getLong("id");
    // a sweep first settles whatever other tests left due, so the next one sees only these two
    as("admin").post("/sweeps").then().statusCode(200);
    long overdueBefore = as("jinshui").get("/alerts").jsonPath().getLong("caseOverdue");
    ItDatabase.setCaseDeadline(overdue, LocalDate.now(CHINA).minusDays(1));
    ItDatabase.setCaseDeadline(soon, LocalDate.now(CHINA).plusDays(3));

    as("jinshui").post("/sweeps").then().statusCode(403);
    JsonPath first = as("admin").post("/sweeps").then().statusCode(200).extract().jsonPath();
    assertThat(first.getInt("raised")).isEqualTo(2);
    assertThat(first.getInt("cleared")).isZero();
    JsonPath second = as("admin").post("/sweeps").then().statusCode(200).extract().jsonPath();
    assertThat(second.getInt("raised")).isZero();
    assertThat(second.getInt("cleared")).isZero();
    assertThat(second.getInt("changedCases")).isZero();

    JsonPath alerts = as("jinshui").get("/alerts").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = alerts.getList("alerts");
    assertThat(items)
        .anySatisfy(
            a -> {
              assertThat(((Number) a.get("caseId")).longValue()).isEqualTo(overdue);
              assertThat(a.get("kind")).isEqualTo("CASE_OVERDUE");
            })
        .anySatisfy(
            a -> {
              assertThat(((Number) a.get("caseId")).longValue()).isEqualTo(soon);
              assertThat(a.get("kind")).isEqualTo("CASE_DUE_SOON");
            });
    assertThat(alerts.getLong("caseOverdue")).isEqualTo(overdueBefore + 1);
    assertThat(as("supervisor").get("/alerts").jsonPath().getList("alerts.caseId", Long.class))
        .contains(overdue, soon);
    assertThat(as("labtech").get("/alerts").jsonPath().getList("alerts.caseId", Long.class))
        .doesNotContain(overdue, soon);
    assertThat(
            as("jinshui")
                .queryParam("due", "overdue")
                .queryParam("size", 200)
                .get("/cases")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(overdue)
        .doesNotContain(soon);
    assertThat(get("jinshui", overdue).getString("urgency")).isEqualTo("OVERDUE");

    // settled: the deadline moved back out of the window, the sweep clears the alert once
    ItDatabase.setCaseDeadline(soon, LocalDate.now(CHINA).plusDays(60));
    JsonPath third = as("admin").post("/sweeps").then().statusCode(200).extract().jsonPath();
    assertThat(third.getInt("cleared")).isEqualTo(1);
    assertThat(third.getInt("raised")).isZero();
    assertThat(as("jinshui").get("/alerts").jsonPath().getList("alerts.caseId", Long.class))
        .contains(overdue)
        .doesNotContain(soon);
    JsonPath fourth = as("admin").post("/sweeps").then().statusCode(200).extract().jsonPath();
    assertThat(fourth.getInt("raised") + fourth.getInt("cleared") + fourth.getInt("changedCases"))
        .isZero();
    // the four runs, newest first
    assertThat(
            as("admin").queryParam("limit", 4).get("/sweeps").jsonPath().getList("id", Long.class))
        .containsExactly(
            fourth.getLong("id"), third.getLong("id"), second.getLong("id"), first.getLong("id"));
  }

  @Test
  void badListFiltersAreFieldErrors() {
    problem(as("jinshui").queryParam("due", "tomorrow").get("/cases"), 400, "due");
    problem(as("jinshui").queryParam("state", "LOST").get("/cases"), 400, "state");
    as("jinshui").get("/cases/{id}", 999_999_999L).then().statusCode(404);
  }

  // ---------------------------------------------------------------- helpers

  private static JsonPath caseOfSample(String user, long sampleId) {
    return as(user)
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath get(String user, long id) {
    return as(user).get("/cases/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath record(long id, Map<String, Object> step) {
    return as("jinshui")
        .body(step)
        .post("/cases/{id}/steps", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> step(String kind, String date, String... more) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", kind);
    s.put("date", date);
    for (int i = 0; i + 1 < more.length; i += 2) {
      s.put(more[i], more[i + 1]);
    }
    return s;
  }

  private static Map<String, Object> withNote(Map<String, Object> step, String note) {
    step.put("note", note);
    return step;
  }

  private static JsonPath problem(Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }
}
