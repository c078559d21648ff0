package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.JINSHUI;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static cn.foodsafety.lims.it.SampleFlows.userId;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The sample form through /api/samples: a sample outside the plan from collection to the lab's
 * receipt, every bad input as a field error with nothing written, lab assignment under the
 * separation of sampling and testing, who sees which samples (blind coding included), the printed
 * papers, and sample numbers under 20 concurrent clients.
 *
 * <p>Demo data: sampler and sampler2 are team TEAM-HNFDI-1 (id 29) of INST-HNFDI, which also owns
 * LAB-HNFDI (36): that lab never gets their samples. labtech/reviewer are LAB-ZZAQ (38),
 * labtech2/reviewer2 LAB-HNFDI. Vegetables are in the scope of LAB-HNFDI, LAB-ZZAQ and LAB-HNPQ
 * (39) through 蔬菜 (113); category 30 (特殊医学用途配方食品) only in LAB-HNFDI's. The tests add categories and
 * test items of their own only, below seeded ones that no other test counts.
 */
class SamplingIT {

  private static final long TEAM_HNFDI_1 = 29;
  private static final long LAB_HNFDI = 36;
  private static final long ZHONGYUAN = 3;
  private static final long SHANGJIE = 7;

  private static final long VEGETABLES = 113;
  private static final long LEGUMES = 118;
  private static final long OTHER_FOODS = 34;

  /**
   * The vegetable the forms name: one of this test's own, since other tests add test items to
   * seeded foods such as celery, which would take those out of every lab's scope.
   */
  private static final long CELERY = ownVegetable();

  private static final long MEDICAL_FORMULA = 30;

  // ------------------------------------------------------------------ the whole way

