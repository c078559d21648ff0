package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.signedIn;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * Plans, quotas, cells, totals, approval, campaigns, progress, the workbook and collection tasks
 * through /api/plans and /api/tasks. Every test makes its own city (two county-level units of
 * 10,000 and 3,001 residents: quotas 70 and 22 at 7 per 1,000), a regulator there with its own
 * planner and supervisor, and its own plan, so tests share nothing.
 */
class PlanningIT {

  private static final long HENAN = 1;
  private static final long JINSHUI = 6;
  private static final long SAMPLING_TEAM = 29; // TEAM-HNFDI-1: the demo "sampler"
  private static final long ZHENGZHOU_AMR = 2; // a regulator, not a sampling unit
  private static final long DAIRY = 5;
  private static final long EDIBLE = 33;
  private static final long CHIVES = 115; // 韭菜, below 33
  private static final String PASSWORD = "Planning2024";

  /** A city of the test's own with its planner and supervisor. */
  record City(long id, String code, long unitA, long unitB, String planner, String supervisor) {
    RequestSpecification asPlanner() {
      return signedIn(planner, PASSWORD);
    }

    RequestSpecification asSupervisor() {
      return signedIn(supervisor, PASSWORD);
    }
  }

  static int year() {
    return LocalDate.now().getYear() + 1;
  }

