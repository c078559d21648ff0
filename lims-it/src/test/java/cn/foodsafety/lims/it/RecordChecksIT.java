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
    // taken in a county of the test's own: the run over it checks exactly this sample's records
    long county = SampleFlows.newCounty("检查区");
    Map<String, Object> form = SampleFlows.celery("检查芹菜-" + uniqueCode());
    form.put("regionId", county);
    long sample = SampleFlows.received(SampleFlows.shipped(form));
    String producer =
        as("supervisor").get("/samples/{id}", sample).jsonPath().getString("producerName");
    String code = "IT-PRODUCER-" + uniqueCode();
    long ruleId =
        created(rule(code, "producer_name = '" + producer + "' and producer_licence is empty"));

    JsonPath run =
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("regionId", county)
            .post("/record-checks/runs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the sample and its result items (one per test item of celery), no case
    int items =
        as("labtech").get("/samples/{id}/results", sample).jsonPath().getList("items").size();
    assertThat(items).isEqualTo(3);
    assertThat(run.getLong("records")).isEqualTo(1 + items);

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
    long ruleId = created(rule(code, "producer_name = '" + producer + "'"));
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

  @Test
  void aResultItemFindingIsRaisedWhenResultsAreSavedOpensBehindItsScoreAndIsResolvedOnceCorrected()
      throws Exception {
    // taken in a county of the test's own: its score counts this sample only
    long county = SampleFlows.newCounty("结果检查区");
    Map<String, Object> form = SampleFlows.celery("结果检查芹菜-" + uniqueCode());
    form.put("regionId", county);
    long sample = SampleFlows.received(SampleFlows.shipped(form));
    String number =
        as("supervisor").get("/samples/{id}", sample).jsonPath().getString("sampleNumber");
    String code = "IT-ITEM-" + uniqueCode();
    Map<String, Object> r =
        rule(code, "sample_number = '" + number + "' and value > 0.1", "RESULT_ITEM");
    long ruleId = created(r);
    // a result-item field on a rule about samples is a field error
    Map<String, Object> wrong = rule(code + "-S", "value > 0.1");
    problem(as("admin").body(wrong).post("/record-checks/rules"), "condition");

    // the results are saved (submitted, approved): the checks run without being asked
    SampleFlows.approved(sample, "0.13");
    Map<String, Object> finding = finding(code, sample);
    assertThat(finding)
        .containsEntry("state", "OPEN")
        .containsEntry("target", "RESULT_ITEM")
        .containsEntry("sampleNumber", number);
    assertThat((String) finding.get("record")).contains(number).contains("毒死蜱");
    long itemId = ((Number) finding.get("recordId")).longValue();
    long findingId = ((Number) finding.get("id")).longValue();

    // the unit's quality score opens the list with this finding
    List<Map<String, Object>> scores =
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("regionId", county)
            .get("/record-checks/scores")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    Map<String, Object> unit =
        scores.stream()
            .filter(m -> String.valueOf(county).equals(m.get("key")))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, String> drill = (Map<String, String>) unit.get("drill");
    assertThat(drill)
        .containsEntry("regionId", String.valueOf(county))
        .containsEntry("state", "OPEN");
    assertThat(((Number) unit.get("withFindings")).longValue()).isEqualTo(1);
    var behind = as("supervisor").queryParam("year", YEAR).queryParam("size", 500);
    for (Map.Entry<String, String> e : drill.entrySet()) {
      behind = behind.queryParam(e.getKey(), e.getValue());
    }
    JsonPath list =
        behind.get("/record-checks/findings").then().statusCode(200).extract().jsonPath();
    assertThat(list.getList("items.id", Long.class)).contains(findingId);
    assertThat(list.getList("items.state", String.class)).containsOnly("OPEN");
    assertThat(list.getList("items.unit", String.class)).containsOnly((String) unit.get("label"));
    // and only result items when asked
    assertThat(
            as("supervisor")
                .queryParam("year", YEAR)
                .queryParam("regionId", county)
                .queryParam("target", "RESULT_ITEM")
                .queryParam("size", 500)
                .get("/record-checks/findings")
                .jsonPath()
                .getList("items.target", String.class))
        .containsOnly("RESULT_ITEM");

    try (Connection c = ItDatabase.connect();
        PreparedStatement st =
            c.prepareStatement("UPDATE sample_item SET reported_value = '0.05' WHERE id = ?")) {
      st.setLong(1, itemId);
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
    assertThat(rechecked.getString("target")).isEqualTo("RESULT_ITEM");
    deactivate(ruleId, r);
  }

  @Test
  void aCaseFindingIsRaisedWhenAStepIsRecordedOrOnDemandAndIsResolvedOrAccepted() throws Exception {
    long sample = SampleFlows.approvedCelery("处置检查芹菜", "0.13", SampleFlows.ZHONGYUAN);
    JsonPath kase =
        as("jinshui")
            .get("/cases/of-sample/{id}", sample)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long caseId = kase.getLong("id");
    String caseNumber = kase.getString("caseNumber");
    String stepped = "IT-CASE-STEP-" + uniqueCode();
    Map<String, Object> steps =
        rule(stepped, "case_number = '" + caseNumber + "' and steps >= 1", "CASE");
    long steppedId = created(steps);
    String late = "IT-CASE-LATE-" + uniqueCode();
    Map<String, Object> after =
        rule(late, "case_number = '" + caseNumber + "' and last_step_on > deadline", "CASE");
    long lateId = created(after);

    // a step recorded: the case is checked without being asked
    as("jinshui")
        .body(Map.of("kind", "ACCEPTED", "date", SampleFlows.today()))
        .post("/cases/{id}/steps", caseId)
        .then()
        .statusCode(200);
    Map<String, Object> onSave = finding(stepped, sample);
    assertThat(onSave).containsEntry("target", "CASE").containsEntry("record", caseNumber);
    assertThat(((Number) onSave.get("recordId")).longValue()).isEqualTo(caseId);
    assertThat(findingOrNull(late, sample)).isNull();

    // a step dated after the deadline (entered wrong): found by the run over the period
    try (Connection c = ItDatabase.connect();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE case_step SET step_date = (SELECT deadline + 5 FROM disposal_case"
                    + " WHERE id = ?) WHERE case_id = ?")) {
      st.setLong(1, caseId);
      st.setLong(2, caseId);
      assertThat(st.executeUpdate()).isPositive();
    }
    as("supervisor")
        .queryParam("year", YEAR)
        .queryParam("regionId", SampleFlows.JINSHUI)
        .post("/record-checks/runs")
        .then()
        .statusCode(200);
    Map<String, Object> lateFinding = finding(late, sample);
    assertThat(lateFinding).containsEntry("state", "OPEN").containsEntry("target", "CASE");

    // corrected: the re-check resolves it
    try (Connection c = ItDatabase.connect();
        PreparedStatement st =
            c.prepareStatement("UPDATE case_step SET step_date = ? WHERE case_id = ?")) {
      st.setObject(1, LocalDate.parse(SampleFlows.today()));
      st.setLong(2, caseId);
      assertThat(st.executeUpdate()).isPositive();
    }
    assertThat(
            as("supervisor")
                .post(
                    "/record-checks/findings/{id}/recheck",
                    ((Number) lateFinding.get("id")).longValue())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("state"))
        .isEqualTo("RESOLVED");
    // the other one is accepted with a reason
    assertThat(
            as("supervisor")
                .body(Map.of("reason", "已受理，属正常处置步骤"))
                .post(
                    "/record-checks/findings/{id}/acceptance",
                    ((Number) onSave.get("id")).longValue())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("state"))
        .isEqualTo("ACCEPTED");
    deactivate(steppedId, steps);
    deactivate(lateId, after);
  }

  private static Map<String, Object> findingOrNull(String code, long sample) {
    try {
      return finding(code, sample);
    } catch (AssertionError e) {
      return null;
    }
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
    deactivate(ruleId, rule(code, "producer_name = '" + producer + "'"));
  }

  private static void deactivate(long ruleId, Map<String, Object> rule) {
    Map<String, Object> r = new LinkedHashMap<>(rule);
    r.put("active", false);
    r.put(
        "version",
        as("admin")
            .get("/record-checks/rules")
            .jsonPath()
            .getLong("find { it.id == " + ruleId + " }.version"));
    as("admin").body(r).put("/record-checks/rules/{id}", ruleId).then().statusCode(200);
  }

  /** Creates a rule as the administrator; returns its id. */
  private static long created(Map<String, Object> rule) {
    return as("admin")
        .body(rule)
        .post("/record-checks/rules")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A rule about records of a target (SAMPLE unless said: RESULT_ITEM, CASE). */
  private static Map<String, Object> rule(String code, String condition, String target) {
    Map<String, Object> r = rule(code, condition);
    r.put("target", target);
    return r;
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