  @Test
  void sampleOutsideThePlanIsAssignedShippedAndReceivedWithItsDeadlines() {
    JsonPath created = create("sampler", celery("芹菜-流程"));
    long id = created.getLong("id");
    String sampledOn = created.getString("sampledOn");
    assertThat(created.getString("sampleNumber")).matches("410105-\\d{4}-M-\\d{6}");
    assertThat(created.getString("sampleNumber")).startsWith("410105-" + sampledOn.substring(0, 4));
    assertThat(created.getBoolean("outsidePlan")).isTrue();
    assertThat((Object) created.get("taskId")).isNull();
    assertThat(created.getString("state")).isEqualTo("COLLECTED");
    assertThat(created.getLong("samplingUnitId")).isEqualTo(TEAM_HNFDI_1);
    assertThat(created.getString("quantity")).isEqualTo("2.50");
    // Art. 20: at the lab within 5 working days of sampling
    assertThat(created.getString("deliveryDue")).isEqualTo(workingDaysAfter(sampledOn, 5));

    JsonPath proposal =
        as("planner")
            .get("/samples/{id}/assignment", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(proposal.getLong("labId")).isNotEqualTo(LAB_HNFDI);
    assertThat(proposal.getBoolean("assigned")).isFalse();

    // the planner sends it to the agricultural testing center instead, with a reason
    JsonPath assigned =
        as("planner")
            .body(Map.of("labId", LAB_ZZAQ, "reason", "就近送检"))
            .post("/samples/{id}/assignment", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(assigned.getBoolean("assigned")).isTrue();
    assertThat(assigned.getString("labCode")).isEqualTo("LAB-ZZAQ");

    JsonPath afterAssignment = as("planner").get("/samples/{id}", id).jsonPath();
    assertThat(afterAssignment.getString("assignmentReason")).isEqualTo("就近送检");
    assertThat(afterAssignment.getString("assignedBy")).isEqualTo("planner");

    // a chilled sample travels with a temperature
    problem(
        as("sampler")
            .body(Map.of("shippedAt", minutesAgo(30), "method", "冷链专车"))
            .post("/samples/{id}/shipment", id),
        400,
        "temperature");
    String shippedAt = minutesAgo(30);
    JsonPath shipped =
        as("sampler")
            .body(Map.of("shippedAt", shippedAt, "method", "冷链专车", "temperature", "4"))
            .post("/samples/{id}/shipment", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(shipped.getString("state")).isEqualTo("SHIPPED");
    assertThat(shipped.getString("shipTemperature")).isEqualTo("4");

    // only the assigned lab receives it, and not before it was shipped
    as("labtech2")
        .body(Map.of("receivedAt", minutesAgo(5), "condition", "ACCEPTED"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(404);
    problem(
        as("labtech")
            .body(Map.of("receivedAt", minutesAgo(60), "condition", "ACCEPTED"))
            .post("/samples/{id}/receipt", id),
        400,
        "receivedAt");
    assertThat(as("labtech").get("/samples/{id}", id).jsonPath().getString("state"))
        .isEqualTo("SHIPPED");

    JsonPath received =
        as("labtech")
            .body(Map.of("receivedAt", minutesAgo(5), "condition", "ACCEPTED"))
            .post("/samples/{id}/receipt", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(received.getString("state")).isEqualTo("RECEIVED");
    assertThat(received.getString("receiptCondition")).isEqualTo("ACCEPTED");
    assertThat(received.getString("receivedBy")).isEqualTo("labtech");
    assertThat(received.getBoolean("late")).isFalse();
    String receivedOn =
        OffsetDateTime.parse(received.getString("receivedAt"))
            .atZoneSameInstant(CHINA)
            .toLocalDate()
            .toString();
    // Art. 24: the lab's 20 working days start at receipt
    assertThat(received.getString("reportDue")).isEqualTo(workingDaysAfter(receivedOn, 20));

    // a received sample is not received again nor re-assigned
    as("labtech")
        .body(Map.of("receivedAt", minutesAgo(1), "condition", "ACCEPTED"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(409);
    as("planner").body(Map.of()).post("/samples/{id}/assignment", id).then().statusCode(409);
  }

  @Test
  void aLabRejectsASampleWithAReasonAndALateDeliveryIsFlagged() {
    // sampled 10 days ago: past the 5 working days already
    Map<String, Object> form = celery("芹菜-拒收");
    form.put("sampledAt", OffsetDateTime.now(CHINA).minusDays(10).withNano(0).toString());
    form.put("productionDate", LocalDate.now(CHINA).minusDays(12).toString());
    long id = create("sampler", form).getLong("id");
    JsonPath before = as("sampler").get("/samples/{id}", id).jsonPath();
    assertThat(before.getBoolean("late")).isTrue();
    assertThat(
            as("planner")
                .queryParam("late", "true")
                .queryParam("size", 500)
                .get("/samples")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(id);

    assign(id, LAB_ZZAQ);
    ship(id);
    problem(
        as("labtech")
            .body(Map.of("receivedAt", minutesAgo(1), "condition", "REJECTED"))
            .post("/samples/{id}/receipt", id),
        400,
        "rejectionReason");
    problem(
        as("labtech")
            .body(
                Map.of(
                    "receivedAt",
                    minutesAgo(1),
                    "condition",
                    "REJECTED",
                    "rejectionReason",
                    "OTHER"))
            .post("/samples/{id}/receipt", id),
        400,
        "note");
    JsonPath rejected =
        as("labtech")
            .body(
                Map.of(
                    "receivedAt",
                    minutesAgo(1),
                    "condition",
                    "REJECTED",
                    "rejectionReason",
                    "BROKEN_SEAL",
                    "note",
                    "封条断裂"))
            .post("/samples/{id}/receipt", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rejected.getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.getString("rejectionReason")).isEqualTo("BROKEN_SEAL");
    assertThat((Object) rejected.get("reportDue")).isNull();
    assertThat(rejected.getBoolean("late")).isTrue();
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void productionDateAfterSamplingIsAFieldError() {
    Map<String, Object> form = celery(unique("生产日期"));
    form.put("productionDate", LocalDate.now(CHINA).plusDays(1).toString());
    refused(form, "productionDate");
  }

  @Test
  void samplingTimeInTheFutureIsAFieldError() {
    Map<String, Object> form = celery(unique("未来"));
    form.put("sampledAt", OffsetDateTime.now(CHINA).plusHours(2).withNano(0).toString());
    form.remove("productionDate");
    refused(form, "sampledAt");
  }

  @Test
  void quantitiesNotAboveZeroAreFieldErrors() {
    Map<String, Object> form = celery(unique("数量"));
    form.put("quantity", "0");
    form.put("backupQuantity", "-1");
    JsonPath p = refused(form, "quantity");
    assertThat(p.getList("errors.field", String.class)).contains("backupQuantity");

    Map<String, Object> words = celery(unique("数量"));
    words.put("quantity", "两斤");
    refused(words, "quantity");
  }

  @Test
  void theSamePersonAsBothSamplersIsAFieldError() {
    Map<String, Object> form = celery(unique("同一人"));
    form.put("sampler2Id", userId("sampler"));
    refused(form, "sampler2Id");
  }

  @Test
  void aSamplerOfAnotherUnitCannotSignTheForm() {
    Map<String, Object> form = celery(unique("他组"));
    form.put("sampler2Id", userId("sampler3"));
    refused(form, "sampler2Id");
  }

  @Test
  void aMissingLicenceIsAFieldErrorExceptForASmallFarmer() {
    Map<String, Object> shop = celery(unique("许可证"));
    shop.put("partyKind", "SUPERMARKET");
    shop.remove("partyLicence");
    JsonPath p = refused(shop, "partyLicence");
    assertThat(p.getString("errors.find { it.field == 'partyLicence' }.message")).contains("小农户");

    Map<String, Object> farmer = celery(unique("小农户"));
    farmer.put("partyKind", "SMALL_FARMER");
    farmer.remove("partyLicence");
    JsonPath created = create("sampler", farmer);
    assertThat(created.getString("partyKind")).isEqualTo("SMALL_FARMER");
    assertThat((Object) created.get("partyLicence")).isNull();
  }

  @Test
  void aCategoryOutsideEveryLabsScopeIsAFieldError() {
    // a food under 其他食品 with a test item of its own, which no laboratory is accredited for
    long categoryId = category("无实验室类别", OTHER_FOODS);
    String item = uniqueCode();
    Map<String, Object> testItem = new LinkedHashMap<>();
    testItem.put("code", item);
    testItem.put("analyte", "无实验室项目" + item);
    testItem.put("unit", "mg/kg");
    testItem.put("limitOperator", "LE");
    testItem.put("limitValue", "0.05");
    testItem.put("limitStandard", "GB 2763");
    testItem.put("categoryIds", List.of(categoryId));
    as("admin").body(testItem).post("/test-items").then().statusCode(201);

    Map<String, Object> form = celery(unique("无资质"));
    form.put("categoryId", categoryId);
    JsonPath p = refused(form, "categoryId");
    assertThat(p.getString("errors.find { it.field == 'categoryId' }.message")).contains("无实验室类别");
  }

  @Test
  void everyBadFieldIsReportedAtOnceInTheCallersLanguage() {
    Map<String, Object> form = celery(unique("多项"));
    form.put("quantity", "0");
    form.put("sampler2Id", userId("sampler"));
    form.remove("partyLicence");
    form.put("regionId", 2); // Zhengzhou: a city, not a county-level unit
    JsonPath p = problem(as("sampler", "en").body(form).post("/samples"), 400, "quantity");
    assertThat(p.getList("errors.field", String.class))
        .contains("quantity", "sampler2Id", "partyLicence", "regionId");
    assertThat(p.getString("errors.find { it.field == 'sampler2Id' }.message"))
        .isEqualTo("the two samplers must be two different people");
  }

  @Test
  void onlySamplersFillInTheForm() {
    as("planner").body(celery(unique("计划员"))).post("/samples").then().statusCode(403);
    as("labtech").body(celery(unique("检验员"))).post("/samples").then().statusCode(403);
  }

  // ------------------------------------------------------------------ lab assignment

  @Test
  void theSamplersOwnInstitutionsLabIsNeverProposedAndAnOverrideToItIsRefused() {
    long id = create("sampler", celery("芹菜-分离")).getLong("id");
    JsonPath proposal = as("planner").get("/samples/{id}/assignment", id).jsonPath();
    assertThat(proposal.getLong("labId")).isNotNull().isNotEqualTo(LAB_HNFDI);
    assertThat(proposal.getList("excluded", String.class))
        .anySatisfy(e -> assertThat(e).startsWith("LAB-HNFDI").contains("抽检分离"));

    JsonPath refused =
        problem(
            as("planner")
                .body(Map.of("labId", LAB_HNFDI, "reason", "试图违反抽检分离"))
                .post("/samples/{id}/assignment", id),
            400,
            "labId");
    assertThat(refused.getString("errors[0].message")).contains("抽检分离");
    problem(
        as("planner").body(Map.of("labId", LAB_ZZAQ)).post("/samples/{id}/assignment", id),
        400,
        "reason");
    assertThat((Object) as("planner").get("/samples/{id}", id).jsonPath().get("labId")).isNull();

    JsonPath assigned =
        as("planner")
            .body(Map.of())
            .post("/samples/{id}/assignment", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(assigned.getLong("labId")).isEqualTo(proposal.getLong("labId"));
    assertThat(assigned.getBoolean("assigned")).isTrue();
  }

  @Test
  void whenNoLabIsEligibleTheErrorSaysWhyForEachLab() {
    Map<String, Object> form = celery("特医食品");
    form.put("categoryId", MEDICAL_FORMULA);
    long id = create("sampler", form).getLong("id");

    JsonPath p =
        problem(
            as("planner", "en").body(Map.of()).post("/samples/{id}/assignment", id), 400, "labId");
    List<String> messages = p.getList("errors.message", String.class);
    // one reason for each active laboratory (other tests may add laboratories: count them now)
    List<String> labCodes =
        as("admin")
            .queryParam("kind", "LABORATORY")
            .queryParam("active", true)
            .queryParam("sort", "code")
            .queryParam("size", 500)
            .get("/organizations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.code", String.class);
    assertThat(messages).hasSize(labCodes.size());
    for (int i = 0; i < labCodes.size(); i++) {
      assertThat(messages.get(i)).startsWith(labCodes.get(i));
    }
    assertThat(messages)
        .anySatisfy(m -> assertThat(m).startsWith("LAB-HNFDI").contains("same organization"));
    assertThat(messages)
        .anySatisfy(m -> assertThat(m).startsWith("LAB-ZZAQ").contains("does not cover"));
  }

  @Test
  void bulkAssignmentSendsEveryUnassignedSampleOfTheDayToAnEligibleLab() {
    // a day of its own: sampled three days ago at 06:0x
    LocalDate day = LocalDate.now(CHINA).minusDays(3);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> form = celery("芹菜-批量" + i);
      form.put("sampledAt", day.atTime(6, i).atZone(CHINA).toOffsetDateTime().toString());
      form.put("productionDate", day.minusDays(1).toString());
      ids.add(create("sampler", form).getLong("id"));
    }
    List<Map<String, Object>> proposals =
        as("planner")
            .queryParam("date", day.toString())
            .queryParam("samplingUnit", TEAM_HNFDI_1)
            .get("/samples/assignments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(proposals)
        .extracting(m -> ((Number) m.get("sampleId")).longValue())
        .containsAll(ids);

    JsonPath outcome =
        as("planner")
            .queryParam("date", day.toString())
            .queryParam("samplingUnit", TEAM_HNFDI_1)
            .post("/samples/assignments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (Long id : ids) {
      JsonPath s = as("planner").get("/samples/{id}", id).jsonPath();
      assertThat(s.getLong("labId")).isNotNull().isNotEqualTo(LAB_HNFDI);
      assertThat(s.getString("assignedBy")).isEqualTo("planner");
    }
    assertThat(outcome.getList("assigned", Boolean.class)).containsOnly(true);

    problem(as("planner").queryParam("date", "gestern").post("/samples/assignments"), 400, "date");
  }

  @Test
  void onlyPlannersAssign() {
    long id = create("sampler", celery("芹菜-权限")).getLong("id");
    as("sampler").body(Map.of()).post("/samples/{id}/assignment", id).then().statusCode(403);
    as("labtech").body(Map.of()).post("/samples/{id}/assignment", id).then().statusCode(403);
  }

  // ------------------------------------------------------------------ who sees what

  @Test
  void aLabSeesOnlyTheSamplesAssignedToIt() {
    long id = create("sampler", celery("芹菜-可见")).getLong("id");
    as("labtech").get("/samples/{id}", id).then().statusCode(404);
    // listed as unassigned (every page of the list: as many rows as its total) until assigned
    assertThat(unassignedFor("planner")).contains(id);

    assign(id, LAB_ZZAQ);
    as("labtech").get("/samples/{id}", id).then().statusCode(200);
    as("reviewer").get("/samples/{id}", id).then().statusCode(200);
    as("labtech2").get("/samples/{id}", id).then().statusCode(404);
    as("labtech2").get("/samples/{id}/form.pdf", id).then().statusCode(404);

    assertThat(idsListedFor("labtech")).contains(id);
    assertThat(idsListedFor("labtech2")).doesNotContain(id);
    assertThat(unassignedFor("planner")).doesNotContain(id);
    assertThat(
            as("labtech2")
                .queryParam("size", 500)
                .get("/samples")
                .jsonPath()
                .getList("items.labId", Long.class))
        .allSatisfy(lab -> assertThat(lab).isEqualTo(LAB_HNFDI));
  }

  @Test
  void samplersSeeTheirUnitAndSupervisorsTheirRegion() {
    long jinshui = create("sampler", celery("芹菜-金水")).getLong("id");
    Map<String, Object> zhongyuan = celery("芹菜-中原");
    zhongyuan.put("regionId", ZHONGYUAN);
    long other = create("sampler2", zhongyuan).getLong("id");

    as("sampler2").get("/samples/{id}", jinshui).then().statusCode(200);
    as("sampler3").get("/samples/{id}", jinshui).then().statusCode(404);
    assertThat(idsListedFor("sampler3")).doesNotContain(jinshui, other);

    // the city's planner and supervisor see both, Jinshui's supervisor only Jinshui
    as("planner").get("/samples/{id}", other).then().statusCode(200);
    as("supervisor").get("/samples/{id}", other).then().statusCode(200);
    as("jinshui").get("/samples/{id}", jinshui).then().statusCode(200);
    as("jinshui").get("/samples/{id}", other).then().statusCode(404);
    assertThat(
            as("jinshui")
                .queryParam("size", 500)
                .get("/samples")
                .jsonPath()
                .getList("items.regionId", Long.class))
        .isNotEmpty()
        .allSatisfy(region -> assertThat(region).isEqualTo(JINSHUI));
  }

  /**
   * The list in its default order (by number) pages through every visible sample once, whether the
   * database walks the number index (a viewer who sees most samples, the first pages) or sorts what
   * the region index finds (a district, deeper pages, the descending order): the ascending pages
   * together are the descending pages reversed, as many as the total, and each page's rows equal
   * the single reads.
   */
  @Test
  void theDefaultOrderPagesThroughEveryVisibleSampleOnceForEveryJurisdiction() {
    create("sampler", celery("芹菜-分页"));
    for (String user : List.of("supervisor", "jinshui", "admin")) {
      List<Long> ascending = everyPage(user, "sampleNumber", 7);
      List<Long> descending = everyPage(user, "-sampleNumber", 50);
      assertThat(ascending).as(user + ": ascending pages").isNotEmpty().doesNotHaveDuplicates();
      List<Long> reversed = new ArrayList<>(descending);
      Collections.reverse(reversed);
      assertThat(ascending).as(user + ": ascending = descending reversed").isEqualTo(reversed);
    }
  }

  /** Every page of a list in one order, the pages' rows checked against their total and reads. */
  private static List<Long> everyPage(String user, String sort, int size) {
    List<Long> ids = new ArrayList<>();
    long total;
    int page = 0;
    do {
      JsonPath p =
          as(user)
              .queryParam("sort", sort)
              .queryParam("size", size)
              .queryParam("page", page++)
              .get("/samples")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      total = p.getLong("total");
      List<Map<String, Object>> rows = p.getList("items");
      if (rows.isEmpty()) {
        break;
      }
      for (Map<String, Object> row : List.of(rows.get(0), rows.get(rows.size() - 1))) {
        assertThat(row)
            .as(user + " " + sort + " page " + (page - 1) + ": row = single read")
            .isEqualTo(
                as(user)
                    .get("/samples/{id}", row.get("id"))
                    .then()
                    .extract()
                    .jsonPath()
                    .getMap(""));
      }
      rows.forEach(r -> ids.add(((Number) r.get("id")).longValue()));
    } while (ids.size() < total);
    assertThat(ids).as(user + " " + sort + ": rows against their total").hasSize((int) total);
    return ids;
  }

  @Test
  void blindCodingHidesProducerAndPartyFromTheLabAndTheTaskCompletesWithItsBatches()
      throws IOException, SQLException {
    long city = SampleFlows.newCity("盲样测试市");
    long plan = ItDatabase.plan(city, LocalDate.now(CHINA).getYear(), true);
    long task =
        ItDatabase.task(plan, JINSHUI, "MUNICIPAL", VEGETABLES, "FARMERS_MARKET", TEAM_HNFDI_1, 2);

    List<Map<String, Object>> tasks =
        as("sampler")
            .get("/samples/my-tasks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(tasks)
        .anySatisfy(t -> assertThat(((Number) t.get("id")).longValue()).isEqualTo(task));
    as("sampler3")
        .get("/samples/my-tasks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id", Long.class)
        .forEach(t -> assertThat(t).isNotEqualTo(task));

    // the task gives level, region and kind of party; the category may be narrower than the task's
    Map<String, Object> form = taskForm(task, "盲样芹菜");
    JsonPath first = create("sampler", form);
    assertThat(first.getBoolean("outsidePlan")).isFalse();
    assertThat(first.getLong("taskId")).isEqualTo(task);
    assertThat(first.getLong("planId")).isEqualTo(plan);
    assertThat(first.getString("level")).isEqualTo("MUNICIPAL");
    assertThat(first.getLong("regionId")).isEqualTo(JINSHUI);
    assertThat(first.getString("partyKind")).isEqualTo("FARMERS_MARKET");
    assertThat(first.getString("blindCode")).matches("BL-[0-9A-Z]{8}");
    long id = first.getLong("id");

    // a sampler of another unit cannot collect for it
    Map<String, Object> foreign = taskForm(task, "他组任务");
    foreign.put("sampler2Id", userId("sampler3"));
    problem(as("sampler3").body(foreign).post("/samples"), 400, "taskId");

    JsonPath second = create("sampler2", taskForm(task, "盲样芹菜二"));
    assertThat(second.getString("blindCode")).isNotEqualTo(first.getString("blindCode"));
    // two batches collected: the task is done, a third sample is refused
    assertThat(as("sampler").get("/samples/my-tasks").jsonPath().getList("id", Long.class))
        .doesNotContain(task);
    problem(as("sampler").body(taskForm(task, "第三批")).post("/samples"), 400, "taskId");

    assign(id, LAB_ZZAQ);
    JsonPath lab =
        as("labtech").get("/samples/{id}", id).then().statusCode(200).extract().jsonPath();
    assertThat(lab.getBoolean("blind")).isTrue();
    assertThat(lab.getString("blindCode")).isEqualTo(first.getString("blindCode"));
    for (String hidden :
        List.of(
            "partyName",
            "partyKind",
            "partyAddress",
            "partyLicence",
            "partyContact",
            "producerName",
            "producerAddress",
            "producerLicence",
            "placeAddress")) {
      assertThat((Object) lab.get(hidden)).as(hidden).isNull();
    }
    assertThat(lab.getString("foodName")).isEqualTo("盲样芹菜");

    JsonPath planner = as("planner").get("/samples/{id}", id).jsonPath();
    assertThat(planner.getBoolean("blind")).isFalse();
    assertThat(planner.getString("partyName")).isEqualTo("盲样芹菜 摊位");

    // nor can the lab find it by the names it may not see, only by its blind code
    assertThat(as("labtech").queryParam("q", "盲样芹菜 摊位").get("/samples").jsonPath().getInt("total"))
        .isZero();
    assertThat(
            as("labtech")
                .queryParam("q", first.getString("blindCode"))
                .get("/samples")
                .jsonPath()
                .getList("items.id", Long.class))
        .containsExactly(id);
    String labForm = pdfText(as("labtech").get("/samples/{id}/form.pdf", id).asByteArray());
    assertThat(labForm).contains(first.getString("blindCode")).doesNotContain("盲样芹菜 摊位");

    // the list's row (read as columns) is the sample as read alone, masked alike
    for (String user : List.of("labtech", "planner", "sampler")) {
      Map<String, Object> row =
          as(user)
              .queryParam("q", first.getString("blindCode"))
              .get("/samples")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getMap("items[0]");
      assertThat(row)
          .as(user)
          .isEqualTo(as(user).get("/samples/{id}", id).then().extract().jsonPath().getMap(""));
    }
  }

  // ------------------------------------------------------------------ papers

  @Test
  void theSamplingFormAndTheLabelArePdfsInChinese() throws IOException {
    JsonPath s = create("sampler", celery("芹菜-打印"));
    long id = s.getLong("id");
    byte[] form =
        as("sampler")
            .get("/samples/{id}/form.pdf", id)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(pdfText(form))
        .contains("食品安全抽样检验抽样单")
        .contains(s.getString("sampleNumber"))
        .contains("芹菜-打印")
        .contains("河南省食品检验研究院抽样一组")
        .contains("封条编号");

    byte[] label =
        as("sampler")
            .get("/samples/{id}/label.pdf", id)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(pdfText(label)).contains(s.getString("sampleNumber")).contains("芹菜-打印");

    byte[] png =
        as("sampler")
            .get("/samples/{id}/label.png", id)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  // ------------------------------------------------------------------ numbers

  /**
   * 20 clients create 1,000 samples at once, all with one number prefix (上街区, this year, routine
   * monitoring: used by no other test): 1,000 distinct numbers, consecutive.
   */
  @Test
  void twentyConcurrentClientsGetOneThousandDistinctNumbersWithoutGaps() throws Exception {
    int samples = 1000;
    long sampler = userId("sampler");
    long sampler2 = userId("sampler2");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<String>> numbers = new ArrayList<>();
      for (int i = 0; i < samples; i++) {
        boolean first = i % 2 == 0;
        Map<String, Object> form = celery("并发芹菜" + i);
        form.put("regionId", SHANGJIE);
        form.put("level", "ROUTINE_MONITORING");
        form.put("sampler1Id", first ? sampler : sampler2);
        form.put("sampler2Id", first ? sampler2 : sampler);
        String user = first ? "sampler" : "sampler2";
        numbers.add(
            pool.submit(
                () ->
                    as(user)
                        .body(form)
                        .post("/samples")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("sampleNumber")));
      }
      Set<String> distinct = new HashSet<>();
      TreeSet<Long> sequences = new TreeSet<>();
      String prefix = null;
      for (Future<String> f : numbers) {
        String n = f.get(5, TimeUnit.MINUTES);
        distinct.add(n);
        prefix = n.substring(0, n.lastIndexOf('-'));
        sequences.add(Long.parseLong(n.substring(n.lastIndexOf('-') + 1)));
      }
      assertThat(distinct).hasSize(samples);
      assertThat(prefix).matches("410106-\\d{4}-R");
      assertThat(sequences.last() - sequences.first() + 1).isEqualTo(samples);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * 20 samplers' clients send 40 forms for one task of 30 batches at once: the task counts each
   * sample once (no count lost while the samples are written side by side, the task's row locked
   * only for the count, last in each creation) and refuses every batch beyond its count (none
   * collected twice): exactly 30 samples are created, the task has collected 30 and is completed,
   * and the other 10 forms are refused on their task, with nothing written.
   */
  @Test
  void twentyConcurrentClientsOfOneTaskCountEveryBatchOnceAndNoneBeyondItsCount() throws Exception {
    long city = SampleFlows.newCity("并发任务测试市");
    long plan = ItDatabase.plan(city, LocalDate.now(CHINA).getYear(), false);
    int batches = 30;
    int forms = 40;
    long task =
        ItDatabase.task(
            plan, JINSHUI, "MUNICIPAL", VEGETABLES, "FARMERS_MARKET", TEAM_HNFDI_1, batches);
    long sampler = userId("sampler");
    long sampler2 = userId("sampler2");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < forms; i++) {
        boolean first = i % 2 == 0;
        Map<String, Object> form = taskForm(task, "并发任务芹菜" + i);
        form.put("sampler1Id", first ? sampler : sampler2);
        form.put("sampler2Id", first ? sampler2 : sampler);
        String user = first ? "sampler" : "sampler2";
        answers.add(pool.submit(() -> as(user).body(form).post("/samples")));
      }
      int created = 0;
      int refused = 0;
      for (Future<Response> f : answers) {
        Response r = f.get(5, TimeUnit.MINUTES);
        if (r.statusCode() == 201) {
          created++;
          assertThat(r.jsonPath().getLong("taskId")).isEqualTo(task);
        } else {
          assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
          // refused on its task (a form checked after the task completed names the kind of party
          // too, which the task would have given)
          assertThat(r.jsonPath().getList("errors.field", String.class))
              .as(r.asString())
              .contains("taskId");
          refused++;
        }
      }
      assertThat(created).isEqualTo(batches);
      assertThat(refused).isEqualTo(forms - batches);
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT t.collected, t.state, (SELECT count(*) FROM sample WHERE task_id = t.id)"
                    + " FROM collection_task t WHERE t.id = ?")) {
      s.setLong(1, task);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).as("batches the task counted").isEqualTo(batches);
        assertThat(r.getString(2)).isEqualTo("COMPLETED");
        assertThat(r.getLong(3)).as("samples of the task").isEqualTo(batches);
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /**
   * A vegetable of its own below 豆类蔬菜 (not 蔬菜 itself, whose five kinds another test counts): every
   * lab with vegetables and the legume test item in scope takes it.
   */
  static long ownVegetable() {
    return category("集成测试蔬菜", LEGUMES);
  }

  /** As {@link #ownVegetable()}, with an English name (for the pages in English). */
  static long ownVegetable(String nameEn) {
    return category("集成测试蔬菜", nameEn, LEGUMES);
  }

  /** A category of this test's own (other tests count the seeded levels, so never a top one). */
  private static long category(String name, long parentId) {
    return category(name, null, parentId);
  }

  private static long category(String name, String nameEn, long parentId) {
    String code = uniqueCode();
    Map<String, Object> category = new LinkedHashMap<>();
    category.put("code", code);
    category.put("name", name + code);
    if (nameEn != null) {
      category.put("nameEn", nameEn);
    }
    category.put("parentId", parentId);
    category.put("keyCategory", false);
    category.put("sortOrder", 99);
    return as("admin")
        .body(category)
        .post("/food-categories")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Map<String, Object> taskForm(long task, String foodName) {
    Map<String, Object> f = celery(foodName);
    f.put("taskId", task);
    f.remove("level");
    f.remove("regionId");
    f.remove("partyKind");
    return f;
  }

  private static JsonPath create(String user, Map<String, Object> form) {
    Map<String, Object> body = new LinkedHashMap<>(form);
    if (user.equals("sampler2")) {
      body.put("sampler1Id", userId("sampler2"));
      body.put("sampler2Id", userId("sampler"));
    }
    return as(user).body(body).post("/samples").then().statusCode(201).extract().jsonPath();
  }

  /** A refused form: 400 naming the field, and nothing written (the food is not found). */
  private static JsonPath refused(Map<String, Object> form, String field) {
    JsonPath p = problem(as("sampler").body(form).post("/samples"), 400, field);
    assertThat(
            as("sampler")
                .queryParam("q", form.get("foodName"))
                .get("/samples")
                .jsonPath()
                .getInt("total"))
        .as("nothing written")
        .isZero();
    return p;
  }

  private static JsonPath problem(Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }

  private static List<Long> unassignedFor(String user) {
    List<Long> ids = new ArrayList<>();
    long total;
    int page = 0;
    do {
      JsonPath p =
          as(user)
              .queryParam("unassigned", true)
              .queryParam("size", 100)
              .queryParam("page", page++)
              .get("/samples")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      total = p.getLong("total");
      List<Long> rows = p.getList("items.id", Long.class);
      if (rows.isEmpty()) {
        break;
      }
      ids.addAll(rows);
    } while (ids.size() < total);
    assertThat(ids).as("unassigned rows against their total").hasSize((int) total);
    return ids;
  }

  private static void assign(long id, long lab) {
    as("planner")
        .body(Map.of("labId", lab, "reason", "集成测试"))
        .post("/samples/{id}/assignment", id)
        .then()
        .statusCode(200);
  }

  private static void ship(long id) {
    as("sampler")
        .body(Map.of("shippedAt", minutesAgo(10), "method", "快递", "temperature", "3.5"))
        .post("/samples/{id}/shipment", id)
        .then()
        .statusCode(200);
  }

  private static List<Long> idsListedFor(String user) {
    return as(user)
        .queryParam("size", 500)
        .queryParam("sort", "-createdAt")
        .get("/samples")
        .jsonPath()
        .getList("items.id", Long.class);
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

  private static String unique(String prefix) {
    return prefix + "-" + uniqueCode();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The shared celery form, for this class's own vegetable category. */
  private static Map<String, Object> celery(String foodName) {
    return SampleFlows.celery(foodName, CELERY);
  }
}
