package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.JINSHUI;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static cn.foodsafety.lims.it.SampleFlows.ZHONGYUAN;
import static cn.foodsafety.lims.it.SampleFlows.approved;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static cn.foodsafety.lims.it.SampleFlows.received;
import static cn.foodsafety.lims.it.SampleFlows.shipped;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who follows a non-conforming sample up, from the sample to the closed case, on each route: a
 * sample taken at its producer goes to the producer's regulator (中原区); one taken at a market in 金水区
 * goes to 金水区's bureau while 中原区 investigates the producer in a task of its own; with the producer
 * outside the city, 金水区 records the assistance request instead. The delivery deadline (5 working
 * days, Art. 29) and its lateness; a serious-hazard failure alerts the responsible supervisors at
 * once, is due to them within 24 hours and counts on the dashboard.
 */
class ResponsibilityRoutesIT {

  @Test
  void aSampleTakenAtItsProducerIsFollowedUpByTheProducersRegulator() {
    Map<String, Object> form = celery("芹菜-生产环节-" + uniqueCode());
    form.put("partyKind", "PRODUCTION");
    form.put("producerRegionId", ZHONGYUAN);
    long sampleId = approved(received(shipped(form)), "0.13");
    JsonPath opened = caseOf("zhongyuan", sampleId);
    long id = opened.getLong("id");
    assertThat(opened.getString("responsibleName")).isEqualTo("中原区市场监督管理局");
    assertThat(opened.getList("nextSteps", String.class)).containsExactly("ACCEPTED");
    JsonPath r = as("zhongyuan").get("/cases/{id}/responsibility", id).jsonPath();
    assertThat(r.getString("stage")).isEqualTo("PRODUCTION");
    assertThat(r.getString("producerRoute")).isEqualTo("NONE");
    assertThat(r.getBoolean("producerToBeTold")).isFalse();
    assertThat(r.getString("investigationId")).isNull();
    assertThat(LocalDate.parse(r.getString("notificationDue"))).isAfter(LocalDate.now(CHINA));
    assertThat(r.getString("operatorLate")).isNull();

    // the sampled operator's district reads it but does not handle it
    as("jinshui").body(step("ACCEPTED")).post("/cases/{id}/steps", id).then().statusCode(403);
    closeCase("zhongyuan", id);
    JsonPath done = as("zhongyuan").get("/cases/{id}/responsibility", id).jsonPath();
    assertThat(done.getBoolean("operatorLate")).isFalse();
    assertThat(done.getBoolean("canDeliverToProducer")).isFalse();
  }

