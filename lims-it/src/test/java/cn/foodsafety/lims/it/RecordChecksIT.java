package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Record checks through the API: a rule with an unknown field or a malformed condition is refused
 * with nothing written; a rule's finding on a sample is resolved by a re-check once the record is
 * corrected, or accepted with a reason.
 */
class RecordChecksIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Test
  void aRuleWithAnUnknownFieldOrAMalformedConditionIsAFieldErrorAndNothingIsWritten() {
    String code = "IT-BAD-" + uniqueCode();
    problem(
        as("admin").body(rule(code, "colour = 'red'")).post("/record-checks/rules"), "condition");
    problem(
        as("admin").body(rule(code, "received_on <")).post("/record-checks/rules"), "condition");
    problem(
        as("admin").body(rule(code, "received_on = 'soon'")).post("/record-checks/rules"),
        "condition");
    problem(
        as("admin")
            .body(rule(code, "party_name = 'x'; DROP TABLE sample"))
            .post("/record-checks/rules"),
        "condition");
    assertThat(
            as("admin")
                .get("/record-checks/rules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("code", String.class))
        .doesNotContain(code);
    as("supervisor")
        .body(rule(code, "party_name is empty"))
        .post("/record-checks/rules")
        .then()
        .statusCode(403);
  }

  @Test
  void aFindingIsResolvedByARecheckOnceTheRecordIsCorrected() throws Exception {
    long sample = SampleFlows.receivedCelery("检查芹菜");
    String producer =
        as("supervisor").get("/samples/{id}", sample).jsonPath().getString("producerName");
    String code = "IT-PRODUCER-" + uniqueCode();
    long ruleId =
        as("admin")
            .body(rule(code, "producer_name = '" + producer + "' and producer_licence is empty"))
            .post("/record-checks/rules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    JsonPath run =
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("regionId", SampleFlows.JINSHUI)
            .post("/record-checks/runs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(run.getLong("records")).isPositive();

    Map<String, Object> finding = finding(code, sample);
    assertThat(finding).containsEntry("state", "OPEN").containsEntry("severity", "WARNING");
    long findingId = ((Number) finding.get("id")).longValue();

    // a re-check of the unchanged record keeps it open
    assertThat(
            as("supervisor")
                .post("/record-checks/findings/{id}/recheck", findingId)
                .jsonPath()
                .getString("state"))
        .isEqualTo("OPEN");

    try (Connection c = ItDatabase.connect();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE sample SET producer_licence = 'SC10641010500001' WHERE id = ?")) {
      st.setLong(1, sample);
      assertThat(st.executeUpdate()).isEqualTo(1);
    }
    JsonPath rechecked =
        as("supervisor")
            .post("/record-checks/findings/{id}/recheck", findingId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rechecked.getString("state")).isEqualTo("RESOLVED");
    assertThat(rechecked.getString("closedBy")).isEqualTo("supervisor");

    // a closed finding cannot be accepted any more
    as("supervisor")
        .body(Map.of("reason", "标签如此"))
        .post("/record-checks/findings/{id}/acceptance", findingId)
        .then()
        .statusCode(409);
    deactivate(ruleId, code, producer);
  }

  @Test
  void aFindingAcceptedWithAReasonIsClosed() {
    long sample = SampleFlows.receivedCelery("接受芹菜");
    String producer =
        as("supervisor").get("/samples/{id}", sample).jsonPath().getString("producerName");
    String code = "IT-ACCEPT-" + uniqueCode();
    long ruleId =
        as("admin")
            .body(rule(code, "producer_name = '" + producer + "'"))
            .post("/record-checks/rules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("supervisor")
        .queryParam("year", YEAR)
        .queryParam("regionId", SampleFlows.JINSHUI)
        .post("/record-checks/runs")
        .then()
        .statusCode(200);
    long findingId = ((Number) finding(code, sample).get("id")).longValue();

    problem(
        as("supervisor")
            .body(Map.of("reason", " "))
            .post("/record-checks/findings/{id}/acceptance", findingId),
        "reason");
    JsonPath accepted =
        as("supervisor")
            .body(Map.of("reason", "生产者名称与标签一致"))
            .post("/record-checks/findings/{id}/acceptance", findingId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(accepted.getString("state")).isEqualTo("ACCEPTED");
    assertThat(accepted.getString("reason")).isEqualTo("生产者名称与标签一致");

    List<Map<String, Object>> scores =
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("by", "team")
            .get("/record-checks/scores")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(scores).isNotEmpty();
    deactivate(ruleId, code, producer);
  }

  private static Map<String, Object> finding(String code, long sample) {
    List<Map<String, Object>> items =
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("regionId", SampleFlows.JINSHUI)
            .queryParam("size", 500)
            .get("/record-checks/findings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(
            m ->
                code.equals(m.get("ruleCode"))
                    && ((Number) m.get("sampleId")).longValue() == sample)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding of " + code + " on " + sample));
  }

  private static void deactivate(long ruleId, String code, String producer) {
    Map<String, Object> r = rule(code, "producer_name = '" + producer + "'");
    r.put("active", false);
    r.put(
        "version",
        as("admin")
            .get("/record-checks/rules")
            .jsonPath()
            .getLong("find { it.id == " + ruleId + " }.version"));
    as("admin").body(r).put("/record-checks/rules/{id}", ruleId).then().statusCode(200);
  }

  private static Map<String, Object> rule(String code, String condition) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", code);
    r.put("messageZh", "测试规则");
    r.put("messageEn", "Test rule");
    r.put("severity", "WARNING");
    r.put("condition", condition);
    return r;
  }

  private static void problem(Response r, String field) {
    JsonPath p =
        r.then().statusCode(400).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
  }
}
