package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.SampleFlows.ZHONGYUAN;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kinds of sampling through the API, from the form to the closed follow-up: a risk-monitoring
 * sample keeps no backup sample, its non-conforming result opens a risk-control follow-up (notify,
 * inspect, risk measures, closed; 30 days), refuses re-inspection and objection and is not
 * published; an evaluative sample is followed up like a supervisory one; the figures count
 * supervisory sampling unless another kind is asked for.
 */
class SamplingKindsIT {

  @Test
  void aRiskMonitoringFormWithABackupSampleIsRefusedAndNothingIsWritten()
      throws IOException, SQLException {
    String food = "芹菜-风险监测-留样-" + uniqueCode();
    Map<String, Object> form = celery(food);
    form.put("samplingKind", "RISK_MONITORING");
    form.put("backupQuantity", "1.0");
    problem(as("sampler").body(form).post("/samples"), 400, "backupQuantity");
    assertThat(samplesNamed(food)).isZero();

    form.remove("backupQuantity");
    JsonPath created =
        as("sampler").body(form).post("/samples").then().statusCode(201).extract().jsonPath();
    assertThat(created.getString("samplingKind")).isEqualTo("RISK_MONITORING");
    assertThat(created.getString("backupQuantity")).isNull();

    // a supervisory form still needs its backup sample
    Map<String, Object> supervisory = celery("芹菜-监督-无留样-" + uniqueCode());
    supervisory.remove("backupQuantity");
    problem(as("sampler").body(supervisory).post("/samples"), 400, "backupQuantity");
  }

  @Test
  void aRiskMonitoringProblemIsControlledAndClosedWithoutReinspectionOrEnforcement() {
    long sampleId = approvedCelery("芹菜-风险监测", "0.13", ZHONGYUAN, "RISK_MONITORING");
    JsonPath opened = caseOfSample(sampleId);
    long id = opened.getLong("id");
    assertThat(opened.getString("caseNumber")).startsWith("FK-");
    assertThat(opened.getString("samplingKind")).isEqualTo("RISK_MONITORING");
    assertThat(opened.getString("route")).isEqualTo("RISK_CONTROL");
    assertThat(opened.getBoolean("reinspectionOpen")).isFalse();
    assertThat(opened.getInt("disposalDays")).isEqualTo(30);
    assertThat(opened.getList("nextSteps", String.class)).containsExactly("DELIVERED");

    problem(as("jinshui").body(step("ACCEPTED")).post("/cases/{id}/steps", id), 400, "kind");
    record(id, step("DELIVERED"));
    Map<String, Object> objection = step("OBJECTION_RAISED");
    objection.put("objectionGround", "TEST_METHOD");
    JsonPath refused =
        problem(as("jinshui").body(objection).post("/cases/{id}/steps", id), 400, "kind");
    assertThat(refused.getString("errors[0].message")).contains("复检");
    record(id, withNote(step("INVESTIGATION"), "现场检查：同批次芹菜已下架"));
    Map<String, Object> sealing = step("RISK_CONTROL");
    sealing.put("measure", "SEALING");
    sealing.put("quantity", "15");
    sealing.put("quantityUnit", "千克");
    record(id, sealing);
    problem(
        as("jinshui").body(withNote(step("ENFORCEMENT"), "不适用")).post("/cases/{id}/steps", id),
        400,
        "kind");
    JsonPath closed = record(id, withNote(step("COMPLETED"), "风险已控制"));
    assertThat(closed.getString("state")).isEqualTo("COMPLETED");
    assertThat(closed.getList("steps.kind", String.class))
        .containsExactly("DELIVERED", "INVESTIGATION", "RISK_CONTROL", "COMPLETED");

    // never published as a violation
    problem(
        as("jinshui").body(Map.of("sampleIds", List.of(sampleId))).post("/publications"),
        400,
        "sampleIds");

    // the figures count supervisory sampling unless asked: the sample is in the risk-monitoring
    // list and not in the default one
    assertThat(statsSampleIds(Map.of("kind", "RISK_MONITORING"))).contains(sampleId);
    assertThat(statsSampleIds(Map.of("kind", "ALL"))).contains(sampleId);
    assertThat(statsSampleIds(Map.of())).doesNotContain(sampleId);
    problem(
        as("supervisor")
            .queryParam("year", LocalDate.now(SampleFlows.CHINA).getYear())
            .queryParam("kind", "GUESSWORK")
            .get("/stats/figures"),
        400,
        "kind");
  }

  @Test
  void anEvaluativeProblemIsFollowedUpAsSupervisorySampling() {
    long sampleId = approvedCelery("芹菜-评价性", "0.13", null, "EVALUATIVE");
    JsonPath opened = caseOfSample(sampleId);
    assertThat(opened.getString("caseNumber")).startsWith("HC-");
    assertThat(opened.getString("samplingKind")).isEqualTo("EVALUATIVE");
    assertThat(opened.getString("route")).isEqualTo("CASE");
    assertThat(opened.getBoolean("reinspectionOpen")).isTrue();
    assertThat(opened.getInt("disposalDays")).isEqualTo(90);
    assertThat(opened.getList("nextSteps", String.class)).containsExactly("ACCEPTED");
    assertThat(statsSampleIds(Map.of("kind", "EVALUATIVE"))).contains(sampleId);
    assertThat(statsSampleIds(Map.of())).doesNotContain(sampleId);
  }

  // ---------------------------------------------------------------- helpers

  private static List<Long> statsSampleIds(Map<String, String> params) {
    var r =
        as("supervisor")
            .queryParam("year", LocalDate.now(SampleFlows.CHINA).getYear())
            .queryParam("measure", "non_conforming")
            .queryParam("size", 500)
            .queryParam("regionId", SampleFlows.JINSHUI);
    params.forEach(r::queryParam);
    return r.get("/stats/samples")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", Long.class);
  }

  private static long samplesNamed(String food) throws IOException, SQLException {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM sample WHERE food_name = ?")) {
      s.setString(1, food);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static JsonPath caseOfSample(long sampleId) {
    return as("jinshui")
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
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

  private static JsonPath problem(Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }
}
