package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Audit sampling through the API: the same seed over the same records draws the same records; a
 * sample larger than its population and a score outside the checklist's range are field errors; the
 * reviewed scores roll up.
 */
class AuditsIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Test
  void anAuditDrawnTwiceWithTheSameSeedGivesTheSameRecords() {
    SampleFlows.receivedCelery("抽查芹菜");
    SampleFlows.receivedCelery("抽查芹菜");
    // the same period and group twice: the same population
    String from = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1).toString();
    String to = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonPath first = draw(from, to, 2, 20261204L).then().statusCode(201).extract().jsonPath();
    JsonPath second = draw(from, to, 2, 20261204L).then().statusCode(201).extract().jsonPath();
    assertThat(first.getLong("id")).isNotEqualTo(second.getLong("id"));
    assertThat(first.getInt("population")).isEqualTo(second.getInt("population"));
    assertThat(first.getList("records.sampleId", Long.class))
        .hasSize(2)
        .isEqualTo(second.getList("records.sampleId", Long.class));
    assertThat(second.getLong("seed")).isEqualTo(20261204L);
  }

  @Test
  void aRollUpLineOpensTheRecordsOfItsStratum() {
    SampleFlows.receivedCelery("分层芹菜");
    SampleFlows.receivedCelery("分层芹菜");
    JsonPath audit = draw(null, null, 2, 11L).then().statusCode(201).extract().jsonPath();
    long id = audit.getLong("id");
    List<Map<String, Object>> rollUp = audit.getList("rollUp");
    assertThat(rollUp).isNotEmpty();
    int total = 0;
    for (Map<String, Object> line : rollUp) {
      String key = (String) line.get("key");
      JsonPath records =
          as("supervisor")
              .queryParam("stratum", key)
              .get("/audits/{id}/records", id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(records.getList("stratumKey", String.class)).isNotEmpty().containsOnly(key);
      assertThat(records.getList("$")).hasSize((Integer) line.get("drawn"));
      total += (Integer) line.get("drawn");
    }
    assertThat(total).isEqualTo(2);
    assertThat(as("supervisor").get("/audits/{id}/records", id).jsonPath().getList("$")).hasSize(2);
    problem(as("supervisor").queryParam("stratum", "x").get("/audits/{id}/records", id), "stratum");
  }

  @Test
  void aSampleLargerThanItsPopulationIsAFieldError() {
    problem(draw(null, null, 10_000_000, 1L), "size");
  }

  @Test
  void aScoreOutsideTheChecklistIsAFieldErrorAndScoresRollUp() {
    SampleFlows.receivedCelery("评分芹菜");
    JsonPath audit = draw(null, null, 1, 7L).then().statusCode(201).extract().jsonPath();
    long id = audit.getLong("id");
    long record = audit.getLong("records[0].id");
    List<Map<String, Object>> checklist =
        as("supervisor")
            .get("/audits/checklist")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    Map<String, Integer> scores = new LinkedHashMap<>();
    checklist.forEach(i -> scores.put((String) i.get("code"), (Integer) i.get("max")));
    String first = (String) checklist.get(0).get("code");

    Map<String, Integer> tooHigh = new LinkedHashMap<>(scores);
    tooHigh.put(first, (Integer) checklist.get(0).get("max") + 1);
    problem(
        as("supervisor")
            .body(Map.of("scores", tooHigh))
            .put("/audits/{id}/records/{r}/review", id, record),
        "scores." + first);
    assertThat(as("supervisor").get("/audits/{id}", id).jsonPath().getList("records.total"))
        .containsOnlyNulls();

    scores.put(first, 0);
    JsonPath reviewed =
        as("supervisor")
            .body(Map.of("scores", scores, "note", "抽样单缺少签名"))
            .put("/audits/{id}/records/{r}/review", id, record)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int max =
        scores.values().stream().mapToInt(Integer::intValue).sum()
            + (Integer) checklist.get(0).get("max");
    assertThat(reviewed.getInt("max")).isEqualTo(max);
    assertThat(reviewed.getInt("total")).isEqualTo(max - (Integer) checklist.get(0).get("max"));
    JsonPath after = as("supervisor").get("/audits/{id}", id).jsonPath();
    assertThat(after.getInt("rollUp[0].reviewed")).isEqualTo(1);
    byte[] xlsx =
        as("supervisor")
            .get("/audits/{id}/workbook.xlsx", id)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(xlsx).startsWith('P', 'K');
  }

  private static Response draw(String from, String to, int size, long seed) {
    var r = as("supervisor");
    if (from == null) {
      r = r.queryParam("year", YEAR);
    } else {
      r = r.queryParam("from", from).queryParam("to", to);
    }
    return r.queryParam("regionId", SampleFlows.JINSHUI)
        .body(Map.of("title", "集成测试抽查", "size", size, "seed", seed, "stratifiedBy", "team"))
        .post("/audits");
  }

  private static void problem(Response r, String field) {
    JsonPath p =
        r.then().statusCode(400).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
  }
}