  @Test
  void inTradeTheOperatorsRegulatorAnswersAndTheProducersRegulatorInvestigates() {
    long sampleId =
        approved(
            received(shipped(withProducer(celery("芹菜-流通-" + uniqueCode()), ZHONGYUAN))), "0.13");
    JsonPath opened = caseOf("jinshui", sampleId);
    long id = opened.getLong("id");
    assertThat(opened.getString("responsibleName")).isEqualTo("金水区市场监督管理局");
    JsonPath r = as("jinshui").get("/cases/{id}/responsibility", id).jsonPath();
    assertThat(r.getString("stage")).isEqualTo("TRADE");
    assertThat(r.getString("producerRoute")).isEqualTo("INVESTIGATION");
    assertThat(r.getBoolean("producerToBeTold")).isTrue();
    assertThat(r.getBoolean("canDeliverToProducer")).isTrue();
    assertThat(r.getString("investigationRegulatorName")).isEqualTo("中原区市场监督管理局");
    long taskId = r.getLong("investigationId");

    // the task is on the producer's regulator's list and page, with its own deadline
    assertThat(
            as("zhongyuan")
                .queryParam("mine", "true")
                .queryParam("size", 500)
                .get("/investigations")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(taskId);
    JsonPath task = as("zhongyuan").get("/investigations/{id}", taskId).jsonPath();
    assertThat(task.getString("state")).isEqualTo("OPEN");
    assertThat(task.getString("nextStep")).isEqualTo("RECEIVED");
    assertThat(task.getInt("workingDays")).isEqualTo(30);
    assertThat(LocalDate.parse(task.getString("deadline")))
        .isAfter(LocalDate.now(CHINA).plusDays(30));
    // read-only for the case's bureau; steps in order only
    assertThat(as("jinshui").get("/investigations/{id}", taskId).jsonPath().getString("nextStep"))
        .isNull();
    as("jinshui")
        .body(invStep("RECEIVED", null))
        .post("/investigations/{id}/steps", taskId)
        .then()
        .statusCode(403);
    problem(
        as("zhongyuan")
            .body(invStep("INVESTIGATED", "原料验收记录不全"))
            .post("/investigations/{id}/steps", taskId),
        "step");
    problem(
        as("zhongyuan").body(invStep("MEASURES", null)).post("/investigations/{id}/steps", taskId),
        "step");
    assertThat(as("zhongyuan").get("/investigations/{id}", taskId).jsonPath().getString("state"))
        .isEqualTo("OPEN");
    recordInv(taskId, invStep("RECEIVED", null));
    problem(
        as("zhongyuan")
            .body(invStep("INVESTIGATED", " "))
            .post("/investigations/{id}/steps", taskId),
        "note");
    recordInv(taskId, invStep("INVESTIGATED", "原料验收记录不全"));
    recordInv(taskId, invStep("MEASURES", "责令召回同批次产品"));
    JsonPath closed = recordInv(taskId, invStep("CLOSED", "生产企业已整改"));
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getBoolean("late")).isFalse();

    // the delivery to the producer: not before the receipt, once
    Map<String, Object> early = new LinkedHashMap<>();
    early.put("deliveredTo", "中原某基地");
    early.put("deliveredOn", LocalDate.now(CHINA).minusDays(1).toString());
    problem(as("jinshui").body(early).post("/cases/{id}/producer-delivery", id), "deliveredOn");
    as("zhongyuan")
        .body(Map.of("deliveredTo", "中原某基地", "deliveredOn", today()))
        .post("/cases/{id}/producer-delivery", id)
        .then()
        .statusCode(403);
    JsonPath delivered =
        as("jinshui")
            .body(Map.of("deliveredTo", "中原某基地", "deliveredOn", today()))
            .post("/cases/{id}/producer-delivery", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(delivered.getString("producerDeliveredOn")).isEqualTo(today());
    assertThat(delivered.getBoolean("producerLate")).isFalse();
    assertThat(delivered.getString("investigationState")).isEqualTo("CLOSED");
    // no assistance request on this route
    as("jinshui")
        .body(Map.of("to", "x", "sentOn", today()))
        .put("/cases/{id}/assistance", id)
        .then()
        .statusCode(409);
    closeCase("jinshui", id);
    assertThat(as("jinshui").get("/cases/{id}", id).jsonPath().getString("state"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void aProducerOutsideTheCityGetsAnAssistanceRequestInsteadOfATask() {
    long henan = province();
    long sampleId =
        approved(received(shipped(withProducer(celery("芹菜-外地-" + uniqueCode()), henan))), "0.13");
    JsonPath opened = caseOf("jinshui", sampleId);
    long id = opened.getLong("id");
    JsonPath r = as("jinshui").get("/cases/{id}/responsibility", id).jsonPath();
    assertThat(r.getString("producerRoute")).isEqualTo("ASSISTANCE");
    assertThat(r.getString("investigationId")).isNull();
    assertThat(r.getBoolean("canRecordAssistance")).isTrue();

    Map<String, Object> answerFirst = new LinkedHashMap<>();
    answerFirst.put("to", "河南省市场监督管理局");
    answerFirst.put("sentOn", today());
    answerFirst.put("answer", "已核查");
    answerFirst.put("answeredOn", LocalDate.now(CHINA).minusDays(1).toString());
    problem(as("jinshui").body(answerFirst).put("/cases/{id}/assistance", id), "answeredOn");
    assertThat(
            as("jinshui")
                .get("/cases/{id}/responsibility", id)
                .jsonPath()
                .getString("assistanceSentOn"))
        .isNull();
    JsonPath sent =
        as("jinshui")
            .body(Map.of("to", "河南省市场监督管理局", "sentOn", today()))
            .put("/cases/{id}/assistance", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(sent.getString("assistanceSentOn")).isEqualTo(today());
    JsonPath answered =
        as("jinshui")
            .body(
                Map.of(
                    "to",
                    "河南省市场监督管理局",
                    "sentOn",
                    today(),
                    "answer",
                    "生产企业已召回",
                    "answeredOn",
                    today()))
            .put("/cases/{id}/assistance", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answered.getString("assistanceAnswer")).isEqualTo("生产企业已召回");
    closeCase("jinshui", id);
  }

  @Test
  void overdueDeliveriesAndInvestigationsAreCountedOnTheHomePageAsTheirListsShowThem()
      throws Exception {
    long sampleId =
        approved(
            received(shipped(withProducer(celery("芹菜-送达超期-" + uniqueCode()), ZHONGYUAN))), "0.13");
    long id = caseOf("jinshui", sampleId).getLong("id");
    long taskId =
        as("jinshui").get("/cases/{id}/responsibility", id).jsonPath().getLong("investigationId");
    AlertCounts.sweep();
    Map<String, Long> jinshui = AlertCounts.matchTheirLists("jinshui");
    Map<String, Long> zhongyuan = AlertCounts.matchTheirLists("zhongyuan");
    Map<String, Long> city = AlertCounts.matchTheirLists("supervisor");

    // time passes: neither the delivery nor the producer's investigation is done by its day
    try (java.sql.Connection c = ItDatabase.connect();
        java.sql.PreparedStatement due =
            c.prepareStatement(
                "UPDATE case_responsibility SET notification_due = ? WHERE case_id = ?");
        java.sql.PreparedStatement deadline =
            c.prepareStatement("UPDATE producer_investigation SET deadline = ? WHERE id = ?")) {
      LocalDate past = LocalDate.now(CHINA).minusDays(40);
      due.setObject(1, past);
      due.setLong(2, id);
      assertThat(due.executeUpdate()).isEqualTo(1);
      deadline.setObject(1, past);
      deadline.setLong(2, taskId);
      assertThat(deadline.executeUpdate()).isEqualTo(1);
    }
    AlertCounts.sweep();

    Map<String, Long> jinshuiLate = AlertCounts.matchTheirLists("jinshui");
    assertThat(jinshuiLate.get("DELIVERY_OVERDUE")).isEqualTo(jinshui.get("DELIVERY_OVERDUE") + 1);
    assertThat(jinshuiLate.get("INVESTIGATION_OVERDUE"))
        .as("the task is the producer's regulator's to answer for")
        .isEqualTo(jinshui.get("INVESTIGATION_OVERDUE"));
    assertThat(AlertCounts.listed("jinshui", "DELIVERY_OVERDUE")).contains(id);
    Map<String, Long> zhongyuanLate = AlertCounts.matchTheirLists("zhongyuan");
    assertThat(zhongyuanLate.get("INVESTIGATION_OVERDUE"))
        .isEqualTo(zhongyuan.get("INVESTIGATION_OVERDUE") + 1);
    assertThat(AlertCounts.listed("zhongyuan", "INVESTIGATION_OVERDUE")).contains(taskId);
    Map<String, Long> cityLate = AlertCounts.matchTheirLists("supervisor");
    assertThat(cityLate.get("DELIVERY_OVERDUE")).isEqualTo(city.get("DELIVERY_OVERDUE") + 1);
    assertThat(cityLate.get("INVESTIGATION_OVERDUE"))
        .isEqualTo(city.get("INVESTIGATION_OVERDUE") + 1);
    // a bad alert filter is a field error
    problem(as("jinshui").queryParam("alert", "REPORT_OVERDUE").get("/cases"), "alert");

    // delivered late to both, and the task closed late: the alerts are gone
    record("jinshui", id, step("ACCEPTED"));
    record("jinshui", id, step("DELIVERED"));
    as("jinshui")
        .body(Map.of("deliveredTo", "中原某基地", "deliveredOn", today()))
        .post("/cases/{id}/producer-delivery", id)
        .then()
        .statusCode(200);
    recordInv(taskId, invStep("RECEIVED", null));
    recordInv(taskId, invStep("INVESTIGATED", "原料验收记录不全"));
    recordInv(taskId, invStep("MEASURES", "责令召回同批次产品"));
    assertThat(recordInv(taskId, invStep("CLOSED", "生产企业已整改")).getBoolean("late")).isTrue();
    AlertCounts.sweep();
    assertThat(AlertCounts.matchTheirLists("jinshui").get("DELIVERY_OVERDUE"))
        .isEqualTo(jinshui.get("DELIVERY_OVERDUE"));
    assertThat(AlertCounts.matchTheirLists("zhongyuan").get("INVESTIGATION_OVERDUE"))
        .isEqualTo(zhongyuan.get("INVESTIGATION_OVERDUE"));
  }

  @Test
  void aSeriousHazardFailureAlertsTheSupervisorsAtOnceAndCountsOnTheDashboard() {
    Map<String, Long> countsBefore = AlertCounts.of("jinshui");
    // a test item of its own, a serious hazard (a reason is required), in LAB-ZZAQ's scope
    String code = "SH" + uniqueCode();
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("code", code);
    item.put("analyte", "苏丹红Ⅰ" + code);
    item.put("unit", "mg/kg");
    item.put("limitOperator", "LE");
    item.put("limitValue", "0.01");
    item.put("limitStandard", "整顿办函〔2011〕1号");
    item.put("seriousHazard", true);
    item.put("categoryIds", List.of(ownCategory()));
    problem(as("admin").body(item).post("/test-items"), "seriousHazardReason");
    item.put("seriousHazardReason", "非食用物质（整顿办函〔2011〕1号）");
    JsonPath created =
        as("admin").body(item).post("/test-items").then().statusCode(201).extract().jsonPath();
    long itemId = created.getLong("id");
    assertThat(created.getBoolean("seriousHazard")).isTrue();
    addToLabScope(itemId);

    Map<String, String> figure =
        Map.of(
            "year",
            String.valueOf(LocalDate.now(CHINA).getYear()),
            "regionId",
            String.valueOf(JINSHUI));
    JsonPath before = as("supervisor").queryParams(figure).get("/stats/serious-hazards").jsonPath();

    long sampleId = received(shipped(celery("辣椒粉-严重危害-" + uniqueCode())));
    as("labtech")
        .body(Map.of("testItemId", itemId, "reason", "风险线索加测"))
        .post("/samples/{id}/results/items", sampleId)
        .then()
        .statusCode(200);
    approvedWith(sampleId, "苏丹红Ⅰ" + code, "0.52");
    JsonPath sheet = as("labtech").get("/samples/{id}/results", sampleId).jsonPath();
    assertThat(sheet.getString("conclusion")).isEqualTo("NON_CONFORMING");
    // due within 24 hours: the next calendar day, whatever the calendar
    assertThat(sheet.getString("conclusionDue"))
        .isEqualTo(LocalDate.now(CHINA).plusDays(1).toString());

    JsonPath opened = caseOf("jinshui", sampleId);
    long caseId = opened.getLong("id");
    assertThat(
            as("jinshui")
                .get("/cases/{id}/responsibility", caseId)
                .jsonPath()
                .getBoolean("seriousHazard"))
        .isTrue();
    List<Map<String, Object>> alerts = as("jinshui").get("/alerts").jsonPath().getList("alerts");
    assertThat(alerts)
        .anyMatch(
            a ->
                "SERIOUS_HAZARD".equals(a.get("kind"))
                    && a.get("caseId") != null
                    && ((Number) a.get("caseId")).longValue() == caseId);

    // counted on the home page at once, its list holding the case
    Map<String, Long> counts = AlertCounts.matchTheirLists("jinshui");
    assertThat(counts.get("SERIOUS_HAZARD")).isEqualTo(countsBefore.get("SERIOUS_HAZARD") + 1);
    assertThat(AlertCounts.listed("jinshui", "SERIOUS_HAZARD")).contains(caseId);

    JsonPath afterApproval =
        as("supervisor").queryParams(figure).get("/stats/serious-hazards").jsonPath();
    assertThat(afterApproval.getLong("results")).isEqualTo(before.getLong("results") + 1);
    assertThat(afterApproval.getLong("reportedInTime")).isEqualTo(before.getLong("reportedInTime"));
    as("labtech").post("/samples/{id}/results/conclusion-report", sampleId).then().statusCode(200);
    JsonPath reported =
        as("supervisor").queryParams(figure).get("/stats/serious-hazards").jsonPath();
    assertThat(reported.getLong("reportedInTime")).isEqualTo(before.getLong("reportedInTime") + 1);
    assertThat(reported.getInt("hours")).isEqualTo(24);
  }

  // ------------------------------------------------------------------------------------------

  private static Map<String, Object> withProducer(Map<String, Object> form, long regionId) {
    form.put("producerRegionId", regionId);
    return form;
  }

  private static JsonPath caseOf(String user, long sampleId) {
    return as(user)
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The case's steps in order, to completion, by the responsible bureau's supervisor. */
  private static void closeCase(String user, long id) {
    record(user, id, step("ACCEPTED"));
    record(user, id, step("DELIVERED"));
    Map<String, Object> sealing = step("RISK_CONTROL");
    sealing.put("measure", "SEALING");
    sealing.put("quantity", "20");
    sealing.put("quantityUnit", "千克");
    record(user, id, sealing);
    record(user, id, note(step("INVESTIGATION"), "查明原因"));
    Map<String, Object> enforcement = step("ENFORCEMENT");
    enforcement.put("reference", "市监立〔2026〕" + uniqueCode() + "号");
    record(user, id, enforcement);
    record(user, id, note(step("RECTIFICATION"), "整改到位"));
    JsonPath done = record(user, id, note(step("COMPLETED"), "核查处置完毕"));
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
  }

  private static JsonPath record(String user, long id, Map<String, Object> step) {
    return as(user)
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

  private static Map<String, Object> note(Map<String, Object> step, String text) {
    step.put("note", text);
    return step;
  }

  private static Map<String, Object> invStep(String step, String note) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("step", step);
    s.put("date", today());
    if (note != null) {
      s.put("note", note);
    }
    return s;
  }

  private static JsonPath recordInv(long id, Map<String, Object> step) {
    return as("zhongyuan")
        .body(step)
        .post("/investigations/{id}/steps", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath problem(Response r, String field) {
    JsonPath p =
        r.then().statusCode(400).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }

  /** The province (outside every city). */
  private static long province() {
    return as("admin")
        .queryParam("kind", "PROVINCE")
        .get("/regions")
        .jsonPath()
        .getLong("items[0].id");
  }

  /** A food category of this test's own, so that its test item reaches no other test's sample. */
  private static long ownCategory() {
    String code = uniqueCode();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "测试类别" + code);
    body.put("parentId", 34L); // 其他食品
    return as("admin")
        .body(body)
        .post("/food-categories")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /**
   * Adds a test item to LAB-ZZAQ's accredited scope (read, change, write back with the version).
   */
  private static void addToLabScope(long itemId) {
    for (int attempt = 0; ; attempt++) {
      Map<String, Object> lab =
          as("admin").get("/organizations/{id}", LAB_ZZAQ).jsonPath().getMap("$");
      Set<Object> scope = new HashSet<>((List<?>) lab.get("scopeTestItemIds"));
      scope.add(itemId);
      lab.put("scopeTestItemIds", new ArrayList<>(scope));
      int status =
          as("admin").body(lab).put("/organizations/{id}", LAB_ZZAQ).then().extract().statusCode();
      if (status == 200) {
        return;
      }
      assertThat(status).as("update of the lab's scope").isEqualTo(409);
      assertThat(attempt).isLessThan(5);
    }
  }

  /** Results of a received sample: the named analyte as given, every other not detected. */
  private static void approvedWith(long id, String analyte, String value) {
    List<Map<String, Object>> items =
        as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items");
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Map<String, Object> i : items) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("itemId", i.get("id"));
      r.put("unit", i.get("limitUnit"));
      if (analyte.equals(i.get("analyte"))) {
        r.put("value", value);
      } else {
        r.put("notDetected", true);
      }
      r.put("method", "GB/T 19681-2005");
      r.put("testedOn", today());
      entries.add(r);
    }
    as("labtech")
        .body(Map.of("results", entries))
        .put("/samples/{id}/results", id)
        .then()
        .statusCode(200);
    as("labtech").post("/samples/{id}/results/submission", id).then().statusCode(200);
    as("reviewer").post("/samples/{id}/results/review", id).then().statusCode(200);
    as("reviewer")
        .body(Map.of("password", ApiTestSupport.DEMO_PASSWORD))
        .post("/samples/{id}/results/approval", id)
        .then()
        .statusCode(200);
  }
}
