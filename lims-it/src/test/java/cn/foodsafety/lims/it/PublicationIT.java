package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Public disclosure through the API: a supervisor of the region publishes approved results, the
 * anonymous feed at /lims/public/results.json shows them with exactly the public fields and nothing
 * internal, a withdrawal takes them off; other roles, other districts and unapproved samples are
 * refused with nothing written.
 */
class PublicationIT {

  private static final Set<String> RECORD_KEYS =
      Set.of(
          "samplingKind",
          "publicId",
          "product",
          "brand",
          "specification",
          "batchNumber",
          "productionDate",
          "producerName",
          "producerAddress",
          "sampledPartyName",
          "sampledPartyAddress",
          "category",
          "categoryEn",
          "level",
          "sampledOn",
          "publishedOn",
          "verdict",
          "failingItems");

  private static final Set<String> ITEM_KEYS =
      Set.of(
          "analyte",
          "value",
          "unit",
          "limitOperator",
          "limitValue",
          "limitUpper",
          "limitUnit",
          "standard");

  @Test
  void aPublishedNonConformingResultIsInTheAnonymousFeedWithOnlyThePublicFields() {
    long id = SampleFlows.approvedCelery("公开芹菜", "0.13", null);
    JsonPath sample = as("supervisor").get("/samples/{id}", id).jsonPath();
    String food = sample.getString("foodName");

    List<Map<String, Object>> published = publish("jinshui", id);
    assertThat(published)
        .singleElement()
        .satisfies(r -> assertThat(r.get("published")).isEqualTo(true));

    Response feed = feed().queryParam("q", food).get("/lims/public/results.json");
    feed.then().statusCode(200).contentType(startsWith("application/json"));
    JsonPath page = feed.jsonPath();
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(page.getInt("page")).isZero();
    Map<String, Object> record = page.getMap("items[0]");
    assertThat(record.keySet()).isEqualTo(RECORD_KEYS);
    assertThat(record)
        .containsEntry("product", food)
        .containsEntry("producerName", food + " 基地")
        .containsEntry("producerAddress", "中牟县")
        .containsEntry("sampledPartyName", food + " 摊位")
        .containsEntry("sampledPartyAddress", "郑州市金水区花园路1号")
        .containsEntry("level", "MUNICIPAL")
        .containsEntry("verdict", "NON_CONFORMING")
        .containsEntry("sampledOn", sample.getString("sampledOn"))
        .containsEntry("productionDate", sample.getString("productionDate"))
        .containsEntry("publishedOn", SampleFlows.today());
    assertThat(record.get("category")).isEqualTo(sample.getString("categoryName"));
    List<Map<String, Object>> items = page.getList("items[0].failingItems");
    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.keySet()).isEqualTo(ITEM_KEYS);
              assertThat(i.get("analyte")).isEqualTo("毒死蜱");
              assertThat(i.get("value").toString()).isEqualTo("0.13");
              assertThat(i.get("unit")).isEqualTo("mg/kg");
              assertThat(i.get("limitOperator")).isEqualTo("LE");
              assertThat(i.get("limitValue").toString()).isEqualTo("0.05");
              assertThat(i.get("limitUnit")).isEqualTo("mg/kg");
              assertThat(i.get("standard").toString()).startsWith("GB 2763");
            });

    // nothing internal anywhere in the body: no internal ids, numbers, codes, people or phones
    String body = feed.asString();
    assertThat(body)
        .doesNotContain(sample.getString("sampleNumber"))
        .doesNotContain(sample.getString("sealNumber"))
        .doesNotContain(sample.getString("partyPhone"))
        .doesNotContain(sample.getString("partyContact"))
        .doesNotContain(sample.getString("partyLicence"))
        .doesNotContain(sample.getString("sampler1Name"))
        .doesNotContain(sample.getString("sampler2Name"))
        .doesNotContain(sample.getString("labName"))
        .doesNotContain(sample.getString("samplingUnitName"))
        .doesNotContain("GB 23200.113")
        .doesNotContain("blind")
        .doesNotContain("sampler")
        .doesNotContain("labtech")
        .doesNotContain("reviewer")
        .doesNotContain("jinshui")
        .doesNotContain("\"id\"");
    if (sample.getString("blindCode") != null) {
      assertThat(body).doesNotContain(sample.getString("blindCode"));
    }

    // one result by its public id, the same record
    String publicId = (String) record.get("publicId");
    assertThat(publicId).matches("[0-9a-z]{16}");
    JsonPath one =
        feed()
            .get("/lims/public/results/{p}.json", publicId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(one.getMap("$")).isEqualTo(record);
    // the API path serves the same feed
    assertThat(
            feed()
                .queryParam("q", food)
                .get("/lims/api/public/results")
                .jsonPath()
                .getMap("items[0]"))
        .isEqualTo(record);
  }

  @Test
  void aConformingResultIsPublishedWithoutItemsAndTheVerdictFilterSeparatesThem() {
    long conforming = SampleFlows.approvedCelery("公开合格", "0.01", null);
    String food =
        as("supervisor").get("/samples/{id}", conforming).jsonPath().getString("foodName");
    publish("supervisor", conforming);

    JsonPath page = feed().queryParam("q", food).get("/lims/public/results.json").jsonPath();
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(page.getMap("items[0]").keySet()).isEqualTo(RECORD_KEYS);
    assertThat(page.getString("items[0].verdict")).isEqualTo("CONFORMING");
    assertThat(page.getList("items[0].failingItems")).isEmpty();
    // the kind of sampling is shown and filters the list
    assertThat(page.getString("items[0].samplingKind")).isEqualTo("SUPERVISORY");
    assertThat(
            feed()
                .queryParam("q", food)
                .queryParam("kind", "SUPERVISORY")
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            feed()
                .queryParam("q", food)
                .queryParam("kind", "EVALUATIVE")
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isZero();
    feed().queryParam("kind", "NONE").get("/lims/public/results.json").then().statusCode(400);
    assertThat(
            feed()
                .queryParam("q", food)
                .queryParam("verdict", "NON_CONFORMING")
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isZero();
    // the sample's own sampling day: 90 minutes before now can be yesterday just after midnight
    String today =
        as("supervisor").get("/samples/{id}", conforming).jsonPath().getString("sampledOn");
    assertThat(
            feed()
                .queryParam("q", food)
                .queryParam("verdict", "CONFORMING")
                .queryParam(
                    "category",
                    as("supervisor")
                        .get("/samples/{id}", conforming)
                        .jsonPath()
                        .getString("categoryCode"))
                .queryParam("from", today)
                .queryParam("to", today)
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            feed()
                .queryParam("q", food)
                .queryParam("from", java.time.LocalDate.parse(today).plusDays(1).toString())
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isZero();
  }

  @Test
  void theSupervisorListShowsThePublicationStateAndAWithdrawalTakesTheResultOffThePublicFeed() {
    long id = SampleFlows.approvedCelery("撤回芹菜", "0.13", null);
    String food = as("jinshui").get("/samples/{id}", id).jsonPath().getString("foodName");

    JsonPath before =
        as("jinshui")
            .queryParam("q", food)
            .get("/publications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(before.getInt("total")).isEqualTo(1);
    assertThat(before.getBoolean("items[0].published")).isFalse();
    assertThat(before.getString("items[0].conclusion")).isEqualTo("NON_CONFORMING");
    publish("jinshui", id);
    JsonPath after =
        as("supervisor")
            .queryParam("q", food)
            .queryParam("published", "true")
            .queryParam("conclusion", "NON_CONFORMING")
            .get("/publications")
            .jsonPath();
    assertThat(after.getInt("total")).isEqualTo(1);
    assertThat(after.getString("items[0].publishedBy")).isEqualTo("jinshui");
    assertThat(
            as("jinshui")
                .queryParam("q", food)
                .queryParam("published", "false")
                .get("/publications")
                .jsonPath()
                .getInt("total"))
        .isZero();

    // publishing it again while it is published is refused
    problem(
        as("jinshui").body(Map.of("sampleIds", List.of(id))).post("/publications"),
        400,
        "sampleIds");

    // a withdrawal needs a reason
    problem(
        as("jinshui").body(Map.of("reason", " ")).post("/publications/{id}/withdrawal", id),
        400,
        "reason");
    as("jinshui")
        .body(Map.of("reason", "复检推翻原结论"))
        .post("/publications/{id}/withdrawal", id)
        .then()
        .statusCode(200)
        .body("published", org.hamcrest.Matchers.equalTo(false));
    assertThat(
            feed()
                .queryParam("q", food)
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isZero();
    // withdrawing what is not published is a conflict
    as("jinshui")
        .body(Map.of("reason", "再次撤回"))
        .post("/publications/{id}/withdrawal", id)
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM_JSON));

    // it may be published again later; the history keeps both publications and the withdrawal
    publish("jinshui", id);
    assertThat(
            feed()
                .queryParam("q", food)
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isEqualTo(1);
    List<Map<String, Object>> history =
        as("jinshui").get("/samples/{id}/history", id).jsonPath().getList("$");
    assertThat(history)
        .filteredOn(h -> "publication".equals(h.get("field")))
        .extracting(h -> h.get("newValue"))
        .containsExactly("PUBLISHED", "WITHDRAWN", "PUBLISHED");
  }

  @Test
  void onlySupervisorsOfTheSamplesRegionPublishApprovedResultsAndNothingIsHalfWritten() {
    long approved = SampleFlows.approvedCelery("越权芹菜", "0.13", null);
    String food = as("supervisor").get("/samples/{id}", approved).jsonPath().getString("foodName");

    as("sampler").get("/publications").then().statusCode(403).contentType(startsWith(PROBLEM_JSON));
    as("sampler")
        .body(Map.of("sampleIds", List.of(approved)))
        .post("/publications")
        .then()
        .statusCode(403);
    ApiTestSupport.anonymous().get("/publications").then().statusCode(401);

    // zhongyuan's supervisor neither sees nor publishes a 金水区 sample
    assertThat(
            as("zhongyuan").queryParam("q", food).get("/publications").jsonPath().getInt("total"))
        .isZero();
    JsonPath zh =
        problem(
            as("zhongyuan").body(Map.of("sampleIds", List.of(approved))).post("/publications"),
            400,
            "sampleIds");
    assertThat(zh.getString("errors[0].message")).contains(String.valueOf(approved), "不在本辖区");
    JsonPath en =
        problem(
            as("zhongyuan", "en")
                .body(Map.of("sampleIds", List.of(approved)))
                .post("/publications"),
            400,
            "sampleIds");
    assertThat(en.getString("errors[0].message")).contains("outside your region");

    // an unapproved sample spoils the whole request: the approved one is not published either
    long received = SampleFlows.receivedCelery("未批准芹菜", null);
    String number =
        as("jinshui").get("/samples/{id}", received).jsonPath().getString("sampleNumber");
    JsonPath mixed =
        problem(
            as("jinshui")
                .body(Map.of("sampleIds", List.of(approved, received)))
                .post("/publications"),
            400,
            "sampleIds");
    assertThat(mixed.getList("errors.message", String.class))
        .singleElement()
        .satisfies(m -> assertThat(m).contains(number, "尚未批准"));
    assertThat(
            as("jinshui")
                .queryParam("q", food)
                .queryParam("published", "true")
                .get("/publications")
                .jsonPath()
                .getInt("total"))
        .isZero();
    assertThat(
            feed()
                .queryParam("q", food)
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isZero();

    problem(
        as("jinshui").body(Map.of("sampleIds", List.of())).post("/publications"), 400, "sampleIds");
    problem(
        as("jinshui").body(Map.of("sampleIds", List.of(Long.MAX_VALUE))).post("/publications"),
        400,
        "sampleIds");
  }

  @Test
  void theFeedNeedsNoSignInIgnoresCredentialsAndAnswersBadFiltersInTheCallersLanguage() {
    feed().get("/lims/public/results.json").then().statusCode(200);
    feed()
        .auth()
        .preemptive()
        .basic("nobody", "wrong")
        .get("/lims/public/results.json")
        .then()
        .statusCode(200);

    Response zh =
        feed()
            .queryParam("from", "2026-03-02")
            .queryParam("to", "2026-03-01")
            .get("/lims/public/results.json");
    JsonPath zhProblem = problem(zh, 400, "to");
    assertThat(zhProblem.getString("errors[0].message")).contains("不能早于");
    JsonPath enProblem =
        problem(
            feed()
                .header("Accept-Language", "en")
                .queryParam("verdict", "MAYBE")
                .queryParam("size", "0")
                .get("/lims/public/results.json"),
            400,
            "verdict");
    assertThat(enProblem.getList("errors.field", String.class)).contains("verdict");
    // no internal filter or sort is accepted
    problem(feed().queryParam("blindCode", "X").get("/lims/public/results.json"), 400, "blindCode");
    problem(
        feed().queryParam("sort", "sample.sampleNumber").get("/lims/public/results.json"),
        400,
        "sort");
    feed()
        .get("/lims/public/results/{p}.json", "zzzzzzzzzzzzzzzz")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM_JSON));
  }

  // --- helpers ---

  private static RequestSpecification feed() {
    return server().accept("application/json, application/problem+json");
  }

  private static List<Map<String, Object>> publish(String supervisor, long sampleId) {
    return as(supervisor)
        .body(Map.of("sampleIds", List.of(sampleId)))
        .post("/publications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private static JsonPath problem(Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }
}
