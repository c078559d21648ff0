package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.anonymous;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgoToday;
import static cn.foodsafety.lims.it.SampleFlows.userId;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rapid tests in a market: a negative and a positive; the positive holds the batch, opens the
 * 4-hour objection window and creates its confirmation task, which the sampling team sees and
 * samples through the normal form (the sample is linked back); an unknown kit and a "rapid retest"
 * are refused; a device file with a bad row writes nothing; the figures and the public day. The
 * confirmation sample goes through the laboratory (receipt, results, review, approval) and is
 * published: the rapid test, the figures and the public day show its outcome.
 */
class RapidTestsIT {

  private static final long TEAM_HNFDI_1 = 29;
  private static final long VEGETABLES = 113;
  private static final long CELERY = SampleFlows.CELERY;

  /** A city of the test's own (planner, supervisor) with this year's approved plan. */
  private static PlanningIT.City city() throws Exception {
    PlanningIT.City city = PlanningIT.newCity();
    ItDatabase.plan(city.id(), LocalDate.now(SampleFlows.CHINA).getYear(), false);
    return city;
  }

  private static Map<String, Object> market(long county, String code) {
    Response r =
        as("supervisor")
            .body(
                Map.of(
                    "code",
                    code,
                    "name",
                    "丰产路农贸市场" + code,
                    "address",
                    "丰产路12号",
                    "regionId",
                    county,
                    "samplingUnitId",
                    TEAM_HNFDI_1,
                    "points",
                    List.of(Map.of("name", "一号快检室"))))
            .post("/markets");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r.jsonPath().getMap("");
  }

  private static Map<String, Object> test(long market, String result, String kit) {
    return test(market, result, kit, VEGETABLES, "韭菜");
  }

  private static Map<String, Object> test(
      long market, String result, String kit, long category, String food) {
    Map<String, Object> t = new HashMap<>();
    t.put("marketId", market);
    t.put("stall", "A区12号");
    t.put("operatorName", "王建国");
    t.put("foodName", food);
    t.put("categoryId", category);
    t.put("kitCode", kit);
    t.put("result", result);
    t.put("tester", "李检测");
    t.put("testedAt", minutesAgoToday(20));
    return t;
  }

  @Test
  void aPositiveHoldsTheBatchAndIsConfirmedByASampleOfTheNormalFlow() throws Exception {
    PlanningIT.City city = city();
    long county = city.unitA();
    String code = "M" + ApiTestSupport.uniqueCode();
    long market = ((Number) market(county, code).get("id")).longValue();

    Response negative = as("sampler").body(test(market, "NEGATIVE", "KJ-OP")).post("/rapid-tests");
    assertThat(negative.statusCode()).as(negative.asString()).isEqualTo(201);
    assertThat(negative.jsonPath().getBoolean("batchHeld")).isFalse();
    assertThat(negative.jsonPath().getString("confirmationTaskId")).isNull();

    Response positive =
        as("sampler").body(test(market, "POSITIVE", "KJ-OP", CELERY, "芹菜")).post("/rapid-tests");
    assertThat(positive.statusCode()).as(positive.asString()).isEqualTo(201);
    assertThat(positive.jsonPath().getBoolean("batchHeld")).isTrue();
    assertThat(positive.jsonPath().getBoolean("objectionOpen")).isTrue();
    OffsetDateTime tested = OffsetDateTime.parse(positive.jsonPath().getString("testedAt"));
    OffsetDateTime until = OffsetDateTime.parse(positive.jsonPath().getString("objectionUntil"));
    assertThat(until).isEqualTo(tested.plusHours(4));
    assertThat(positive.jsonPath().getString("method")).contains("酶抑制率法");
    long task = positive.jsonPath().getLong("confirmationTaskId");
    long testId = positive.jsonPath().getLong("id");

    // the sampling team sees the confirmation task and samples it through the normal form
    List<Long> mine = as("sampler").get("/samples/my-tasks").jsonPath().getList("id", Long.class);
    assertThat(mine).contains(task);
    Map<String, Object> form = SampleFlows.celery("芹菜-快检确证");
    form.remove("level");
    form.remove("regionId");
    form.put("taskId", task);
    form.put("categoryId", CELERY);
    form.put("sampler1Id", userId("sampler"));
    Response sample = as("sampler").body(form).post("/samples");
    assertThat(sample.statusCode()).as(sample.asString()).isEqualTo(201);
    assertThat(sample.jsonPath().getString("partyKind")).isEqualTo("FARMERS_MARKET");
    Response linked = as("supervisor").get("/rapid-tests/{id}", testId);
    assertThat(linked.jsonPath().getString("confirmationSampleNumber"))
        .isEqualTo(sample.jsonPath().getString("sampleNumber"));
    assertThat(linked.jsonPath().getString("confirmation")).isNull();
    assertThat(linked.jsonPath().getBoolean("batchHeld")).isTrue();

    // figures: 2 tests, 1 positive (50%), confirmed 1 of 1, pending
    Response figures = as("supervisor").get("/rapid-tests/figures");
    assertThat(figures.statusCode()).as(figures.asString()).isEqualTo(200);
    Map<String, Object> row =
        figures.jsonPath().getList("markets", Map.class).stream()
            .filter(m -> code.equals(m.get("marketCode")))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("tests")).isEqualTo(2);
    assertThat(row.get("positives")).isEqualTo(1);
    assertThat(new java.math.BigDecimal(row.get("positiveRate").toString()))
        .isEqualByComparingTo("50");
    assertThat(row.get("confirmations")).isEqualTo(1);
    assertThat(row.get("pending")).isEqualTo(1);
    assertThat(row.get("belowFloor")).isEqualTo(false);

