package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.LAB_HNFDI;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lab's store of backup samples through the API: recorded at receipt, kept until the
 * conclusion's retention ends (6 months for a non-conforming one), not disposed of while a
 * re-inspection or objection is pending, taken out to a re-inspection lab (after which no further
 * re-inspection can use it), never recorded for risk monitoring.
 */
class BackupSamplesIT {

  @Test
  void aBackupIsRecordedOnceAndKeptUntilItsRetentionEnds() {
    long sampleId = receivedCelery("芹菜-留样");
    JsonPath b = place(sampleId).then().statusCode(201).extract().jsonPath();
    long id = b.getLong("id");
    assertThat(b.getString("state")).isEqualTo("HELD");
    assertThat(b.getString("retentionEnd")).isNull();
    assertThat(b.getBoolean("canTakeOut")).isTrue();
    assertThat(b.getBoolean("canDispose")).isFalse();
    problem(place(sampleId), 400, "sampleId");
    assertThat(ids("held")).contains(id);
    assertThat(ids("disposed")).doesNotContain(id);
    // no conclusion yet: the retention is not over
    problem(dispose(id), 400, "disposedOn");
    // another lab's staff neither see nor act on it
    as("labtech2").get("/backup-samples/{id}", id).then().statusCode(404);
    as("supervisor").get("/backup-samples/{id}", id).then().statusCode(200);
    // a bad placement writes nothing
    Map<String, Object> bad = placement(receivedCelery("芹菜-留样-坏"));
    bad.put("quantity", "-1");
    bad.put("store", " ");
    JsonPath p = problem(as("labtech").body(bad).post("/backup-samples"), 400, "quantity");
    assertThat(p.getList("errors.field", String.class)).contains("store");
  }

  @Test
  void aRiskMonitoringSampleHasNoBackupToRecord() {
    long sampleId = approvedCelery("芹菜-风险监测-留样", "0.01", null, "RISK_MONITORING");
    problem(place(sampleId), 400, "sampleId");
  }

  @Test
  void aBackupNeededByAPendingObjectionIsNotDisposedOfAndOneTakenOutServesNoOtherReinspection() {
    long sampleId = approvedCelery("芹菜-留样-复检", "0.13", null);
    JsonPath b = place(sampleId).then().statusCode(201).extract().jsonPath();
    long backupId = b.getLong("id");
    // recorded after the non-conforming report: kept 6 months from it
    assertThat(LocalDate.parse(b.getString("retentionEnd")))
        .isEqualTo(LocalDate.parse(today()).plusMonths(6));

    long caseId =
        as("jinshui")
            .get("/cases/of-sample/{id}", sampleId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    record(caseId, step("ACCEPTED"));
    record(caseId, step("DELIVERED"));
    Map<String, Object> objection = step("OBJECTION_RAISED");
    objection.put("objectionGround", "SAMPLING_PROCEDURE");
    record(caseId, objection);
    JsonPath kept = as("labtech").get("/backup-samples/{id}", backupId).then().extract().jsonPath();
    assertThat(kept.getBoolean("requestPending")).isTrue();
    assertThat(kept.getBoolean("canDispose")).isFalse();
    JsonPath refused = problem(dispose(backupId), 400, "sampleId");
    assertThat(refused.getString("errors[0].message")).contains("复检或异议");

    // taken out to the re-inspection lab: custody recorded, no longer in the store
    JsonPath out =
        as("labtech")
            .body(Map.of("labId", LAB_HNFDI, "receiver", "李明"))
            .post("/backup-samples/{id}/take-out", backupId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(out.getString("state")).isEqualTo("TAKEN_OUT");
    assertThat(out.getString("custodyReceiver")).isEqualTo("李明");
    assertThat(ids("taken-out")).contains(backupId);
    problem(
        as("labtech")
            .body(Map.of("labId", LAB_HNFDI, "receiver", "李明"))
            .post("/backup-samples/{id}/take-out", backupId),
        409,
        null);

    // another sample whose backup is gone: a re-inspection request is refused
    long second = approvedCelery("芹菜-留样-已出库", "0.13", null);
    long secondBackup = place(second).then().statusCode(201).extract().jsonPath().getLong("id");
    as("labtech")
        .body(Map.of("labId", LAB_HNFDI, "receiver", "王强"))
        .post("/backup-samples/{id}/take-out", secondBackup)
        .then()
        .statusCode(200);
    long secondCase =
        as("jinshui")
            .get("/cases/of-sample/{id}", second)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    record(secondCase, step("ACCEPTED"));
    record(secondCase, step("DELIVERED"));
    Map<String, Object> reinspection = step("REINSPECTION_REQUESTED");
    reinspection.put("requestKind", "REINSPECTION");
    problem(
        as("jinshui").body(reinspection).post("/cases/{id}/steps", secondCase), 400, "requestKind");
    assertThat(as("jinshui").get("/cases/{id}", secondCase).jsonPath().getString("state"))
        .isEqualTo("DELIVERED");
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Object> placement(long sampleId) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("sampleId", sampleId);
    p.put("store", "留样室 2（冷藏）");
    p.put("shelf", "B-03");
    p.put("quantity", "1.0");
    p.put("quantityUnit", "千克");
    p.put("condition", "SEALED_INTACT");
    return p;
  }

  /** Records the backup of a received sample in LAB-ZZAQ's store (as labtech). */
  static Response place(long sampleId) {
    return as("labtech").body(placement(sampleId)).post("/backup-samples");
  }

  private static Response dispose(long id) {
    return as("labtech")
        .body(Map.of("how", "高温灭活", "witness", "王芳"))
        .post("/backup-samples/{id}/disposal", id);
  }

  private static List<Long> ids(String view) {
    return as("labtech")
        .queryParam("view", view)
        .get("/backup-samples")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id", Long.class);
  }

  private static void record(long caseId, Map<String, Object> step) {
    as("jinshui").body(step).post("/cases/{id}/steps", caseId).then().statusCode(200);
  }

  private static Map<String, Object> step(String kind) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", kind);
    s.put("date", today());
    return s;
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
