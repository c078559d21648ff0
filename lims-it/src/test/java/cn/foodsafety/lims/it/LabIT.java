package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The laboratory's work through the API: a celery sample collected by TEAM-HNFDI-1 (sampler,
 * sampler2), assigned to LAB-ZZAQ (labtech, reviewer), shipped and received, gets its items from
 * the category (毒死蜱 ≤0.05 mg/kg among them), results, the four-eyes review, the e-signed approval
 * and a Chinese test report; an amendment issues version 2 and version 1 stays as it was; the
 * history shows every step. Bad input is refused with field errors and nothing written.
 */
class LabIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final long JINSHUI = 6;
  private static final long LAB_ZZAQ = 38;
  private static final long CELERY = 117;

  @Test
  void celeryWithChlorpyrifosOverTheLimitGoesFromResultsToAnAmendedReport() throws IOException {
    long id = receivedCelery("芹菜-检验");

    JsonPath sheet =
        as("labtech").get("/samples/{id}/results", id).then().statusCode(200).extract().jsonPath();
    assertThat(sheet.getString("state")).isEqualTo("IN_PROGRESS");
    List<Map<String, Object>> items = sheet.getList("items");
    Map<String, Object> chlorpyrifos = item(items, "毒死蜱");
    assertThat(chlorpyrifos.get("limit")).isEqualTo("≤0.05");
    assertThat(chlorpyrifos.get("limitUnit")).isEqualTo("mg/kg");

    // bad input: each a field error, nothing written
    problem(
        as("labtech")
            .body(Map.of("results", List.of(result(chlorpyrifos, "abc", "mg/kg"))))
            .put("/samples/{id}/results", id),
        400,
        "results[0].value");
    problem(
        as("labtech")
            .body(Map.of("results", List.of(result(chlorpyrifos, "-0.1", "mg/kg"))))
            .put("/samples/{id}/results", id),
        400,
        "results[0].value");
    problem(
        as("labtech")
            .body(Map.of("results", List.of(result(chlorpyrifos, "0.13", "mg/L"))))
            .put("/samples/{id}/results", id),
        400,
        "results[0].unit");
    Map<String, Object> foreign = new LinkedHashMap<>(result(chlorpyrifos, "0.13", "mg/kg"));
    foreign.put("itemId", 999_999_999L);
    problem(
        as("labtech").body(Map.of("results", List.of(foreign))).put("/samples/{id}/results", id),
        400,
        "results[0].itemId");
    assertThat((Object) item(resultsOf(id), "毒死蜱").get("verdict")).isNull();

    // 0.13 mg/kg against ≤0.05: non-conforming, 1.6 times over; every other item not detected,
    // one of them reported in μg/kg
    List<Map<String, Object>> entries = new java.util.ArrayList<>();
    entries.add(result(chlorpyrifos, "0.13", "mg/kg"));
    for (Map<String, Object> other : items) {
      if (!other.get("id").equals(chlorpyrifos.get("id"))) {
        Map<String, Object> nd = new LinkedHashMap<>();
        nd.put("itemId", other.get("id"));
        nd.put("notDetected", true);
        nd.put("unit", "μg/kg");
        nd.put("method", "GB 23200.113-2018");
        nd.put("analyst", "张检验");
        nd.put("testedOn", LocalDate.now(CHINA).toString());
        entries.add(nd);
      }
    }
    JsonPath entered =
        as("labtech")
            .body(Map.of("results", entries))
            .put("/samples/{id}/results", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> judged = item(entered.getList("items"), "毒死蜱");
    assertThat(judged.get("verdict")).isEqualTo("NON_CONFORMING");
    assertThat(judged.get("timesOver")).isEqualTo("1.6");
    assertThat(judged.get("value")).isEqualTo("0.13");
    // a limit of detection of 0.005 mg/kg follows a "not detected" reported in μg/kg
    for (Map<String, Object> other : items) {
      if (!other.get("id").equals(chlorpyrifos.get("id")) && "0.005".equals(other.get("lod"))) {
        Map<String, Object> now = item(entered.getList("items"), (String) other.get("analyte"));
        assertThat(now.get("lod")).isEqualTo("5");
        assertThat(now.get("result")).isEqualTo("未检出(<5)");
        assertThat(now.get("verdict")).isEqualTo("CONFORMING");
      }
    }

    JsonPath submitted =
        as("labtech")
            .post("/samples/{id}/results/submission", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(submitted.getString("state")).isEqualTo("ENTERED");
    assertThat(submitted.getString("conclusion")).isEqualTo("NON_CONFORMING");
    assertThat(submitted.getList("failures.analyte")).containsExactly("毒死蜱");
    assertThat(submitted.getList("failures.timesOver").get(0).toString()).isEqualTo("1.6");

    // submitted results are locked
    problem(
        as("labtech")
            .body(Map.of("results", List.of(result(chlorpyrifos, "0.12", "mg/kg"))))
            .put("/samples/{id}/results", id),
        400,
        "results");

    // the entrant does not review: labtech lacks the role, and a reviewer who entered is refused
    as("labtech").post("/samples/{id}/results/review", id).then().statusCode(403);
    JsonPath reviewed =
        as("reviewer")
            .post("/samples/{id}/results/review", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(reviewed.getString("state")).isEqualTo("REVIEWED");
    assertThat(reviewed.getString("reviewedBy")).isEqualTo("reviewer");

    // a wrong password is no signature
    problem(
        as("reviewer")
            .body(Map.of("password", "wrong-password"))
            .post("/samples/{id}/results/approval", id),
        400,
        "password");
    assertThat(resultsState(id)).isEqualTo("REVIEWED");
    assertThat(as("reviewer").get("/samples/{id}/reports", id).jsonPath().getList("$")).isEmpty();

    JsonPath approved =
        as("reviewer")
            .body(Map.of("password", ApiTestSupport.DEMO_PASSWORD))
            .post("/samples/{id}/results/approval", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(approved.getInt("version")).isEqualTo(1);
    String number = approved.getString("reportNumber");
    assertThat(number).matches("LAB-ZZAQ-\\d{4}-\\d{6}");
    String sha1 = approved.getString("sha256");

    byte[] v1 =
        as("reviewer")
            .accept("application/pdf")
            .get("/samples/{id}/reports/1", id)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text = pdfText(v1);
    assertThat(text).contains("检验报告", "毒死蜱", "0.13", "不合格", "1.6", number);
    assertThat(text).doesNotContain("第 2 版");
    assertThat(sha256(v1)).isEqualTo(sha1);

    // the conclusion is due at the regulator within 2 working days (non-conforming)
    JsonPath afterApproval = as("labtech").get("/samples/{id}/results", id).jsonPath();
    assertThat(afterApproval.getString("state")).isEqualTo("APPROVED");
    String approvedOn =
        OffsetDateTime.parse(afterApproval.getString("approvedAt"))
            .atZoneSameInstant(CHINA)
            .toLocalDate()
            .toString();
    assertThat(afterApproval.getString("conclusionDue")).isEqualTo(workingDaysAfter(approvedOn, 2));
    JsonPath worklist = as("labtech").get("/worklist").then().statusCode(200).extract().jsonPath();
    assertThat(worklist.getList("samples.sampleId", Long.class)).doesNotContain(id);
    assertThat(worklist.getList("conclusionsDue.sampleId", Long.class)).contains(id);
    assertThat(worklist.getInt("turnaround.samples")).isPositive();

    // approved values are read-only without an amendment
    problem(
        as("labtech")
            .body(Map.of("results", List.of(result(chlorpyrifos, "0.12", "mg/kg"))))
            .put("/samples/{id}/results", id),
        400,
        "results");
    problem(
        as("labtech").body(Map.of()).post("/samples/{id}/results/amendment", id), 400, "reason");

    as("labtech")
        .body(Map.of("reason", "复核后更正检验结果"))
        .post("/samples/{id}/results/amendment", id)
        .then()
        .statusCode(200);
    as("labtech")
        .body(Map.of("results", List.of(result(chlorpyrifos, "0.12", "mg/kg"))))
        .put("/samples/{id}/results", id)
        .then()
        .statusCode(200);
    as("labtech").post("/samples/{id}/results/submission", id).then().statusCode(200);
    as("reviewer").post("/samples/{id}/results/review", id).then().statusCode(200);
    JsonPath second =
        as("reviewer")
            .body(Map.of("password", ApiTestSupport.DEMO_PASSWORD))
            .post("/samples/{id}/results/approval", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getInt("version")).isEqualTo(2);
    assertThat(second.getString("reportNumber")).isEqualTo(number);

    List<Map<String, Object>> reports =
        as("labtech").get("/samples/{id}/reports", id).jsonPath().getList("$");
    assertThat(reports).extracting(r -> r.get("version")).containsExactly(1, 2);
    byte[] v1Again =
        as("labtech")
            .accept("application/pdf")
            .get("/samples/{id}/reports/1", id)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(v1Again).isEqualTo(v1);
    String v2 =
        pdfText(
            as("labtech")
                .accept("application/pdf")
                .get("/samples/{id}/reports/2", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(v2).contains("0.12", "复核后更正检验结果", "1.4");

    // the history lists every step, with the signatures
    List<Map<String, Object>> history =
        as("reviewer")
            .get("/samples/{id}/history", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(history)
        .extracting(h -> h.get("action"))
        .contains("CREATE", "UPDATE", "STATE_CHANGE", "SIGN");
    assertThat(history.stream().filter(h -> "SIGN".equals(h.get("action"))).toList()).hasSize(2);
    assertThat(history)
        .filteredOn(
            h -> "STATE_CHANGE".equals(h.get("action")) && "Analysis".equals(h.get("entityType")))
        .extracting(h -> h.get("newValue"))
        .containsExactly(
            "ENTERED", "REVIEWED", "APPROVED", "IN_PROGRESS", "ENTERED", "REVIEWED", "APPROVED");
    assertThat(history)
        .anySatisfy(
            h -> {
              assertThat(h.get("field")).isEqualTo("value");
              assertThat(h.get("oldValue")).isEqualTo("0.13");
              assertThat(h.get("newValue")).isEqualTo("0.12");
              assertThat(h.get("actor")).isEqualTo("labtech");
              assertThat(h.get("reason")).isEqualTo("复核后更正检验结果");
            });
    assertThat(history).anySatisfy(h -> assertThat(h.get("entityType")).isEqualTo("Sample"));
  }

  @Test
  void rejectionSendsTheResultsBackWithTheReason() {
    long id = receivedCelery("芹菜-退回");
    enterAllNotDetected(id);
    as("labtech").post("/samples/{id}/results/submission", id).then().statusCode(200);
    problem(
        as("reviewer").body(Map.of()).post("/samples/{id}/results/rejection", id), 400, "reason");
    JsonPath back =
        as("reviewer")
            .body(Map.of("reason", "仪器未校准"))
            .post("/samples/{id}/results/rejection", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(back.getString("state")).isEqualTo("IN_PROGRESS");
    assertThat(back.getString("returnedReason")).isEqualTo("仪器未校准");
    // approval needs a review first
    as("reviewer")
        .body(Map.of("password", ApiTestSupport.DEMO_PASSWORD))
        .post("/samples/{id}/results/approval", id)
        .then()
        .statusCode(409);
  }

  @Test
  void aReviewerWhoEnteredResultsCannotReviewThem() {
    long id = receivedCelery("芹菜-自审");
    enterAllNotDetected(id, "reviewer");
    as("reviewer").post("/samples/{id}/results/submission", id).then().statusCode(200);
    as("reviewer").post("/samples/{id}/results/review", id).then().statusCode(403);
    assertThat(resultsState(id)).isEqualTo("ENTERED");
  }

  @Test
  void anotherLabSeesNothingAndTheWorklistShowsTheReportDue() {
    long id = receivedCelery("芹菜-工作单");
    as("labtech2").get("/samples/{id}/results", id).then().statusCode(404);
    JsonPath worklist = as("labtech").get("/worklist").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> samples = worklist.getList("samples");
    Map<String, Object> mine =
        samples.stream()
            .filter(s -> ((Number) s.get("sampleId")).longValue() == id)
            .findFirst()
            .orElseThrow();
    String receivedOn = (String) mine.get("receivedOn");
    assertThat(mine.get("reportDue")).isEqualTo(workingDaysAfter(receivedOn, 20));
    assertThat(mine.get("overdue")).isEqualTo(false);
    List<String> dues = worklist.getList("samples.reportDue", String.class);
    assertThat(dues).isSorted();
  }

  @Test
  void anImportIsCheckedAsAWholeAndWrittenOnlyWhenClean() {
    long id = receivedCelery("芹菜-导入");
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    String bad =
        "样品编号,检验项目,检验结果,单位\n"
            + number
            + ",毒死蜱,abc,mg/kg\n"
            + "NO-SUCH-SAMPLE,毒死蜱,0.01,mg/kg\n"
            + number
            + ",不存在的项目,0.01,mg/kg\n";
    JsonPath preview =
        as("labtech")
            .contentType("text/csv")
            .body(bad.getBytes(StandardCharsets.UTF_8))
            .queryParam("fileName", "results.csv")
            .post("/results/imports")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(preview.getBoolean("clean")).isFalse();
    assertThat(preview.getList("problems.row", Integer.class)).contains(2, 3, 4);
    as("labtech")
        .contentType("text/csv")
        .body(bad.getBytes(StandardCharsets.UTF_8))
        .queryParam("fileName", "results.csv")
        .queryParam("commit", true)
        .post("/results/imports")
        .then()
        .statusCode(400);

    String good = "样品编号,检验项目,检验结果,单位\n" + number + ",毒死蜱,0.02,mg/kg\n";
    JsonPath committed =
        as("labtech")
            .contentType("text/csv")
            .body(good.getBytes(StandardCharsets.UTF_8))
            .queryParam("fileName", "results.csv")
            .queryParam("commit", true)
            .post("/results/imports")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(committed.getBoolean("committed")).isTrue();
    Map<String, Object> chlorpyrifos = item(resultsOf(id), "毒死蜱");
    assertThat(chlorpyrifos.get("value")).isEqualTo("0.02");
    assertThat(chlorpyrifos.get("verdict")).isEqualTo("CONFORMING");
  }

  @Test
  void theLabAddsAndDropsItemsWithAReasonAndDroppedItemsNeedNoResult() {
    long id = receivedCelery("芹菜-增减项目");
    List<Map<String, Object>> items = resultsOf(id);
    List<Object> own = items.stream().map(i -> i.get("testItemId")).toList();
    Map<String, Object> extra =
        as("labtech")
            .queryParam("size", 100)
            .get("/test-items")
            .jsonPath()
            .<Map<String, Object>>getList("items")
            .stream()
            .filter(t -> !own.contains(t.get("id")) && Boolean.TRUE.equals(t.get("active")))
            .findFirst()
            .orElseThrow();

    problem(
        as("labtech")
            .body(Map.of("testItemId", extra.get("id")))
            .post("/samples/{id}/results/items", id),
        400,
        "reason");
    problem(
        as("labtech")
            .body(Map.of("testItemId", items.get(0).get("testItemId"), "reason", "重复"))
            .post("/samples/{id}/results/items", id),
        400,
        "testItemId");
    List<Map<String, Object>> added =
        as("labtech")
            .body(Map.of("testItemId", extra.get("id"), "reason", "委托方要求加测"))
            .post("/samples/{id}/results/items", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    Map<String, Object> addedItem = item(added, (String) extra.get("analyte"));
    assertThat(addedItem.get("addedByLab")).isEqualTo(true);
    assertThat(addedItem.get("changeReason")).isEqualTo("委托方要求加测");

    Object dropped = items.get(0).get("id");
    problem(
        as("labtech").body(Map.of()).post("/samples/{id}/results/items/{item}/drop", id, dropped),
        400,
        "reason");
    as("labtech")
        .body(Map.of("reason", "样品量不足"))
        .post("/samples/{id}/results/items/{item}/drop", id, dropped)
        .then()
        .statusCode(200);

    // every item but the dropped one gets a result; the dropped one takes none
    Map<String, Object> toDropped = new LinkedHashMap<>();
    toDropped.put("itemId", dropped);
    toDropped.put("notDetected", true);
    toDropped.put("unit", "mg/kg");
    problem(
        as("labtech").body(Map.of("results", List.of(toDropped))).put("/samples/{id}/results", id),
        400,
        "results[0].itemId");
    List<Map<String, Object>> entries = new java.util.ArrayList<>();
    for (Map<String, Object> i : resultsOf(id)) {
      if (!Boolean.TRUE.equals(i.get("dropped"))) {
        Map<String, Object> nd = new LinkedHashMap<>();
        nd.put("itemId", i.get("id"));
        nd.put("notDetected", true);
        nd.put("unit", i.get("limitUnit"));
        entries.add(nd);
      }
    }
    as("labtech")
        .body(Map.of("results", entries))
        .put("/samples/{id}/results", id)
        .then()
        .statusCode(200);
    JsonPath submitted =
        as("labtech")
            .post("/samples/{id}/results/submission", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(submitted.getString("conclusion")).isEqualTo("CONFORMING");
    List<Map<String, Object>> history =
        as("labtech").get("/samples/{id}/history", id).jsonPath().getList("$");
    assertThat(history).extracting(h -> h.get("reason")).contains("委托方要求加测", "样品量不足");
  }

  // ------------------------------------------------------------------ helpers

  /** A celery sample of TEAM-HNFDI-1 assigned to LAB-ZZAQ, shipped and received by labtech. */
  private static long receivedCelery(String food) {
    String foodName = food + "-" + uniqueCode();
    long id =
        as("sampler")
            .body(celery(foodName))
            .post("/samples")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("planner")
        .body(Map.of("labId", LAB_ZZAQ, "reason", "集成测试"))
        .post("/samples/{id}/assignment", id)
        .then()
        .statusCode(200);
    as("sampler")
        .body(Map.of("shippedAt", minutesAgo(30), "method", "冷链专车", "temperature", "4"))
        .post("/samples/{id}/shipment", id)
        .then()
        .statusCode(200);
    as("labtech")
        .body(Map.of("receivedAt", minutesAgo(5), "condition", "ACCEPTED"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(200);
    return id;
  }

  private static void enterAllNotDetected(long id) {
    enterAllNotDetected(id, "labtech");
  }

  private static void enterAllNotDetected(long id, String user) {
    List<Map<String, Object>> items =
        as(user)
            .get("/samples/{id}/results", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<Map<String, Object>> entries =
        items.stream()
            .map(
                i -> {
                  Map<String, Object> nd = new LinkedHashMap<>();
                  nd.put("itemId", i.get("id"));
                  nd.put("notDetected", true);
                  nd.put("unit", i.get("limitUnit"));
                  return nd;
                })
            .toList();
    as(user)
        .body(Map.of("results", entries))
        .put("/samples/{id}/results", id)
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> celery(String foodName) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("level", "MUNICIPAL");
    f.put("regionId", JINSHUI);
    f.put("foodName", foodName);
    f.put("categoryId", CELERY);
    f.put("quantity", "2.50");
    f.put("quantityUnit", "千克");
    f.put("backupQuantity", "1.0");
    f.put("storageCondition", "CHILLED");
    f.put("partyName", foodName + " 摊位");
    f.put("partyKind", "FARMERS_MARKET");
    f.put("partyAddress", "郑州市金水区花园路1号");
    f.put("partyLicence", "92410105MA0000000X");
    f.put("partyContact", "张三");
    f.put("partyPhone", "13800000000");
    f.put("producerName", foodName + " 基地");
    f.put("producerAddress", "中牟县");
    f.put("placeAddress", "郑州市金水区花园路1号");
    f.put("sampledAt", minutesAgo(90));
    f.put("productionDate", LocalDate.now(CHINA).minusDays(2).toString());
    f.put("sampler1Id", userId("sampler"));
    f.put("sampler2Id", userId("sampler2"));
    f.put("samplersConfirmed", true);
    f.put("partyConfirmed", true);
    f.put("partySignatory", "张三");
    f.put("sealNumber", "F-" + uniqueCode());
    return f;
  }

  private static Map<String, Object> result(Map<String, Object> item, String value, String unit) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("itemId", item.get("id"));
    r.put("value", value);
    r.put("unit", unit);
    r.put("method", "GB 23200.113-2018");
    r.put("instrument", "GC-MS/MS 01");
    r.put("analyst", "张检验");
    r.put("testedOn", LocalDate.now(CHINA).toString());
    return r;
  }

  private static Map<String, Object> item(List<Map<String, Object>> items, String analyte) {
    return items.stream().filter(i -> analyte.equals(i.get("analyte"))).findFirst().orElseThrow();
  }

  private static List<Map<String, Object>> resultsOf(long id) {
    return as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items");
  }

  private static String resultsState(long id) {
    return as("labtech").get("/samples/{id}/results", id).jsonPath().getString("state");
  }

  private static JsonPath problem(io.restassured.response.Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }

  private static final Map<String, Long> USER_IDS = new ConcurrentHashMap<>();

  private static long userId(String user) {
    return USER_IDS.computeIfAbsent(user, u -> as(u).get("/me").jsonPath().getLong("id"));
  }

  private static String workingDaysAfter(String from, int days) {
    return as("planner")
        .queryParam("from", from)
        .queryParam("days", days)
        .get("/calendar/working-days")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("dueDate");
  }

  private static String minutesAgo(int minutes) {
    return OffsetDateTime.now(CHINA).minusMinutes(minutes).withNano(0).toString();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
