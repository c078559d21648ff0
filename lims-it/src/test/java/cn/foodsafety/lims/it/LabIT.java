package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static cn.foodsafety.lims.it.SampleFlows.shippedCelery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The laboratory's work through the API: a celery sample collected by TEAM-HNFDI-1 (sampler,
 * sampler2), assigned to LAB-ZZAQ (labtech, reviewer), shipped and received, gets its items from
 * the category (毒死蜱 ≤ 0.05 mg/kg among them), results, the four-eyes review, the e-signed approval
 * and a Chinese test report; an amendment issues version 2 and version 1 stays as it was; the
 * history shows every step. Bad input is refused with field errors and nothing written.
 */
class LabIT {

  @Test
  void celeryWithChlorpyrifosOverTheLimitGoesFromResultsToAnAmendedReport() throws IOException {
    long id = receivedCelery("芹菜-检验");

    JsonPath sheet =
        as("labtech").get("/samples/{id}/results", id).then().statusCode(200).extract().jsonPath();
    assertThat(sheet.getString("state")).isEqualTo("IN_PROGRESS");
    List<Map<String, Object>> items = sheet.getList("items");
    Map<String, Object> chlorpyrifos = item(items, "毒死蜱");
    assertThat(chlorpyrifos.get("limit")).isEqualTo("≤ 0.05 mg/kg");
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
    // 0.003 mg/kg under the item's LOD of 0.005: not a measurement; reported as 未检出 (with the
    // LOD) only when the lab says so
    JsonPath belowLod =
        as("labtech")
            .body(Map.of("results", List.of(result(chlorpyrifos, "0.003", "mg/kg"))))
            .put("/samples/{id}/results", id)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(belowLod.getList("errors.field", String.class)).containsExactly("results[0].value");
    assertThat(belowLod.getString("errors[0].message")).contains("毒死蜱", "0.003", "0.005", "未检出");
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

    JsonPath summaryBefore =
        as("labtech").get("/worklist/summary").then().statusCode(200).extract().jsonPath();
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
    assertThat(worklistIds("/worklist", Map.of())).doesNotContain(id);
    assertThat(worklistIds("/worklist/conclusions", Map.of())).contains(id);
    JsonPath summary =
        as("labtech").get("/worklist/summary").then().statusCode(200).extract().jsonPath();
    // the lab's summary moves by this one approval: one more turnaround, one more conclusion due
    assertThat(summary.getInt("turnaround.samples"))
        .isEqualTo(summaryBefore.getInt("turnaround.samples") + 1);
    assertThat(summary.getLong("conclusionsDue"))
        .isEqualTo(summaryBefore.getLong("conclusionsDue") + 1);
    assertThat(summary.getString("turnaround.since"))
        .isEqualTo(LocalDate.now(CHINA).minusDays(365).toString());

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

    // raw field names, labelled in the caller's language; times in China's time
    assertThat(history)
        .filteredOn(h -> "value".equals(h.get("field")))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.get("fieldLabel")).isEqualTo("检测值"));
    assertThat(history).allSatisfy(h -> assertThat((String) h.get("at")).endsWith("+08:00"));
    List<Map<String, Object>> english =
        as("reviewer", "en").get("/samples/{id}/history", id).jsonPath().getList("$");
    assertThat(english)
        .filteredOn(h -> "value".equals(h.get("field")))
        .allSatisfy(h -> assertThat(h.get("fieldLabel")).isEqualTo("Value"));
    assertThat(english)
        .filteredOn(h -> "state".equals(h.get("field")))
        .allSatisfy(h -> assertThat(h.get("fieldLabel")).isEqualTo("State"));
  }

  @Test
  void receiptCreatesTheItemsOfTheCategoryWithTheirLimitsAndAuditsThem() {
    long id = receivedCelery("芹菜-接收建项");

    // before anyone looks at the results: the history already holds the items, created at receipt
    List<Map<String, Object>> history =
        as("labtech")
            .get("/samples/{id}/history", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    List<Map<String, Object>> created =
        history.stream()
            .filter(
                h -> "SampleItem".equals(h.get("entityType")) && "CREATE".equals(h.get("action")))
            .toList();
    assertThat(created)
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.get("actor")).isEqualTo("labtech"));
    assertThat(created)
        .anySatisfy(h -> assertThat((String) h.get("newValue")).startsWith("毒死蜱 ≤ 0.05 mg/kg"));
    int received = -1;
    for (int i = 0; i < history.size(); i++) {
      Map<String, Object> h = history.get(i);
      if ("Sample".equals(h.get("entityType")) && "RECEIVED".equals(h.get("newValue"))) {
        received = i;
      }
    }
    assertThat(received).isNotNegative();
    assertThat(history.indexOf(created.get(0))).isGreaterThan(received);
    assertThat(history)
        .anySatisfy(
            h -> {
              assertThat(h.get("entityType")).isEqualTo("Analysis");
              assertThat(h.get("action")).isEqualTo("CREATE");
              assertThat(h.get("newValue")).isEqualTo("IN_PROGRESS");
            });

    // the results list exactly those items, with the limit snapshot
    List<Map<String, Object>> items = resultsOf(id);
    assertThat(items)
        .extracting(i -> ((Number) i.get("id")).longValue())
        .containsExactlyInAnyOrderElementsOf(
            created.stream().map(h -> ((Number) h.get("entityId")).longValue()).toList());
    assertThat(item(items, "毒死蜱").get("limit")).isEqualTo("≤ 0.05 mg/kg");
    assertThat(resultsState(id)).isEqualTo("IN_PROGRESS");
    // looking again creates nothing more
    long creations =
        as("labtech")
            .get("/samples/{id}/history", id)
            .jsonPath()
            .<Map<String, Object>>getList("$")
            .stream()
            .filter(h -> "CREATE".equals(h.get("action")))
            .count();
    assertThat(creations).isEqualTo(created.size() + 2L);
  }

  @Test
  void aRejectedSampleGetsNoItems() {
    long id = shippedCelery("芹菜-拒收", null);
    as("labtech")
        .body(
            Map.of(
                "receivedAt",
                minutesAgo(5),
                "condition",
                "REJECTED",
                "rejectionReason",
                "BROKEN_SEAL"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(200);
    List<Map<String, Object>> history =
        as("labtech").get("/samples/{id}/history", id).jsonPath().getList("$");
    assertThat(history)
        .noneSatisfy(h -> assertThat(h.get("entityType")).isIn("SampleItem", "Analysis"));
    as("labtech").get("/samples/{id}/results", id).then().statusCode(409);
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
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    JsonPath found =
        as("labtech")
            .queryParam("q", number)
            .get("/worklist")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(found.getLong("total")).isEqualTo(1);
    Map<String, Object> mine = found.<Map<String, Object>>getList("items").get(0);
    assertThat(((Number) mine.get("sampleId")).longValue()).isEqualTo(id);
    String receivedOn = (String) mine.get("receivedOn");
    assertThat(mine.get("reportDue")).isEqualTo(workingDaysAfter(receivedOn, 20));
    assertThat(mine.get("overdue")).isEqualTo(false);
    assertThat(mine.get("state")).isEqualTo("IN_PROGRESS");
    assertThat(worklistIds("/worklist", Map.of("overdue", "false"))).contains(id);
    assertThat(worklistIds("/worklist", Map.of("overdue", "true"))).doesNotContain(id);
    assertThat(worklistIds("/worklist", Map.of("q", number))).containsExactly(id);
    // another lab's worklist does not hold it
    assertThat(
            as("labtech2")
                .queryParam("q", number)
                .get("/worklist")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total"))
        .isZero();
  }

  @Test
  void theWorklistIsPagedAndSortedByTheDatabase() {
    // three samples of the test's own, found by a word in their food names: exactly these three
    String tag = "分页" + ApiTestSupport.uniqueCode();
    receivedCelery(tag + "-1");
    receivedCelery(tag + "-2");
    receivedCelery(tag + "-3");
    JsonPath all = worklist(Map.of("q", tag, "size", "500"));
    assertThat(all.getLong("total")).isEqualTo(3);
    assertThat(all.getList("items")).hasSize(3);
    List<String> dues = all.getList("items.reportDue", String.class);
    assertThat(dues).isSorted();

    // pages of 2 walk the same list: no overlap, no gap, the total on every page
    List<Long> walked = new java.util.ArrayList<>();
    for (int page = 0; page < 2; page++) {
      JsonPath p = worklist(Map.of("q", tag, "page", "" + page, "size", "2"));
      assertThat(p.getLong("total")).isEqualTo(3);
      assertThat(p.getInt("page")).isEqualTo(page);
      assertThat(p.getInt("size")).isEqualTo(2);
      assertThat(p.getList("items")).hasSize(page == 0 ? 2 : 1);
      walked.addAll(p.getList("items.sampleId", Long.class));
    }
    assertThat(walked).isEqualTo(all.getList("items.sampleId", Long.class));

    List<String> descending =
        worklist(Map.of("q", tag, "sort", "-reportDue", "size", "500"))
            .getList("items.reportDue", String.class);
    assertThat(descending).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<String> byNumber =
        worklist(Map.of("q", tag, "sort", "sampleNumber", "size", "500"))
            .getList("items.sampleNumber", String.class);
    assertThat(byNumber).hasSize(3).isSorted();

    // bad paging is a field error in the caller's language
    JsonPath badSort =
        problem(as("labtech", "en").queryParam("sort", "partyName").get("/worklist"), 400, "sort");
    assertThat(badSort.getString("errors[0].message")).contains("partyName");
    problem(as("labtech").queryParam("size", 0).get("/worklist"), 400, "size");
    problem(as("labtech").queryParam("page", "x").get("/worklist/conclusions"), 400, "page");

    // the summary counts the lab's whole worklist
    JsonPath summary =
        as("labtech").get("/worklist/summary").then().statusCode(200).extract().jsonPath();
    assertThat(summary.getString("labCode")).isEqualTo("LAB-ZZAQ");
    assertThat(summary.getLong("samples"))
        .isEqualTo(as("labtech").get("/worklist").jsonPath().getLong("total"));
    assertThat(summary.getLong("overdueReports"))
        .isEqualTo(
            as("labtech").queryParam("overdue", true).get("/worklist").jsonPath().getLong("total"));
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
    // the choices: the lab's accredited test items the sample does not have yet
    List<Map<String, Object>> choices =
        as("labtech")
            .get("/samples/{id}/results/items/choices", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(choices).isNotEmpty().noneMatch(c -> own.contains(c.get("testItemId")));
    List<Object> scope =
        as("admin").get("/organizations/{id}", LAB_ZZAQ).jsonPath().getList("scopeTestItemIds");
    assertThat(choices).allMatch(c -> scope.contains(c.get("testItemId")));
    Map<String, Object> extra =
        as("labtech")
            .queryParam("size", 100)
            .get("/test-items")
            .jsonPath()
            .<Map<String, Object>>getList("items")
            .stream()
            .filter(t -> t.get("id").equals(choices.get(0).get("testItemId")))
            .findFirst()
            .orElseThrow();
    as("labtech2").get("/samples/{id}/results/items/choices", id).then().statusCode(404);

    // an active test item outside the lab's scope is refused, in the caller's language
    as("labtech")
        .queryParam("size", 500)
        .get("/test-items")
        .jsonPath()
        .<Map<String, Object>>getList("items")
        .stream()
        .filter(
            t ->
                Boolean.TRUE.equals(t.get("active"))
                    && !scope.contains(t.get("id"))
                    && !own.contains(t.get("id")))
        .findFirst()
        .ifPresent(
            outside -> {
              JsonPath p =
                  problem(
                      as("labtech", "en")
                          .body(Map.of("testItemId", outside.get("id"), "reason", "加测"))
                          .post("/samples/{id}/results/items", id),
                      400,
                      "testItemId");
              assertThat(p.getString("errors[0].message")).contains("accreditation scope");
            });

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
    assertThat(
            as("labtech")
                .get("/samples/{id}/results/items/choices", id)
                .jsonPath()
                .getList("testItemId"))
        .doesNotContain(extra.get("id"));
    problem(
        as("labtech")
            .body(Map.of("reason", "样品量不足"))
            .post("/samples/{id}/results/items/{item}/drop", id, 999_999_999L),
        400,
        "itemId");

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

  /** The sample ids of every page of a worklist (size 500) with the given parameters. */
  private static JsonPath worklist(Map<String, String> params) {
    RequestSpecification r = as("labtech");
    params.forEach(r::queryParam);
    return r.get("/worklist").then().statusCode(200).extract().jsonPath();
  }

  private static List<Long> worklistIds(String path, Map<String, String> params) {
    return as("labtech")
        .queryParams(params)
        .queryParam("size", 500)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.sampleId", Long.class);
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
