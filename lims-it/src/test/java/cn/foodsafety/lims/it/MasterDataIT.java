package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The master data that sampling and testing rest on, through /api/organizations,
 * /api/food-categories, /api/test-items and /api/calendar: the seeded records (V2__reference_data
 * .sql) and the rules that guard each kind of record. Tests that change master data create their
 * own records (codes from {@link ApiTestSupport#uniqueCode()}, calendar days on far-future
 * weekends) and never touch the seeded ones.
 */
class MasterDataIT {

  // seeded records (V2__reference_data.sql)
  private static final long ZHENGZHOU = 2; // region
  private static final long OTHER_FOODS = 34; // 其他食品, a top-level category
  private static final long VEGETABLES = 113; // 蔬菜, depth 2
  private static final long LEAFY_VEGETABLES = 116; // 叶菜类蔬菜, depth 3
  private static final long CELERY = 117; // 芹菜, depth 4
  private static final long EDIBLE_AGRICULTURAL_PRODUCTS = 33; // 食用农产品, depth 1
  private static final long CHLORPYRIFOS = 1; // TI-001 毒死蜱

  /** Limits are compared by their digits: read numbers as written, not as doubles. */
  private static final JsonPathConfig EXACT_NUMBERS =
      new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

  // --- organizations ---

  @Test
  void sixSeededLaboratoriesCarryTheirAccreditationAndWeeklyCapacity() {
    JsonPath page =
        as("planner")
            .queryParam("kind", "LABORATORY")
            .queryParam("size", 100)
            .get("/organizations")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/json"))
            .extract()
            .jsonPath();

    assertThat(page.getList("items.kind", String.class)).containsOnly("LABORATORY");
    assertThat(page.getInt("total")).isEqualTo(page.getList("items").size());
    // laboratories created by other tests have codes of their own ("IT-..."), never "LAB-..."
    assertThat(
            page.getList("items.code", String.class).stream()
                .filter(code -> code.startsWith("LAB-")))
        .containsExactlyInAnyOrder(
            "LAB-HNFDI", "LAB-ZZFDC", "LAB-ZZAQ", "LAB-HNPQ", "LAB-ZZGO", "LAB-ZZCIQ");
    assertThat(page.getString(lab("LAB-ZZAQ") + ".accreditationNumber")).isEqualTo("CNAS L3388");
    assertThat(page.getInt(lab("LAB-ZZAQ") + ".weeklyCapacity")).isEqualTo(160);
    assertThat(page.getList(lab("LAB-ZZAQ") + ".scopeCategoryIds", Long.class))
        .containsExactly(EDIBLE_AGRICULTURAL_PRODUCTS);
    assertThat(page.getString(lab("LAB-HNFDI") + ".accreditationNumber")).isEqualTo("CNAS L0501");
    assertThat(page.getInt(lab("LAB-HNFDI") + ".weeklyCapacity")).isEqualTo(150);
    assertThat(page.getList(lab("LAB-HNFDI") + ".scopeCategoryIds")).hasSize(34);
    assertThat(page.getInt(lab("LAB-ZZGO") + ".weeklyCapacity")).isEqualTo(40);
    assertThat(page.getList("items.accreditationNumber", String.class)).doesNotContainNull();
    assertThat(page.getList("items.weeklyCapacity", Integer.class)).allMatch(c -> c > 0);
  }

  @Test
  void administratorCreatesALaboratoryWithItsScope() {
    JsonPath institution = createInstitution();
    String code = orgCode();

    Map<String, Object> body = laboratory(code, institution.getLong("id"));
    body.put("scopeCategoryIds", List.of(EDIBLE_AGRICULTURAL_PRODUCTS, VEGETABLES));
    body.put("scopeTestItemIds", List.of(CHLORPYRIFOS));
    ExtractableResponse<Response> created =
        as("admin").body(body).post("/organizations").then().statusCode(201).extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/lims/api/organizations/" + id);

    JsonPath read =
        as("planner").get(created.header("Location")).then().statusCode(200).extract().jsonPath();
    assertThat(read.getString("code")).isEqualTo(code);
    assertThat(read.getString("kind")).isEqualTo("LABORATORY");
    assertThat(read.getString("accreditationNumber")).isEqualTo("CNAS " + code);
    assertThat(read.getInt("weeklyCapacity")).isEqualTo(25);
    assertThat(read.getList("scopeCategoryIds", Long.class))
        .containsExactlyInAnyOrder(EDIBLE_AGRICULTURAL_PRODUCTS, VEGETABLES);
    assertThat(read.getList("scopeTestItemIds", Long.class)).containsExactly(CHLORPYRIFOS);
    assertThat(read.getLong("parentId")).isEqualTo(institution.getLong("id"));
    assertThat(read.getString("parentName")).isEqualTo(institution.getString("name"));
    assertThat(read.getString("regionName")).isEqualTo("郑州市");
    assertThat(read.getBoolean("active")).isTrue();
  }

  @Test
  void laboratoryWithoutAnAccreditedFoodCategoryIsRejected() {
    JsonPath institution = createInstitution();
    String code = orgCode();
    Map<String, Object> body = laboratory(code, institution.getLong("id"));
    body.put("scopeCategoryIds", List.of());

    JsonPath problem =
        as("admin")
            .body(body)
            .post("/organizations")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("scopeCategoryIds");
    assertThat(messageFor(problem, "scopeCategoryIds")).contains("实验室必须至少有一个资质认定的食品类别");
    assertThat(organizationsMatching(code)).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -20})
  void laboratoryNeedsAWeeklyCapacityAboveZero(int capacity) {
    JsonPath institution = createInstitution();
    String code = orgCode();
    Map<String, Object> body = laboratory(code, institution.getLong("id"));
    body.put("weeklyCapacity", capacity);

    JsonPath problem =
        as("admin", "en")
            .body(body)
            .post("/organizations")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("weeklyCapacity");
    assertThat(messageFor(problem, "weeklyCapacity")).contains("greater than zero");
    assertThat(organizationsMatching(code)).isZero();
  }

  @Test
  void regulatorMustNameItsDepartment() {
    String code = orgCode();
    Map<String, Object> body = organization(code, "测试监管局", "REGULATOR", null);

    JsonPath problem =
        as("admin").body(body).post("/organizations").then().statusCode(400).extract().jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("department");
    assertThat(messageFor(problem, "department")).contains("监管部门必须填写所属部门");
    assertThat(organizationsMatching(code)).isZero();
  }

  @Test
  void regulatorWithItsDepartmentIsCreated() {
    String code = orgCode();
    Map<String, Object> body = organization(code, "测试监管局", "REGULATOR", null);
    body.put("department", "AGRICULTURE");

    JsonPath created =
        as("admin").body(body).post("/organizations").then().statusCode(201).extract().jsonPath();

    assertThat(created.getString("department")).isEqualTo("AGRICULTURE");
    assertThat(created.getString("accreditationNumber")).isNull();
  }

  @Test
  void samplingUnitMustBelongToAnOrganization() {
    String code = orgCode();
    Map<String, Object> body = organization(code, "测试抽样组", "SAMPLING_UNIT", null);

    JsonPath problem =
        as("admin").body(body).post("/organizations").then().statusCode(400).extract().jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("parentId");
    assertThat(messageFor(problem, "parentId")).contains("抽样单位和实验室必须有所属单位");
    assertThat(organizationsMatching(code)).isZero();
  }

  @Test
  void onlyALaboratoryHasACapacity() {
    JsonPath institution = createInstitution();
    Map<String, Object> body =
        organization(orgCode(), "测试抽样组", "SAMPLING_UNIT", institution.getLong("id"));
    body.put("weeklyCapacity", 10);

    JsonPath problem =
        as("admin").body(body).post("/organizations").then().statusCode(400).extract().jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("weeklyCapacity");
  }

  @Test
  void kindOfAnOrganizationCannotChange() {
    JsonPath institution = createInstitution();
    long id = institution.getLong("id");

    Map<String, Object> change =
        organization(
            institution.getString("code"), institution.getString("name"), "REGULATOR", null);
    change.put("department", "MARKET_REGULATION");
    change.put("version", institution.getLong("version"));
    JsonPath problem =
        as("admin")
            .body(change)
            .put("/organizations/{id}", id)
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("kind");
    assertThat(messageFor(problem, "kind")).contains("单位类型创建后不能修改");
    assertThat(as("planner").get("/organizations/{id}", id).jsonPath().getString("kind"))
        .isEqualTo("INSTITUTION");
  }

  @Test
  void deletingAnOrganizationWithUnitsBelowItDeactivatesIt() {
    JsonPath institution = createInstitution();
    long institutionId = institution.getLong("id");
    JsonPath laboratory = createLaboratoryUnder(institutionId);

    JsonPath kept =
        as("admin")
            .delete("/organizations/{id}", institutionId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(kept.getBoolean("active")).isFalse();
    assertThat(kept.getLong("version")).isGreaterThan(institution.getLong("version"));
    assertThat(
            as("planner").get("/organizations/{id}", institutionId).jsonPath().getBoolean("active"))
        .isFalse();

    // nothing refers to the laboratory: it is really deleted
    as("admin").delete("/organizations/{id}", laboratory.getLong("id")).then().statusCode(204);
    as("planner").get("/organizations/{id}", laboratory.getLong("id")).then().statusCode(404);
  }

  @Test
  void deletingAnOrganizationWithUserAccountsDeactivatesIt() {
    JsonPath institution = createInstitution();
    JsonPath team =
        createOrganization(
            organization(orgCode(), "测试抽样组", "SAMPLING_UNIT", institution.getLong("id")));
    long teamId = team.getLong("id");
    as("admin")
        .body(
            Map.of(
                "username",
                uniqueUsername("teamsampler"),
                "displayName",
                "测试抽样员",
                "password",
                "Sampling2024",
                "organizationId",
                teamId,
                "roles",
                List.of("SAMPLER"),
                "locale",
                "zh-CN"))
        .post("/users")
        .then()
        .statusCode(201);

    as("admin")
        .delete("/organizations/{id}", teamId)
        .then()
        .statusCode(200)
        .body("active", is(false));

    as("planner")
        .get("/organizations/{id}", teamId)
        .then()
        .statusCode(200)
        .body("active", is(false));
  }

  @Test
  void organizationUpdateCarryingAStaleVersionIsAConflict() {
    JsonPath institution = createInstitution();
    long id = institution.getLong("id");
    long readVersion = institution.getLong("version");

    Map<String, Object> first =
        organization(institution.getString("code"), "第一次改名", "INSTITUTION", null);
    first.put("version", readVersion);
    as("admin").body(first).put("/organizations/{id}", id).then().statusCode(200);

    Map<String, Object> second =
        organization(institution.getString("code"), "第二次改名", "INSTITUTION", null);
    second.put("version", readVersion);
    JsonPath problem =
        as("admin")
            .body(second)
            .put("/organizations/{id}", id)
            .then()
            .statusCode(409)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getString("type")).endsWith("staleVersion");
    assertThat(as("planner").get("/organizations/{id}", id).jsonPath().getString("name"))
        .isEqualTo("第一次改名");
  }

  @Test
  void samplerMayNotCreateOrganizations() {
    String code = orgCode();

    JsonPath problem =
        as("sampler")
            .body(organization(code, "抽样员建的机构", "INSTITUTION", null))
            .post("/organizations")
            .then()
            .statusCode(403)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getString("type")).endsWith("forbidden");
    assertThat(organizationsMatching(code)).isZero();
  }

  // --- food categories ---

  @Test
  void thereAreThirtyFourTopLevelCategories() {
    JsonPath page =
        as("planner")
            .queryParam("depth", 1)
            .queryParam("size", 50)
            .get("/food-categories")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getInt("total")).isEqualTo(34);
    assertThat(page.getList("items")).hasSize(34);
    assertThat(page.getList("items.depth", Integer.class)).containsOnly(1);
    assertThat(page.getList("items.parentId")).containsOnlyNulls();
    assertThat(page.getString("items.find { it.code == '33' }.name")).isEqualTo("食用农产品");
    assertThat(page.getBoolean("items.find { it.code == '33' }.keyCategory")).isTrue();
  }

  @Test
  void vegetablesBranchIntoFiveKindsWithCeleryAmongTheLeafyOnes() {
    JsonPath vegetables =
        as("planner")
            .queryParam("parent.id", VEGETABLES)
            .get("/food-categories")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(vegetables.getInt("total")).isEqualTo(5);
    assertThat(vegetables.getList("items.name", String.class))
        .containsExactlyInAnyOrder("鳞茎类蔬菜", "叶菜类蔬菜", "豆类蔬菜", "根茎类和薯芋类蔬菜", "茄果类蔬菜");
    assertThat(vegetables.getList("items.depth", Integer.class)).containsOnly(3);
    assertThat(vegetables.getList("items.parentName", String.class)).containsOnly("蔬菜");

    JsonPath leafy =
        as("planner").queryParam("parent.id", LEAFY_VEGETABLES).get("/food-categories").jsonPath();
    assertThat(leafy.getList("items.id", Long.class)).containsExactly(CELERY);
    assertThat(leafy.getInt("items[0].depth")).isEqualTo(4);
  }

  @Test
  void categoryCreatedBelowAParentIsOneLevelDeeper() {
    String code = uniqueCode();
    ExtractableResponse<Response> created =
        as("admin")
            .body(category(code, "测试类别" + code, OTHER_FOODS))
            .post("/food-categories")
            .then()
            .statusCode(201)
            .extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/lims/api/food-categories/" + id);

    JsonPath read =
        as("planner").get(created.header("Location")).then().statusCode(200).extract().jsonPath();
    assertThat(read.getInt("depth")).isEqualTo(2);
    assertThat(read.getLong("parentId")).isEqualTo(OTHER_FOODS);
    assertThat(read.getString("parentName")).isEqualTo("其他食品");
    assertThat(read.getBoolean("active")).isTrue();

    JsonPath grandchild = createCategoryUnder(id);
    assertThat(grandchild.getInt("depth")).isEqualTo(3);
  }

  @Test
  void categoryCannotBeMovedUnderOneOfItsOwnSubcategories() {
    JsonPath parent = createCategoryUnder(OTHER_FOODS);
    JsonPath child = createCategoryUnder(parent.getLong("id"));
    JsonPath grandchild = createCategoryUnder(child.getLong("id"));

    Map<String, Object> move =
        category(parent.getString("code"), parent.getString("name"), grandchild.getLong("id"));
    move.put("version", parent.getLong("version"));
    JsonPath problem =
        as("admin")
            .body(move)
            .put("/food-categories/{id}", parent.getLong("id"))
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("parentId");
    assertThat(messageFor(problem, "parentId")).contains("上级类别不能是其本身或其下级");
    JsonPath unchanged =
        as("planner").get("/food-categories/{id}", parent.getLong("id")).jsonPath();
    assertThat(unchanged.getLong("parentId")).isEqualTo(OTHER_FOODS);
    assertThat(unchanged.getInt("depth")).isEqualTo(2);
  }

  @Test
  void categoryCannotBeItsOwnParent() {
    JsonPath category = createCategoryUnder(OTHER_FOODS);

    Map<String, Object> move =
        category(category.getString("code"), category.getString("name"), category.getLong("id"));
    move.put("version", category.getLong("version"));
    JsonPath problem =
        as("admin", "en")
            .body(move)
            .put("/food-categories/{id}", category.getLong("id"))
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(messageFor(problem, "parentId")).contains("cannot be the category itself");
  }

  @Test
  void movedCategoryTakesTheDepthOfItsNewPlaceAndSoDoItsSubcategories() {
    JsonPath moved = createCategoryUnder(OTHER_FOODS);
    JsonPath below = createCategoryUnder(moved.getLong("id"));
    JsonPath newParent = createCategoryUnder(OTHER_FOODS);

    Map<String, Object> move =
        category(moved.getString("code"), moved.getString("name"), newParent.getLong("id"));
    move.put("version", moved.getLong("version"));
    as("admin")
        .body(move)
        .put("/food-categories/{id}", moved.getLong("id"))
        .then()
        .statusCode(200)
        .body("depth", is(3));

    assertThat(
            as("planner")
                .get("/food-categories/{id}", below.getLong("id"))
                .jsonPath()
                .getInt("depth"))
        .isEqualTo(4);
  }

  @Test
  void duplicateCategoryCodeIsRejected() {
    JsonPath existing = createCategoryUnder(OTHER_FOODS);

    JsonPath problem =
        as("admin")
            .body(category(existing.getString("code"), "重复类别", OTHER_FOODS))
            .post("/food-categories")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("code");
    assertThat(messageFor(problem, "code")).contains(existing.getString("code"));
    assertThat(
            as("planner")
                .queryParam("q", existing.getString("code"))
                .get("/food-categories")
                .jsonPath()
                .getInt("total"))
        .isEqualTo(1);
  }

  // --- test items ---

  @Test
  void chlorpyrifosInCeleryIsLimitedToFiveHundredthsOfAMilligramPerKilogram() {
    JsonPath item =
        as("planner")
            .get("/test-items/{id}", CHLORPYRIFOS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath(EXACT_NUMBERS);

    assertThat(item.getString("code")).isEqualTo("TI-001");
    assertThat(item.getString("analyte")).isEqualTo("毒死蜱");
    assertThat(item.getString("analyteEn")).isEqualTo("Chlorpyrifos");
    assertThat(item.getString("limitOperator")).isEqualTo("LE");
    assertThat(item.getObject("limitValue", BigDecimal.class)).isEqualTo(new BigDecimal("0.05"));
    assertThat(item.getString("unit")).isEqualTo("mg/kg");
    assertThat(item.getString("limitStandard")).isEqualTo("GB 2763");
    assertThat(item.getList("categoryIds", Long.class)).containsExactly(CELERY);
    assertThat(item.getList("categoryNames", String.class)).containsExactly("芹菜");
  }

  @Test
  void seededTestItemIsFoundByItsCode() {
    JsonPath page =
        as("planner")
            .queryParam("q", "TI-001")
            .get("/test-items")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("items.analyte", String.class)).containsExactly("毒死蜱");
  }

  @Test
  void limitWithoutAUnitIsRejected() {
    String code = testItemCode();
    Map<String, Object> body = testItem(code, "LE", new BigDecimal("0.05"));
    body.remove("unit");

    JsonPath problem =
        as("admin")
            .body(body)
            .post("/test-items")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("unit");
    assertThat(messageFor(problem, "unit")).contains("必填");
    assertThat(testItemsMatching(code)).isZero();
  }

  @Test
  void atMostLimitNeedsItsValue() {
    String code = testItemCode();

    JsonPath problem =
        as("admin")
            .body(testItem(code, "LE", null))
            .post("/test-items")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("limitValue");
    assertThat(messageFor(problem, "limitValue")).contains("需要限量值");
    assertThat(testItemsMatching(code)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NOT_DETECTED", "NOT_PERMITTED"})
  void mustNotBeDetectedTakesNoLimitValue(String operator) {
    String code = testItemCode();

    JsonPath problem =
        as("admin")
            .body(testItem(code, operator, new BigDecimal("0.01")))
            .post("/test-items")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("limitValue");
    assertThat(messageFor(problem, "limitValue")).contains("不能填写限量值");
    assertThat(testItemsMatching(code)).isZero();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"7.5, 6.0", "6.0, 6.0"})
  void rangeNeedsItsUpperValueAboveTheLowerOne(String lower, String upper) {
    String code = testItemCode();
    Map<String, Object> body = testItem(code, "RANGE", new BigDecimal(lower));
    body.put("limitUpper", new BigDecimal(upper));
    body.put("unit", "pH");

    JsonPath problem =
        as("admin").body(body).post("/test-items").then().statusCode(400).extract().jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("limitUpper");
    assertThat(messageFor(problem, "limitUpper")).contains("范围下限必须小于上限");
    assertThat(testItemsMatching(code)).isZero();
  }

  @Test
  void limitMessagesAreInEnglishWhenAsked() {
    Map<String, Object> body = testItem(testItemCode(), "LE", null);
    body.remove("unit");

    JsonPath problem =
        as("admin", "en")
            .body(body)
            .post("/test-items")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getString("title")).isEqualTo("Invalid input");
    assertThat(messageFor(problem, "unit")).contains("is required");
    assertThat(messageFor(problem, "limitValue")).contains("needs a limit value");

    Map<String, Object> notDetected = testItem(testItemCode(), "NOT_DETECTED", BigDecimal.ONE);
    JsonPath second =
        as("admin", "en")
            .body(notDetected)
            .post("/test-items")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(messageFor(second, "limitValue")).contains("takes no limit value");
  }

  @Test
  void testItemKeepsTheDigitsOfItsLimit() {
    String code = testItemCode();
    Map<String, Object> body = testItem(code, "LE", new BigDecimal("0.050"));
    body.put("lod", new BigDecimal("0.0050"));

    ExtractableResponse<Response> created =
        as("admin").body(body).post("/test-items").then().statusCode(201).extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/lims/api/test-items/" + id);

    String text =
        as("planner").get(created.header("Location")).then().statusCode(200).extract().asString();
    // "0.050" states the limit to three decimals (GB/T 8170 rounds results to the limit's digits)
    assertThat(text).contains("\"limitValue\":0.050").contains("\"lod\":0.0050");
    JsonPath read = JsonPath.from(text).using(EXACT_NUMBERS);
    assertThat(read.getObject("limitValue", BigDecimal.class))
        .isEqualTo(new BigDecimal("0.050"))
        .hasScaleOf(3);
    assertThat(read.getObject("lod", BigDecimal.class).toPlainString()).isEqualTo("0.0050");
    assertThat(read.getString("code")).isEqualTo(code);
    assertThat(read.getString("unit")).isEqualTo("mg/kg");
    assertThat(read.getList("categoryNames", String.class))
        .singleElement()
        .asString()
        .startsWith("测试类别");
    assertThat(read.getString("comparison")).isEqualTo("FULL_VALUE");
  }

  @Test
  void duplicateTestItemCodeIsRejected() {
    JsonPath problem =
        as("admin")
            .body(testItem("TI-001", "LE", new BigDecimal("0.05")))
            .post("/test-items")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("code");
    assertThat(testItemsMatching("TI-001")).isEqualTo(1);
  }

  // --- working-day calendar ---

  @Test
  void calendarOf2026HasNewYearsDayAndItsMakeUpWorkingDay() {
    JsonPath page =
        as("planner")
            .queryParam("year", 2026)
            .queryParam("size", 100)
            .get("/calendar")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("items")).isNotEmpty().hasSize(page.getInt("total"));
    assertThat(page.getList("items.date", String.class)).allMatch(d -> d.startsWith("2026-"));
    assertThat(page.getList("items.date", String.class)).isSorted();
    assertThat(page.getString(day("2026-01-01") + ".kind")).isEqualTo("HOLIDAY");
    assertThat(page.getString(day("2026-01-01") + ".name")).isEqualTo("元旦");
    assertThat(page.getString(day("2026-01-01") + ".weekday")).isEqualTo("THURSDAY");
    assertThat(page.getString(day("2026-01-04") + ".kind")).isEqualTo("WORKDAY");
    assertThat(page.getString(day("2026-01-04") + ".weekday")).isEqualTo("SUNDAY");
    assertThat(page.getString(day("2026-10-01") + ".name")).isEqualTo("国庆节");
  }

  @Test
  void dayAlreadyEnteredCannotBeEnteredAgain() {
    LocalDate saturday = farSaturday();
    createCalendarDay(saturday, "WORKDAY", "测试调休" + uniqueCode());

    JsonPath problem =
        as("admin")
            .body(calendarDay(saturday, "HOLIDAY", "测试假日" + uniqueCode()))
            .post("/calendar")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("date");
    assertThat(messageFor(problem, "date"))
        .contains(saturday.toString())
        .contains("同一天不能既是节假日又是工作日");
    JsonPath year =
        as("planner").queryParam("year", saturday.getYear()).get("/calendar").jsonPath();
    assertThat(year.getList("items.kind", String.class)).containsExactly("WORKDAY");
  }

  @Test
  void seededHolidayCannotBeEnteredAgain() {
    JsonPath problem =
        as("admin", "en")
            .body(calendarDay(LocalDate.of(2026, 1, 1), "HOLIDAY", "元旦"))
            .post("/calendar")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("date");
    assertThat(messageFor(problem, "date")).contains("cannot be both a holiday and a working day");
  }

  @Test
  void makeUpWorkingDayMustBeAWeekendDay() {
    LocalDate friday = farSaturday().minusDays(1);
    String name = "测试周五" + uniqueCode();

    JsonPath problem =
        as("admin")
            .body(calendarDay(friday, "WORKDAY", name))
            .post("/calendar")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("kind");
    assertThat(messageFor(problem, "kind")).contains(friday.toString());
    assertThat(calendarDaysNamed(name)).isZero();
  }

  @Test
  void administratorEntersChangesAndRemovesACalendarDay() {
    LocalDate saturday = farSaturday();
    String name = "测试调休" + uniqueCode();
    ExtractableResponse<Response> created =
        as("admin")
            .body(calendarDay(saturday, "WORKDAY", name))
            .post("/calendar")
            .then()
            .statusCode(201)
            .extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/lims/api/calendar/" + id);

    JsonPath read =
        as("planner").get(created.header("Location")).then().statusCode(200).extract().jsonPath();
    assertThat(read.getString("date")).isEqualTo(saturday.toString());
    assertThat(read.getString("kind")).isEqualTo("WORKDAY");
    assertThat(read.getString("name")).isEqualTo(name);
    assertThat(read.getString("weekday")).isEqualTo("SATURDAY");

    Map<String, Object> change = calendarDay(saturday, "HOLIDAY", name + "改");
    change.put("version", read.getLong("version"));
    JsonPath updated =
        as("admin")
            .body(change)
            .put("/calendar/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(updated.getLong("version")).isGreaterThan(read.getLong("version"));
    JsonPath reread = as("planner").get("/calendar/{id}", id).jsonPath();
    assertThat(reread.getString("kind")).isEqualTo("HOLIDAY");
    assertThat(reread.getString("name")).isEqualTo(name + "改");

    as("admin").delete("/calendar/{id}", id).then().statusCode(204);
    as("planner").get("/calendar/{id}", id).then().statusCode(404);
    assertThat(calendarDaysNamed(name)).isZero();
  }

  /**
   * Deadlines are counted on working days, so a calendar may not rest for more than a year in a
   * row: holidays on every weekday from a Saturday to the Sunday 366 days later are accepted, one
   * more on the Monday after is refused at the field in the caller's language and nothing is
   * written; the arithmetic still finds that Monday.
   */
  @Test
  void aHolidayThatLeavesNoWorkingDayForMoreThanAYearIsRefused() {
    LocalDate saturday =
        LocalDate.of(9100 + ThreadLocalRandom.current().nextInt(800), 1, 1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    LocalDate monday = saturday.plusDays(366);
    String name = "测试长假" + uniqueCode();
    List<Long> ids = new java.util.ArrayList<>();
    try {
      for (LocalDate d = saturday; d.isBefore(monday); d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() <= 5) {
          ids.add(createCalendarDay(d, "HOLIDAY", name).getLong("id"));
        }
      }
      assertThat(ids).hasSize(260);
      assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

      JsonPath zh =
          as("admin")
              .body(calendarDay(monday, "HOLIDAY", name))
              .post("/calendar")
              .then()
              .statusCode(400)
              .contentType(startsWith(PROBLEM_JSON))
              .extract()
              .jsonPath();
      assertThat(zh.getList("errors.field", String.class)).containsExactly("kind");
      assertThat(messageFor(zh, "kind"))
          .isEqualTo("登记后 " + monday + " 所在的连续休息日将超过 366 天，期间无法计算任何期限；请核对日历条目");
      JsonPath en =
          as("admin", "en")
              .body(calendarDay(monday, "HOLIDAY", name))
              .post("/calendar")
              .then()
              .statusCode(400)
              .extract()
              .jsonPath();
      assertThat(messageFor(en, "kind"))
          .startsWith(
              "with this entry " + monday + " would lie in more than 366 rest days in a row");

      assertThat(calendarDaysNamed(name)).isEqualTo(260);
      JsonPath answer = workingDays(Map.of("from", saturday.minusDays(1).toString(), "days", 1));
      assertThat(answer.getString("dueDate")).isEqualTo(monday.toString());
    } finally {
      ids.forEach(id -> as("admin").delete("/calendar/{id}", id).then().statusCode(204));
    }
    assertThat(calendarDaysNamed(name)).isZero();
  }

  @Test
  void dateOfACalendarDayCannotChange() {
    LocalDate saturday = farSaturday();
    JsonPath entry = createCalendarDay(saturday, "WORKDAY", "测试调休" + uniqueCode());

    Map<String, Object> change =
        calendarDay(saturday.plusDays(1), "WORKDAY", entry.getString("name"));
    change.put("version", entry.getLong("version"));
    JsonPath problem =
        as("admin")
            .body(change)
            .put("/calendar/{id}", entry.getLong("id"))
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("date");
    assertThat(
            as("planner").get("/calendar/{id}", entry.getLong("id")).jsonPath().getString("date"))
        .isEqualTo(saturday.toString());
  }

  @Test
  void enteredMakeUpWorkingDayCountsInDeadlinesAtOnce() {
    LocalDate saturday = farSaturday();
    LocalDate friday = saturday.minusDays(1);
    assertThat(dueDate(friday, 1)).isEqualTo(saturday.plusDays(2).toString());

    createCalendarDay(saturday, "WORKDAY", "测试调休" + uniqueCode());

    JsonPath answer = workingDays(Map.of("from", friday.toString(), "days", 1));
    assertThat(answer.getString("dueDate")).isEqualTo(saturday.toString());
    assertThat(answer.getList("years", Integer.class)).containsExactly(saturday.getYear());
    assertThat(answer.getBoolean("calendarCovers")).isTrue();
  }

  @Test
  void plannerMayNotEnterCalendarDays() {
    String name = "计划员调休" + uniqueCode();

    JsonPath problem =
        as("planner")
            .body(calendarDay(farSaturday(), "WORKDAY", name))
            .post("/calendar")
            .then()
            .statusCode(403)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getString("type")).endsWith("forbidden");
    assertThat(calendarDaysNamed(name)).isZero();
  }

  @Test
  void twoWorkingDaysAfterTheEveOfNationalDayIsTheTenthOfOctober() {
    // 1-8 October 2025 are holidays (国庆节、中秋节): the 9th and the 10th are the two working days
    JsonPath answer = workingDays(Map.of("from", "2025-09-30", "days", 2));

    assertThat(answer.getString("dueDate")).isEqualTo("2025-10-10");
    assertThat(answer.getString("from")).isEqualTo("2025-09-30");
    assertThat(answer.getInt("workingDays")).isEqualTo(2);
    assertThat(answer.getList("years", Integer.class)).containsExactly(2025);
    assertThat(answer.getBoolean("calendarCovers")).isTrue();
    assertThat(answer.getList("uncoveredYears")).isEmpty();
  }

  @Test
  void fiveWorkingDaysAcrossTheSpringFestival() {
    // Sunday 26 January 2025 is a make-up working day, 28 January to 4 February are holidays
    assertThat(dueDate(LocalDate.of(2025, 1, 24), 5)).isEqualTo("2025-02-07");
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({
    "2025-09-30, 2025-10-10, 2",
    "2025-01-24, 2025-02-07, 5",
    "2025-10-10, 2025-09-30, -2",
    "2025-10-09, 2025-10-09, 0"
  })
  void workingDaysBetweenTwoDates(String from, String to, long expected) {
    JsonPath answer = workingDays(Map.of("from", from, "to", to));

    assertThat(answer.getLong("workingDaysBetween")).isEqualTo(expected);
    assertThat(answer.getString("dueDate")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30", "2025-13-01", "30.09.2025", "tomorrow"})
  void badDateIsABadRequest(String from) {
    JsonPath problem =
        as("planner")
            .queryParam("from", from)
            .queryParam("days", 2)
            .get("/calendar/working-days")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).containsExactly("from");
    assertThat(messageFor(problem, "from")).contains(from);
  }

  @Test
  void questionWithoutDaysOrEndDateIsABadRequest() {
    JsonPath problem =
        as("planner", "en")
            .queryParam("from", "2025-09-30")
            .get("/calendar/working-days")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("workingDays");
  }

  // --- helpers: each test builds its own records ---

  private static String messageFor(JsonPath problem, String field) {
    return problem.getString("errors.find { it.field == '" + field + "' }.message");
  }

  /** The GPath of the listed laboratory with this code. */
  private static String lab(String code) {
    return "items.find { it.code == '" + code + "' }";
  }

  /** The GPath of the listed calendar day with this date. */
  private static String day(String date) {
    return "items.find { it.date == '" + date + "' }";
  }

  /** An organization code no other test uses; never "LAB-...", the prefix of the seeded labs. */
  private static String orgCode() {
    return "IT-" + uniqueCode();
  }

  /** A test item code no other test uses, sorting after the seeded TI-001 to TI-022. */
  private static String testItemCode() {
    return "TI-" + uniqueCode();
  }

  private static Map<String, Object> organization(
      String code, String name, String kind, Long parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", kind);
    body.put("regionId", ZHENGZHOU);
    body.put("parentId", parentId);
    return body;
  }

  private static Map<String, Object> laboratory(String code, long institutionId) {
    Map<String, Object> body = organization(code, "测试实验室" + code, "LABORATORY", institutionId);
    body.put("accreditationNumber", "CNAS " + code);
    body.put("weeklyCapacity", 25);
    body.put("scopeCategoryIds", List.of(EDIBLE_AGRICULTURAL_PRODUCTS));
    return body;
  }

  private static JsonPath createOrganization(Map<String, Object> body) {
    return as("admin")
        .body(body)
        .post("/organizations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** A testing institution of the test's own, to hang laboratories and teams on. */
  private static JsonPath createInstitution() {
    String code = orgCode();
    return createOrganization(organization(code, "测试检验机构" + code, "INSTITUTION", null));
  }

  private static JsonPath createLaboratoryUnder(long institutionId) {
    return createOrganization(laboratory(orgCode(), institutionId));
  }

  private static int organizationsMatching(String code) {
    return as("admin").queryParam("q", code).get("/organizations").jsonPath().getInt("total");
  }

  private static Map<String, Object> category(String code, String name, Long parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("parentId", parentId);
    return body;
  }

  private static JsonPath createCategoryUnder(long parentId) {
    String code = uniqueCode();
    return as("admin")
        .body(category(code, "测试类别" + code, parentId))
        .post("/food-categories")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /**
   * A test item limited as given, in mg/kg, linked to a food category of its own: linking it to a
   * seeded food such as celery would take that food out of every laboratory's accredited scope and
   * break other tests that sample it.
   */
  private static Map<String, Object> testItem(String code, String operator, BigDecimal value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("analyte", "测试农药" + code);
    body.put("analyteEn", "Test pesticide " + code);
    body.put("methodStandard", "GB 23200.113-2018");
    body.put("unit", "mg/kg");
    body.put("limitOperator", operator);
    body.put("limitValue", value);
    body.put("limitStandard", "GB 2763");
    body.put("standardEdition", "2021");
    body.put("categoryIds", List.of(createCategoryUnder(OTHER_FOODS).getLong("id")));
    return body;
  }

  private static int testItemsMatching(String code) {
    return as("planner").queryParam("q", code).get("/test-items").jsonPath().getInt("total");
  }

  /**
   * A Saturday far beyond any published calendar, a different one at each call: a random year from
   * 2090 on and a random week between March and mid-December, so that the Friday before and the
   * Monday after are in the same year, and two tests hardly ever meet on the same day.
   */
  private static LocalDate farSaturday() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return LocalDate.of(2090 + random.nextInt(7000), 3, 1)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
        .plusWeeks(random.nextInt(40));
  }

  private static Map<String, Object> calendarDay(LocalDate date, String kind, String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", date.toString());
    body.put("kind", kind);
    body.put("name", name);
    return body;
  }

  private static JsonPath createCalendarDay(LocalDate date, String kind, String name) {
    return as("admin")
        .body(calendarDay(date, kind, name))
        .post("/calendar")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static int calendarDaysNamed(String name) {
    return as("planner").queryParam("q", name).get("/calendar").jsonPath().getInt("total");
  }

  private static JsonPath workingDays(Map<String, Object> question) {
    return as("planner")
        .queryParams(question)
        .get("/calendar/working-days")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String dueDate(LocalDate from, int days) {
    return workingDays(Map.of("from", from.toString(), "days", days)).getString("dueDate");
  }
}