  @Test
  void planSnapshotsTheUnitsAndRoundsTheQuotaUpPerUnit() {
    City city = newCity();
    var created =
        city.asPlanner()
            .body(plan(city.id(), year()))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract();
    JsonPath plan = created.jsonPath();
    assertThat(created.header("Location")).endsWith("/lims/api/plans/" + plan.getLong("id"));
    assertThat(plan.getString("state")).isEqualTo("DRAFT");
    assertThat(plan.getDouble("ratePerThousand")).isEqualTo(7.0);
    assertThat(plan.getList("units.quota", Integer.class)).containsExactly(70, 22);
    assertThat(plan.getList("units.residents", Long.class)).containsExactly(10_000L, 3_001L);
    // the city's quota is the sum of ceilings per unit (13,001 × 7 / 1000 = 91.007 -> 92 anyway)
    assertThat(plan.getInt("cityQuota")).isEqualTo(92);
    assertThat(plan.getInt("plannedBatches")).isEqualTo(92);
    assertThat(plan.getInt("brokenTotals")).isZero();
    // names in English where the region has one (the English pages show them)
    assertThat(plan.getString("cityNameEn")).isEqualTo("Unit " + city.code());
    assertThat(plan.getList("units.nameEn", String.class))
        .hasSize(2)
        .allMatch(n -> n.startsWith("Unit ") && !n.equals("Unit " + city.code()));

    JsonPath read =
        city.asSupervisor()
            .get("/plans/{id}", plan.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(read.getInt("cityQuota")).isEqualTo(92);
  }

  @Test
  void handEditBreaksTotalsApprovalIsRefusedUntilFixedThenTasksReachTheSampler() {
    City city = newCity();
    long id = createSmallPlan(city);

    // edit one cell: +3 batches breaks the unit, level, department and category totals
    JsonPath cell =
        city.asPlanner()
            .queryParam("region", city.unitA())
            .queryParam("level", "MUNICIPAL")
            .queryParam("department", "MARKET_REGULATION")
            .queryParam("category", DAIRY)
            .queryParam("month", 1)
            .get("/plans/{id}/cells", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(cell.getInt("total")).isEqualTo(1);
    long cellId = cell.getLong("items[0].id");
    int batches = cell.getInt("items[0].batches");
    JsonPath edited =
        city.asPlanner()
            .body(Map.of("batches", batches + 3, "version", cell.getLong("items[0].version")))
            .put("/plans/{id}/cells/{cell}", id, cellId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(edited.getBoolean("edited")).isTrue();

    JsonPath totals =
        city.asPlanner().get("/plans/{id}/totals", id).then().statusCode(200).extract().jsonPath();
    assertThat(totals.getList("depth", String.class))
        .containsExactly("UNIT", "LEVEL", "DEPARTMENT", "CATEGORY");
    assertThat(totals.getList("difference", Integer.class)).containsOnly(3);
    assertThat(totals.getInt("[0].target")).isEqualTo(70);
    assertThat(totals.getInt("[0].actual")).isEqualTo(73);

    long version = city.asPlanner().get("/plans/{id}", id).jsonPath().getLong("version");
    JsonPath refused =
        city.asPlanner()
            .body(Map.of("version", version))
            .post("/plans/{id}/approval", id)
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();
    assertThat(refused.getList("errors.field", String.class))
        .hasSize(4)
        .allMatch(f -> f.startsWith("totals["));
    assertThat(refused.getList("errors.field", String.class))
        .contains("totals[" + unitCode(city, city.unitA()) + "]");
    // the refusal says it in words: unit, level, department and category by name, no keys
    String unitName = as("admin").get("/regions/{id}", city.unitA()).jsonPath().getString("name");
    assertThat(refused.getList("errors.message", String.class))
        .allMatch(m -> m.contains(unitName) && !m.contains("totals[") && m.contains("各格合计"))
        .anyMatch(m -> m.contains("市级") && m.contains("乳制品") && !m.contains("MUNICIPAL"));
    List<String> english =
        city.asPlanner()
            .header("Accept-Language", "en")
            .body(Map.of("version", version))
            .post("/plans/{id}/approval", id)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("errors.message", String.class);
    String unitCode = unitCode(city, city.unitA());
    assertThat(english)
        .allMatch(m -> m.contains("Unit " + unitCode) && m.contains("the cells sum to"))
        .anyMatch(m -> m.contains("Municipal") && m.contains("Dairy products"));

    // no task from a draft
    city.asPlanner()
        .body(task(id, city.unitA(), DAIRY, SAMPLING_TEAM, 1))
        .post("/tasks")
        .then()
        .statusCode(409);

    // put the cell back (by its key this time): nothing is broken, approval passes
    city.asPlanner()
        .body(
            cellKey(
                city.unitA(),
                "MUNICIPAL",
                "MARKET_REGULATION",
                DAIRY,
                1,
                batches,
                edited.getLong("version")))
        .put("/plans/{id}/cells", id)
        .then()
        .statusCode(200);
    assertThat(city.asPlanner().get("/plans/{id}/totals", id).jsonPath().getList("$")).isEmpty();
    JsonPath approved =
        city.asPlanner()
            .body(Map.of("version", version))
            .post("/plans/{id}/approval", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(approved.getString("state")).isEqualTo("APPROVED");
    assertThat(approved.getString("approvedBy")).isEqualTo(city.planner());

    // an approved plan is read-only
    city.asPlanner()
        .body(Map.of("batches", batches + 1, "version", edited.getLong("version") + 1))
        .put("/plans/{id}/cells/{cell}", id, cellId)
        .then()
        .statusCode(409);

    // a task from the dairy cell group of unit A goes to sampling team 1
    JsonPath group =
        city.asPlanner().get("/plans/{id}/groups", id).then().statusCode(200).extract().jsonPath();
    int planned =
        group.getInt(
            "find { it.regionId == "
                + city.unitA()
                + " && it.level == 'MUNICIPAL' && it.department == 'MARKET_REGULATION' && it.categoryId == "
                + DAIRY
                + " }.planned");
    assertThat(planned).isPositive();
    var taskCreated =
        city.asPlanner()
            .body(task(id, city.unitA(), DAIRY, SAMPLING_TEAM, planned))
            .post("/tasks")
            .then()
            .statusCode(201)
            .extract();
    long taskId = taskCreated.jsonPath().getLong("id");
    assertThat(taskCreated.header("Location")).endsWith("/lims/api/tasks/" + taskId);
    assertThat(taskCreated.jsonPath().getString("state")).isEqualTo("OPEN");

    JsonPath samplerSees =
        as("sampler")
            .queryParam("plan", id)
            .get("/tasks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(samplerSees.getList("items.id", Long.class)).containsExactly(taskId);
    as("sampler").get("/tasks/{id}", taskId).then().statusCode(200);
    assertThat(as("sampler3").queryParam("plan", id).get("/tasks").jsonPath().getList("items"))
        .isEmpty();
    as("sampler3").get("/tasks/{id}", taskId).then().statusCode(404);

    // the group is now fully tasked: one more batch is over the plan
    JsonPath over =
        city.asPlanner()
            .body(task(id, city.unitA(), DAIRY, SAMPLING_TEAM, 1))
            .post("/tasks")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(over.getList("errors.field", String.class)).containsExactly("batches");

    // cancelling gives the batches back
    city.asPlanner().post("/tasks/{id}/cancel", taskId).then().statusCode(200);
    city.asPlanner()
        .body(task(id, city.unitA(), DAIRY, SAMPLING_TEAM, 1))
        .post("/tasks")
        .then()
        .statusCode(201);
    city.asPlanner().post("/tasks/{id}/cancel", taskId).then().statusCode(409);
  }

  @Test
  void badPlansAreRejectedWithFieldErrors() {
    City city = newCity();
    Map<String, Object> zeroRate = plan(city.id(), year());
    zeroRate.put("ratePerThousand", 0);
    assertFields(city.asPlanner().body(zeroRate).post("/plans"), "ratePerThousand");

    Map<String, Object> negativeRate = plan(city.id(), year());
    negativeRate.put("ratePerThousand", -7);
    negativeRate.put("municipalShare", 1.5);
    assertFields(
        city.asPlanner().body(negativeRate).post("/plans"), "ratePerThousand", "municipalShare");

    assertFields(city.asPlanner().body(plan(99_999_999L, year())).post("/plans"), "cityId");
    assertFields(city.asPlanner().body(plan(city.unitA(), year())).post("/plans"), "cityId");

    city.asPlanner().body(plan(city.id(), year())).post("/plans").then().statusCode(201);
    assertFields(city.asPlanner().body(plan(city.id(), year())).post("/plans"), "year");

    // a supervisor reads but does not plan; a planner of another region does not plan here
    city.asSupervisor().body(plan(city.id(), year() + 1)).post("/plans").then().statusCode(403);
    assertFields(as("planner").body(plan(city.id(), year() + 1)).post("/plans"), "cityId");
  }

  @Test
  void badTasksAreRejectedWithFieldErrors() {
    City city = newCity();
    long id = createSmallPlan(city);
    approve(city, id);

    Map<String, Object> wrongUnit = task(id, city.unitA(), DAIRY, ZHENGZHOU_AMR, 1);
    assertFields(city.asPlanner().body(wrongUnit).post("/tasks"), "samplingUnitId");

    Map<String, Object> tooMany = task(id, city.unitB(), DAIRY, SAMPLING_TEAM, 10_000);
    assertFields(city.asPlanner().body(tooMany).post("/tasks"), "batches");

    Map<String, Object> outside = task(id, JINSHUI, DAIRY, SAMPLING_TEAM, 1);
    outside.put("dueDate", LocalDate.now().minusDays(1).toString());
    assertFields(city.asPlanner().body(outside).post("/tasks"), "regionId", "dueDate");

    Map<String, Object> missing = new LinkedHashMap<>();
    missing.put("planId", id);
    assertFields(
        city.asPlanner().body(missing).post("/tasks"),
        "regionId",
        "level",
        "department",
        "categoryId",
        "samplingUnitId",
        "batches",
        "dueDate");

    // a category below the group's top-level one counts against the group
    Map<String, Object> chives = task(id, city.unitA(), CHIVES, SAMPLING_TEAM, 1);
    chives.put("department", "AGRICULTURE");
    chives.put("partyKind", "SMALL_FARMER");
    city.asPlanner().body(chives).post("/tasks").then().statusCode(201);
  }

  @Test
  void campaignAddsBatchesOnTopOfAnApprovedPlan() {
    City city = newCity();
    long id = createSmallPlan(city);
    approve(city, id);
    int dairyOfA = dairyBatchesOfUnitA(city, id);
    Map<String, Object> campaign = new LinkedHashMap<>();
    campaign.put("name", "夏季乳制品专项");
    campaign.put("reason", "PUBLIC_OPINION");
    campaign.put("description", "舆情热点");
    campaign.put("startDate", year() + "-06-16");
    campaign.put("endDate", year() + "-07-15");
    campaign.put(
        "batches",
        List.of(
            Map.of("regionId", city.unitA(), "categoryId", DAIRY, "batches", 6),
            Map.of("regionId", city.unitB(), "categoryId", CHIVES, "batches", 2)));
    JsonPath created =
        city.asPlanner()
            .body(campaign)
            .post("/plans/{id}/campaigns", id)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(created.getInt("totalBatches")).isEqualTo(8);
    assertThat(created.getString("level")).isEqualTo("MUNICIPAL");

    JsonPath plan = city.asPlanner().get("/plans/{id}", id).jsonPath();
    assertThat(plan.getInt("cityQuota")).isEqualTo(92);
    assertThat(plan.getInt("plannedBatches")).isEqualTo(100);
    assertThat(plan.getInt("brokenTotals")).isZero();
    assertThat(plan.getList("campaigns.name", String.class)).containsExactly("夏季乳制品专项");

    // June (15 days) and July (15 days) share the campaign's 6 dairy batches of unit A: its
    // municipal market-regulation dairy cells hold exactly 6 more than before
    assertThat(dairyBatchesOfUnitA(city, id)).isEqualTo(dairyOfA + 6);

    Map<String, Object> backwards = new LinkedHashMap<>(campaign);
    backwards.put("endDate", year() + "-06-01");
    assertFields(city.asPlanner().body(backwards).post("/plans/{id}/campaigns", id), "endDate");
    Map<String, Object> noBatches = new LinkedHashMap<>(campaign);
    noBatches.put("batches", List.of());
    noBatches.remove("reason");
    assertFields(
        city.asPlanner().body(noBatches).post("/plans/{id}/campaigns", id), "reason", "batches");
  }

  @Test
  void progressShowsPlanAgainstActualPerUnitAndTheTotal() {
    City city = newCity();
    long id = createSmallPlan(city);
    JsonPath byUnit =
        city.asSupervisor()
            .queryParam("by", "unit")
            .get("/plans/{id}/progress", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byUnit.getList("key", String.class))
        .containsExactly(String.valueOf(city.unitA()), String.valueOf(city.unitB()), "TOTAL");
    assertThat(byUnit.getList("planned", Integer.class)).containsExactly(70, 22, 92);
    assertThat(byUnit.getList("quota", Integer.class)).containsExactly(70, 22, 92);
    assertThat(byUnit.getList("collected", Long.class)).containsOnly(0L);

    JsonPath byMonth =
        city.asSupervisor().queryParam("by", "month").get("/plans/{id}/progress", id).jsonPath();
    assertThat(byMonth.getList("key")).hasSize(13);
    JsonPath byCategory =
        city.asSupervisor().queryParam("by", "category").get("/plans/{id}/progress", id).jsonPath();
    assertThat(byCategory.getList("code", String.class)).containsExactly("05", "33", city.code());
    assertFields(
        city.asSupervisor().queryParam("by", "weekday").get("/plans/{id}/progress", id), "by");
  }

  @Test
  void othersDoNotSeeThePlanOfACityOutsideTheirRegion() {
    City city = newCity();
    long id = createSmallPlan(city);
    as("jinshui").get("/plans/{id}", id).then().statusCode(404);
    as("planner").get("/plans/{id}", id).then().statusCode(404);
    assertThat(
            as("supervisor")
                .queryParam("city", city.id())
                .get("/plans")
                .jsonPath()
                .getList("items"))
        .isEmpty();
    as("sampler").get("/plans/{id}", id).then().statusCode(403);
    assertThat(city.asSupervisor().get("/plans").jsonPath().getList("items.id", Long.class))
        .containsExactly(id);
  }

  @Test
  void workbookGoesOutAndComesBackAllOrNothing() throws Exception {
    City city = newCity();
    long id = createSmallPlan(city);
    io.restassured.response.Response download = city.asPlanner().get("/plans/{id}/workbook", id);
    byte[] xlsx =
        download
            .then()
            .statusCode(200)
            .contentType(
                startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .extract()
            .asByteArray();
    // the Chinese file name survives (RFC 6266 filename*), with a plain fallback
    String cityName = as("admin").get("/regions/{id}", city.id()).jsonPath().getString("name");
    assertThat(download.getHeader("Content-Disposition"))
        .containsPattern(
            "filename\\*=UTF-8''plan-\\d{4}-"
                + java.net.URLEncoder.encode(cityName, java.nio.charset.StandardCharsets.UTF_8)
                + "\\.xlsx");
    List<String> headers = new ArrayList<>();
    int rows;
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet("分配");
      for (var c : sheet.getRow(0)) {
        headers.add(c.getStringCellValue());
      }
      rows = sheet.getLastRowNum();
      // levels in the order of the screens (national, provincial, municipal, county, monitoring):
      // each unit's 8 rows are its 4 municipal cells (2 departments x 2 categories), then 4 county
      Map<String, List<String>> levelsByUnit = new LinkedHashMap<>();
      for (int r = 1; r <= rows; r++) {
        levelsByUnit
            .computeIfAbsent(
                sheet.getRow(r).getCell(0).getStringCellValue(), k -> new ArrayList<>())
            .add(sheet.getRow(r).getCell(2).getStringCellValue());
      }
      assertThat(levelsByUnit).hasSize(2);
      assertThat(levelsByUnit.values())
          .allSatisfy(
              levels ->
                  assertThat(levels)
                      .containsExactly("市级", "市级", "市级", "市级", "县级", "县级", "县级", "县级"));
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getRepeatingRows()).isNotNull();
      assertThat(wb.getSheet("进度").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(70.0);
    }
    assertThat(headers).startsWith("县级单位编码", "县级单位", "级别", "部门", "食品类别编码", "食品类别", "1月");
    assertThat(rows).isEqualTo(2 * 2 * 2 * 2); // 2 units × 2 levels × 2 departments × 2 categories

    // bad cells: every one reported, nothing written
    byte[] bad =
        edit(
            xlsx,
            sheet -> {
              sheet.getRow(1).getCell(6).setCellValue("abc");
              sheet.getRow(2).getCell(7).setCellValue(-1);
              sheet.getRow(3).getCell(0).setCellValue("000000");
              sheet.getRow(4).getCell(2).setCellValue("星际级");
            });
    JsonPath problem =
        city.asPlanner()
            .contentType("application/octet-stream")
            .body(bad)
            .put("/plans/{id}/workbook", id)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.field", String.class))
        .contains("分配!G2", "分配!H3", "分配!A4", "分配!C5");
    assertThat(city.asPlanner().get("/plans/{id}/totals", id).jsonPath().getList("$")).isEmpty();

    // a clean workbook with one more batch in January of the first row replaces the cells
    byte[] good =
        edit(
            xlsx,
            sheet -> {
              Row r = sheet.getRow(1);
              r.getCell(6).setCellValue(r.getCell(6).getNumericCellValue() + 1);
              r.getCell(18).setCellValue(r.getCell(18).getNumericCellValue() + 1);
            });
    JsonPath imported =
        city.asPlanner()
            .contentType("application/octet-stream")
            .body(good)
            .put("/plans/{id}/workbook", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(imported.getInt("plannedBatches")).isEqualTo(93);
    assertThat(imported.getInt("brokenTotals")).isEqualTo(4);
  }

  // ------------------------------------------------------------------ helpers

  interface SheetEdit {
    void apply(Sheet sheet);
  }

  static byte[] edit(byte[] xlsx, SheetEdit change) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.apply(wb.getSheet("分配"));
      wb.write(out);
      return out.toByteArray();
    }
  }

  static void assertFields(io.restassured.response.Response response, String... fields) {
    JsonPath problem =
        response.then().statusCode(400).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(problem.getList("errors.field", String.class)).contains(fields);
  }

  /** The batches of unit A's municipal market-regulation dairy cells, every month. */
  private static int dairyBatchesOfUnitA(City city, long planId) {
    return city
        .asPlanner()
        .queryParam("region", city.unitA())
        .queryParam("level", "MUNICIPAL")
        .queryParam("department", "MARKET_REGULATION")
        .queryParam("category", DAIRY)
        .queryParam("size", 500)
        .get("/plans/{id}/cells", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.batches", Integer.class)
        .stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** A plan with two departments and two categories (dairy with a minimum, edible agricultural). */
  static long createSmallPlan(City city) {
    long id =
        city.asPlanner()
            .body(plan(city.id(), year()))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long version = city.asPlanner().get("/plans/{id}/inputs", id).jsonPath().getLong("version");
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("fixed", List.of());
    inputs.put(
        "departmentWeights",
        List.of(
            Map.of("department", "MARKET_REGULATION", "weight", 3),
            Map.of("department", "AGRICULTURE", "weight", 1)));
    inputs.put(
        "categoryWeights",
        List.of(
            Map.of("categoryId", DAIRY, "weight", 1, "minimumBatches", 2),
            Map.of("categoryId", EDIBLE, "weight", 2, "minimumBatches", 0)));
    inputs.put("monthWeights", Collections.nCopies(12, 1));
    inputs.put("version", version);
    city.asPlanner().body(inputs).put("/plans/{id}/inputs", id).then().statusCode(200);
    JsonPath allocated =
        city.asPlanner()
            .post("/plans/{id}/allocation", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(allocated.getInt("plannedBatches")).isEqualTo(92);
    assertThat(allocated.getInt("brokenTotals")).isZero();
    return id;
  }

  static void approve(City city, long id) {
    long version = city.asPlanner().get("/plans/{id}", id).jsonPath().getLong("version");
    city.asPlanner()
        .body(Map.of("version", version))
        .post("/plans/{id}/approval", id)
        .then()
        .statusCode(200);
  }

  static Map<String, Object> plan(long cityId, int year) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cityId", cityId);
    body.put("year", year);
    body.put("ratePerThousand", 7);
    body.put("municipalShare", 0.5);
    body.put("smallFarmerShare", 0.1);
    body.put("blindCoding", false);
    return body;
  }

  static Map<String, Object> task(
      long planId, long regionId, long categoryId, long unitId, int batches) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("planId", planId);
    body.put("regionId", regionId);
    body.put("level", "MUNICIPAL");
    body.put("department", "MARKET_REGULATION");
    body.put("categoryId", categoryId);
    body.put("samplingUnitId", unitId);
    body.put("batches", batches);
    body.put("dueDate", LocalDate.now().plusDays(30).toString());
    body.put("note", "集成测试");
    return body;
  }

  static Map<String, Object> cellKey(
      long regionId,
      String level,
      String department,
      long categoryId,
      int month,
      int batches,
      long version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regionId", regionId);
    body.put("level", level);
    body.put("department", department);
    body.put("categoryId", categoryId);
    body.put("month", month);
    body.put("batches", batches);
    body.put("version", version);
    return body;
  }

  static String unitCode(City city, long unitId) {
    return as("admin").get("/regions/{id}", unitId).jsonPath().getString("code");
  }

  /** A city under Henan with two units, a regulator, its planner and its supervisor. */
  static City newCity() {
    String code = uniqueCode();
    long cityId = region(code, "规划市" + code, "CITY", HENAN, 13_001);
    long a = region(uniqueCode(), "甲区" + code, "COUNTY", cityId, 10_000);
    long b = region(uniqueCode(), "乙区" + code, "COUNTY", cityId, 3_001);
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("code", "T-" + code);
    org.put("name", "规划市" + code + "市场监督管理局");
    org.put("kind", "REGULATOR");
    org.put("department", "MARKET_REGULATION");
    org.put("regionId", cityId);
    long orgId =
        as("admin")
            .body(org)
            .post("/organizations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String planner = user(orgId, "PLANNER");
    String supervisor = user(orgId, "SUPERVISOR");
    return new City(cityId, code, a, b, planner, supervisor);
  }

  static long region(String code, String name, String kind, long parent, long residents) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("nameEn", "Unit " + code);
    body.put("kind", kind);
    if ("COUNTY".equals(kind)) {
      body.put("unitType", "DISTRICT");
    }
    body.put("parentId", parent);
    body.put("residents", residents);
    body.put("residentsBasis", "集成测试数据");
    body.put("residentsYear", 2020);
    return as("admin")
        .body(body)
        .post("/regions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static String user(long organizationId, String role) {
    String username = uniqueUsername(role.toLowerCase(java.util.Locale.ROOT));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("displayName", "测试 " + username);
    body.put("password", PASSWORD);
    body.put("organizationId", organizationId);
    body.put("roles", List.of(role));
    body.put("locale", "zh-CN");
    as("admin").body(body).post("/users").then().statusCode(201);
    return username;
  }
}
