package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.anonymous;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The region tree through /api/regions: the seeded Zhengzhou units and their residents, listing,
 * the administrator's changes and the rules that guard the tree. Tests that change regions create
 * their own (codes from {@link ApiTestSupport#uniqueCode()}) and never touch the seeded ones.
 */
class RegionsIT {

  private static final long HENAN = 1;
  private static final long ZHENGZHOU = 2;

  @Test
  void zhengzhouHasSixteenCountyLevelUnitsWithTheirResidents() {
    JsonPath page =
        as("planner")
            .queryParam("kind", "COUNTY")
            .queryParam("parent.id", ZHENGZHOU)
            .queryParam("residentsYear", 2019)
            .queryParam("size", 20)
            .get("/regions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getInt("total")).isEqualTo(16);
    assertThat(page.getList("items")).hasSize(16);
    assertThat(page.getList("items.parentId", Long.class)).containsOnly(ZHENGZHOU);
    assertThat(page.getList("items.kind", String.class)).containsOnly("COUNTY");
    assertThat(page.getString("items.find { it.name == '金水区' }.code")).isEqualTo("410105");
    assertThat(page.getLong("items.find { it.name == '金水区' }.residents")).isEqualTo(1_333_000L);
    assertThat(page.getLong("items.find { it.name == '上街区' }.residents")).isEqualTo(163_000L);
    assertThat(page.getList("items.unitType", String.class)).doesNotContainNull();
  }

  @Test
  void zhengzhouHasItsCensusResidents() {
    JsonPath city =
        as("planner")
            .get("/regions/{id}", ZHENGZHOU)
            .then()
            .statusCode(200)
            .contentType(startsWith("application/json"))
            .extract()
            .jsonPath();

    assertThat(city.getString("code")).isEqualTo("410100");
    assertThat(city.getString("kind")).isEqualTo("CITY");
    assertThat(city.getLong("residents")).isEqualTo(12_600_574L);
    assertThat(city.getLong("parentId")).isEqualTo(HENAN);
    assertThat(city.getLong("version")).isNotNull();
  }

  @Test
  void sortingByResidentsDescendingPutsJinshuiFirst() {
    JsonPath page = zhengzhouUnits(Map.of("sort", "-residents", "size", 20));

    assertThat(page.getString("items[0].name")).isEqualTo("金水区");
    List<Long> residents = page.getList("items.residents", Long.class);
    assertThat(residents).hasSize(16).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void sortingByResidentsAscendingPutsShangjieFirst() {
    JsonPath page = zhengzhouUnits(Map.of("sort", "residents", "size", 20));

    assertThat(page.getString("items[0].name")).isEqualTo("上街区");
    assertThat(page.getList("items.residents", Long.class)).isSorted();
  }

  @Test
  void pagesHoldTheRequestedNumberOfItemsAndTogetherCoverTheList() {
    JsonPath first = zhengzhouUnits(Map.of("sort", "code", "size", 5, "page", 0));
    assertThat(first.getList("items")).hasSize(5);
    assertThat(first.getInt("total")).isEqualTo(16);
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(5);

    Set<Long> ids = new HashSet<>(first.getList("items.id", Long.class));
    for (int p = 1; p <= 3; p++) {
      JsonPath next = zhengzhouUnits(Map.of("sort", "code", "size", 5, "page", p));
      ids.addAll(next.getList("items.id", Long.class));
    }
    JsonPath last = zhengzhouUnits(Map.of("sort", "code", "size", 5, "page", 3));

    assertThat(last.getList("items")).hasSize(1);
    assertThat(ids).hasSize(16);
  }

  @Test
  void freeTextSearchFindsARegionByPartOfItsName() {
    JsonPath page =
        as("planner")
            .queryParam("q", "金水")
            .get("/regions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("items.code", String.class)).containsExactly("410105");
  }

  @Test
  void unknownSortFieldIsABadRequest() {
    JsonPath problem =
        as("planner")
            .queryParam("sort", "nonsense")
            .get("/regions")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("sort");
  }

  @Test
  void administratorCreatesReadsAndUpdatesARegion() {
    String code = uniqueCode();
    var created =
        as("admin")
            .body(city(code, "测试市" + code, 500_000))
            .post("/regions")
            .then()
            .statusCode(201)
            .extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/lims/api/regions/" + id);

    JsonPath read =
        as("planner").get(created.header("Location")).then().statusCode(200).extract().jsonPath();
    assertThat(read.getString("code")).isEqualTo(code);
    assertThat(read.getString("name")).isEqualTo("测试市" + code);
    assertThat(read.getString("kind")).isEqualTo("CITY");
    assertThat(read.getLong("parentId")).isEqualTo(HENAN);
    assertThat(read.getString("parentName")).isEqualTo("河南省");
    assertThat(read.getLong("residents")).isEqualTo(500_000L);
    assertThat(read.getBoolean("active")).isTrue();

    Map<String, Object> change = city(code, "改名市" + code, 650_000);
    change.put("nameEn", "Renamed City");
    change.put("version", read.getLong("version"));
    JsonPath updated =
        as("admin")
            .body(change)
            .put("/regions/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(updated.getLong("version")).isGreaterThan(read.getLong("version"));

    JsonPath reread = as("planner").get("/regions/{id}", id).jsonPath();
    assertThat(reread.getString("name")).isEqualTo("改名市" + code);
    assertThat(reread.getString("nameEn")).isEqualTo("Renamed City");
    assertThat(reread.getLong("residents")).isEqualTo(650_000L);
  }

  @Test
  void updateCarryingAStaleVersionIsAConflict() {
    JsonPath region = createCity();
    long id = region.getLong("id");
    long readVersion = region.getLong("version");

    Map<String, Object> first = city(region.getString("code"), region.getString("name"), 700_000);
    first.put("version", readVersion);
    as("admin").body(first).put("/regions/{id}", id).then().statusCode(200);

    Map<String, Object> second = city(region.getString("code"), region.getString("name"), 800_000);
    second.put("version", readVersion);
    JsonPath problem =
        as("admin")
            .body(second)
            .put("/regions/{id}", id)
            .then()
            .statusCode(409)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(409);
    assertThat(problem.getString("type")).endsWith("staleVersion");
    assertThat(as("planner").get("/regions/{id}", id).jsonPath().getLong("residents"))
        .isEqualTo(700_000L);
  }

  @Test
  void invalidRegionIsRejectedWithFieldMessagesInChineseByDefault() {
    Map<String, Object> invalid = new LinkedHashMap<>();
    invalid.put("kind", "CITY");
    invalid.put("parentId", HENAN);
    invalid.put("residents", 0);

    JsonPath problem =
        as("admin")
            .body(invalid)
            .post("/regions")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("title")).isEqualTo("输入有误");
    assertThat(messageFor(problem, "name")).contains("必填");
    assertThat(messageFor(problem, "code")).contains("必填");
    assertThat(messageFor(problem, "residents")).contains("常住人口必须大于零");
  }

  @Test
  void invalidRegionIsRejectedWithFieldMessagesInEnglishWhenAsked() {
    Map<String, Object> invalid = new LinkedHashMap<>();
    invalid.put("kind", "CITY");
    invalid.put("parentId", HENAN);
    invalid.put("residents", -5);

    JsonPath problem =
        as("admin", "en")
            .body(invalid)
            .post("/regions")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getString("title")).isEqualTo("Invalid input");
    assertThat(messageFor(problem, "name")).contains("is required");
    assertThat(messageFor(problem, "residents")).contains("greater than zero");
  }

  @Test
  void countyNeedsACityAsParentAndAUnitType() {
    Map<String, Object> county = county(uniqueCode(), "省辖县", HENAN);
    county.remove("unitType");

    JsonPath problem =
        as("admin").body(county).post("/regions").then().statusCode(400).extract().jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("parentId", "unitType");
  }

  @Test
  void duplicateCodeIsRejected() {
    JsonPath existing = createCity();

    JsonPath problem =
        as("admin")
            .body(city(existing.getString("code"), "重复市", 100_000))
            .post("/regions")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("code");
    assertThat(messageFor(problem, "code")).contains(existing.getString("code"));
  }

  @Test
  void regionCannotBeMovedUnderOneOfItsOwnUnits() {
    JsonPath city = createCity();
    JsonPath county = createCountyUnder(city.getLong("id"));

    Map<String, Object> move =
        city(city.getString("code"), city.getString("name"), city.getLong("residents"));
    move.put("parentId", county.getLong("id"));
    move.put("version", city.getLong("version"));
    JsonPath problem =
        as("admin")
            .body(move)
            .put("/regions/{id}", city.getLong("id"))
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("parentId");
    assertThat(messageFor(problem, "parentId")).contains("上级区域不能是其本身或其下级");
    assertThat(
            as("planner").get("/regions/{id}", city.getLong("id")).jsonPath().getLong("parentId"))
        .isEqualTo(HENAN);
  }

  @Test
  void regionCannotBeItsOwnParent() {
    JsonPath city = createCity();

    Map<String, Object> move =
        city(city.getString("code"), city.getString("name"), city.getLong("residents"));
    move.put("parentId", city.getLong("id"));
    move.put("version", city.getLong("version"));
    JsonPath problem =
        as("admin", "en")
            .body(move)
            .put("/regions/{id}", city.getLong("id"))
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(messageFor(problem, "parentId")).contains("cannot be the region itself");
  }

  @Test
  void plannerMayNotCreateRegions() {
    String code = uniqueCode();
    JsonPath problem =
        as("planner")
            .body(city(code, "计划员市", 100_000))
            .post("/regions")
            .then()
            .statusCode(403)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(403);
    assertThat(problem.getString("type")).endsWith("forbidden");
    assertThat(as("planner").queryParam("q", code).get("/regions").jsonPath().getInt("total"))
        .isZero();
  }

  @Test
  void plannerMayUpdateTheResidentsFigures() {
    JsonPath region = createCity();

    Map<String, Object> figures =
        city(region.getString("code"), region.getString("name"), 1_234_567);
    figures.put("residentsBasis", "2024年末常住人口");
    figures.put("residentsYear", 2024);
    figures.put("version", region.getLong("version"));
    as("planner").body(figures).put("/regions/{id}", region.getLong("id")).then().statusCode(200);

    JsonPath read = as("planner").get("/regions/{id}", region.getLong("id")).jsonPath();
    assertThat(read.getLong("residents")).isEqualTo(1_234_567L);
    assertThat(read.getString("residentsBasis")).isEqualTo("2024年末常住人口");
    assertThat(read.getInt("residentsYear")).isEqualTo(2024);
  }

  @Test
  void plannerMayNotChangeTheStructure() {
    JsonPath region = createCity();

    Map<String, Object> rename =
        city(region.getString("code"), "计划员改名" + region.getString("code"), 100_000);
    rename.put("version", region.getLong("version"));
    JsonPath problem =
        as("planner")
            .body(rename)
            .put("/regions/{id}", region.getLong("id"))
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors")).isNotEmpty();
    assertThat(
            as("planner").get("/regions/{id}", region.getLong("id")).jsonPath().getString("name"))
        .isEqualTo(region.getString("name"));
  }

  @Test
  void samplerMayNotChangeRegions() {
    JsonPath region = createCity();

    Map<String, Object> figures = city(region.getString("code"), region.getString("name"), 999);
    figures.put("version", region.getLong("version"));
    JsonPath problem =
        as("sampler")
            .body(figures)
            .put("/regions/{id}", region.getLong("id"))
            .then()
            .statusCode(403)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getString("type")).endsWith("forbidden");
    assertThat(
            as("planner")
                .get("/regions/{id}", region.getLong("id"))
                .jsonPath()
                .getLong("residents"))
        .isEqualTo(region.getLong("residents"));
  }

  @Test
  void plannerMayNotDeleteRegions() {
    JsonPath region = createCity();

    as("planner").delete("/regions/{id}", region.getLong("id")).then().statusCode(403);

    as("planner")
        .get("/regions/{id}", region.getLong("id"))
        .then()
        .statusCode(200)
        .body("active", is(true));
  }

  @Test
  void requestWithoutCredentialsIsUnauthorizedWithAProblem() {
    JsonPath problem =
        anonymous()
            .get("/regions")
            .then()
            .statusCode(401)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(401);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("type")).isNotBlank();
  }

  @Test
  void unknownRegionIsNotFound() {
    JsonPath problem =
        as("planner")
            .get("/regions/{id}", 987_654_321L)
            .then()
            .statusCode(404)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("type")).endsWith("notFound");
  }

  @Test
  void notFoundProblemQuotesTheIdAsRequested() {
    String detail = as("planner").get("/regions/{id}", 987_654_321L).jsonPath().getString("detail");

    // an id is a key to search for, not a quantity: "987,654,321" matches nothing
    assertThat(detail).contains("987654321");
  }

  @Test
  void deletingAReferencedRegionDeactivatesItAndAnUnreferencedOneIsGone() {
    JsonPath city = createCity();
    JsonPath county = createCountyUnder(city.getLong("id"));

    JsonPath kept =
        as("admin")
            .delete("/regions/{id}", city.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(kept.getBoolean("active")).isFalse();
    assertThat(
            as("planner").get("/regions/{id}", city.getLong("id")).jsonPath().getBoolean("active"))
        .isFalse();

    as("admin").delete("/regions/{id}", county.getLong("id")).then().statusCode(204);
    as("planner").get("/regions/{id}", county.getLong("id")).then().statusCode(404);

    // with its only unit gone nothing refers to the city any more
    as("admin").delete("/regions/{id}", city.getLong("id")).then().statusCode(204);
    as("planner").get("/regions/{id}", city.getLong("id")).then().statusCode(404);
  }

  @Test
  void deactivatedRegionCanBeActivatedAgain() {
    JsonPath city = createCity();
    long id = city.getLong("id");

    as("admin")
        .post("/regions/{id}/deactivate", id)
        .then()
        .statusCode(200)
        .body("active", is(false));
    assertThat(
            as("planner")
                .queryParam("active", false)
                .queryParam("q", city.getString("code"))
                .get("/regions")
                .jsonPath()
                .getList("items.id", Long.class))
        .containsExactly(id);

    as("admin").post("/regions/{id}/activate", id).then().statusCode(200).body("active", is(true));
    assertThat(as("planner").get("/regions/{id}", id).jsonPath().getBoolean("active")).isTrue();
  }

  // --- helpers: each test builds its own regions ---

  private static JsonPath zhengzhouUnits(Map<String, Object> params) {
    return as("planner")
        .queryParam("kind", "COUNTY")
        .queryParam("parent.id", ZHENGZHOU)
        // the reference data's units (residents of 2019), not the units other test classes add
        .queryParam("residentsYear", 2019)
        .queryParams(params)
        .get("/regions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String messageFor(JsonPath problem, String field) {
    return problem.getString("errors.find { it.field == '" + field + "' }.message");
  }

  /** A city under Henan, as a create or update body. */
  private static Map<String, Object> city(String code, String name, long residents) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", "CITY");
    body.put("parentId", HENAN);
    body.put("residents", residents);
    body.put("residentsBasis", "集成测试数据");
    body.put("residentsYear", 2020);
    return body;
  }

  private static Map<String, Object> county(String code, String name, long parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", "COUNTY");
    body.put("unitType", "DISTRICT");
    body.put("parentId", parentId);
    body.put("residents", 50_000);
    body.put("residentsBasis", "集成测试数据");
    body.put("residentsYear", 2020);
    return body;
  }

  private static JsonPath createCity() {
    String code = uniqueCode();
    return as("admin")
        .body(city(code, "测试市" + code, 300_000))
        .post("/regions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static JsonPath createCountyUnder(long cityId) {
    String code = uniqueCode();
    return as("admin")
        .body(county(code, "测试区" + code, cityId))
        .post("/regions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }
}