    // the public day, no sign-in: results without names of people; the QR code
    Response day = anonymous().get("/public/markets/{code}/day", code);
    assertThat(day.statusCode()).as(day.asString()).isEqualTo(200);
    assertThat(day.jsonPath().getInt("tests")).isEqualTo(2);
    assertThat(day.jsonPath().getInt("positives")).isEqualTo(1);
    assertThat(day.asString()).doesNotContain("王建国", "李检测");
    Response qr = anonymous().get("/public/markets/{code}/qr.png", code);
    assertThat(qr.statusCode()).isEqualTo(200);
    assertThat(qr.contentType()).isEqualTo("image/png");

    // the confirmation goes the normal way: assigned, shipped, received by the laboratory,
    // results (毒死蜱 0.13 mg/kg, over its limit), submitted, reviewed, approved
    long sampleId = sample.jsonPath().getLong("id");
    SampleFlows.assignedAndShipped(sampleId, city.asPlanner());
    SampleFlows.received(sampleId);
    Response received = as("supervisor").get("/rapid-tests/{id}", testId);
    assertThat(received.jsonPath().getString("confirmation")).isNull();
    SampleFlows.approved(sampleId, "0.13");

    // the rapid test shows the laboratory's outcome: confirmed non-conforming, the batch stays held
    Response confirmed = as("supervisor").get("/rapid-tests/{id}", testId);
    assertThat(confirmed.jsonPath().getString("confirmation")).isEqualTo("NON_CONFORMING");
    assertThat(confirmed.jsonPath().getLong("confirmationSampleId")).isEqualTo(sampleId);
    assertThat(confirmed.jsonPath().getBoolean("batchHeld")).isTrue();
    Map<String, Object> after =
        as("supervisor")
            .get("/rapid-tests/figures")
            .jsonPath()
            .getList("markets", Map.class)
            .stream()
            .filter(m -> code.equals(m.get("marketCode")))
            .findFirst()
            .orElseThrow();
    assertThat(after.get("confirmedNonConforming")).isEqualTo(1);
    assertThat(after.get("pending")).isEqualTo(0);
    Response publicDay = anonymous().get("/public/markets/{code}/day", code);
    assertThat(publicDay.jsonPath().getList("results.confirmation"))
        .containsExactlyInAnyOrder("NON_CONFORMING", null);

    // published by the city's supervisor: the public results feed carries the confirmation
    Response published =
        city.asSupervisor().body(Map.of("sampleIds", List.of(sampleId))).post("/publications");
    assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
    String food = sample.jsonPath().getString("foodName");
    Response feed =
        ApiTestSupport.server()
            .accept("application/json, application/problem+json")
            .queryParam("q", food)
            .get("/lims/public/results.json");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.jsonPath().getInt("total")).isEqualTo(1);
    assertThat(feed.jsonPath().getString("items[0].verdict")).isEqualTo("NON_CONFORMING");
  }

  @Test
  void anUnknownKitARapidRetestAndAFileWithABadRowAreRefusedWithNothingWritten() throws Exception {
    long county = city().unitA();
    String code = "M" + ApiTestSupport.uniqueCode();
    long market = ((Number) market(county, code).get("id")).longValue();

    Response unknown =
        as("sampler", "en").body(test(market, "NEGATIVE", "KJ-NOPE")).post("/rapid-tests");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.jsonPath().getList("errors.field")).contains("kitCode");
    assertThat(unknown.asString()).contains("unknown kit");

    Map<String, Object> retest = test(market, "NEGATIVE", "KJ-OP");
    retest.put("retestOf", 1);
    Response refused = as("sampler").body(retest).post("/rapid-tests");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.jsonPath().getList("errors.field")).contains("retestOf");

    String header = "市场编号,检测点,摊位,经营者,食品,食品分类编码,试剂盒,结果,检测人,检测时间\n";
    String time = LocalDate.now(SampleFlows.CHINA) + "T00:01:00";
    String good = code + ",一号快检室,B区3号,赵六,菠菜,蔬菜,KJ-OP,阴性,李检测," + time + "\n";
    String category = categoryCode();
    good = good.replace(",蔬菜,", "," + category + ",");
    String bad = code + ",一号快检室,B区4号,钱七,白菜," + category + ",KJ-XX,阳性,李检测," + time + "\n";
    Response file =
        as("sampler")
            .contentType("text/csv")
            .body((header + good + bad).getBytes("UTF-8"))
            .post("/rapid-tests/imports");
    assertThat(file.statusCode()).as(file.asString()).isEqualTo(400);
    assertThat(file.jsonPath().getList("errors.field")).containsExactly("rows[3].kit");
    assertThat(as("supervisor").get("/rapid-tests?market=" + market).jsonPath().getList("id"))
        .isEmpty();

    Response clean =
        as("sampler")
            .contentType("text/csv")
            .body((header + good + good.replace("B区3号", "B区5号")).getBytes("UTF-8"))
            .post("/rapid-tests/imports");
    assertThat(clean.statusCode()).as(clean.asString()).isEqualTo(200);
    assertThat(clean.jsonPath().getInt("tests")).isEqualTo(2);
    assertThat(clean.jsonPath().getInt("positives")).isZero();

    // two tests, no positive: below the 0.5% floor, flagged
    Map<String, Object> row =
        as("supervisor")
            .get("/rapid-tests/figures")
            .jsonPath()
            .getList("markets", Map.class)
            .stream()
            .filter(m -> code.equals(m.get("marketCode")))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("belowFloor")).isEqualTo(true);
  }

  private static String categoryCode() {
    return as("admin").get("/food-categories/{id}", VEGETABLES).jsonPath().getString("code");
  }
}
