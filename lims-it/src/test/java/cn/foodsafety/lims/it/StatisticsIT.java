package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures through the API against the lists behind them: every count a figure shows is the
 * total of the list it opens, for the whole city and for a unit, for pass rates and follow-up
 * rates; targets come with the figures; bad periods and groups are field errors. The class's three
 * samples are taken in a county of its own, so its row counts exactly them.
 */
class StatisticsIT {

  private static final String YEAR = String.valueOf(LocalDate.now(CHINA).getYear());

  private static long county;

  @BeforeAll
  static void someResults() {
    county = SampleFlows.newCounty("统计IT区");
    SampleFlows.approvedCeleryIn(county, "芹菜-统计不合格", "0.13");
    SampleFlows.approvedCeleryIn(county, "芹菜-统计不合格2", "0.2");
    SampleFlows.approvedCeleryIn(county, "芹菜-统计合格", "0.01");
  }

  @Test
  void passRateCountsAreTheTotalsOfTheirLists() {
    JsonPath f = figures("supervisor", Map.of());
    long judged = f.getLong("passRates.overall.judged");
    long conforming = f.getLong("passRates.overall.conforming");
    assertThat(f.getLong("passRates.overall.passRate.denominator")).isEqualTo(judged);
    assertThat(f.getLong("passRates.overall.passRate.numerator")).isEqualTo(conforming);
    assertThat(f.getDouble("passRates.overall.passRate.target")).isEqualTo(98.0);
    assertThat(total("supervisor", "samples", "judged", Map.of())).isEqualTo(judged);
    assertThat(total("supervisor", "samples", "conforming", Map.of())).isEqualTo(conforming);
    assertThat(total("supervisor", "samples", "non-conforming", Map.of()))
        .isEqualTo(judged - conforming);
    assertThat(total("supervisor", "samples", "batches", Map.of()))
        .isEqualTo(f.getLong("volume.total.batches"));

    // the class's county: its three samples exactly, through the row's own drill-down filters
    Map<String, Object> mine = row(f, "passRates.byUnit", county);
    assertThat(((Number) mine.get("judged")).longValue()).isEqualTo(3);
    assertThat(((Number) mine.get("conforming")).longValue()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, String> drill = (Map<String, String>) mine.get("drill");
    assertThat(drill).containsEntry("regionId", String.valueOf(county));
    assertThat(total("supervisor", "samples", "judged", drill)).isEqualTo(3);
    assertThat(total("supervisor", "samples", "conforming", drill)).isEqualTo(1);
    assertThat(total("supervisor", "samples", "non-conforming", drill)).isEqualTo(2);
  }

  @Test
  void followUpRatesAreTheTotalsOfTheirCaseLists() {
    JsonPath f = figures("supervisor", Map.of());
    long mustFollow = f.getLong("followUp.overall.mustFollow");
    // the class's county: its two non-conforming samples, no step recorded on either
    Map<String, Object> mine = row(f, "followUp.byUnit", county);
    assertThat(((Number) mine.get("mustFollow")).longValue()).isEqualTo(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> disposal = (Map<String, Object>) mine.get("disposal");
    assertThat(((Number) disposal.get("numerator")).longValue()).isZero();
    assertThat(total("supervisor", "cases", "must-follow", Map.of("regionId", "" + county)))
        .isEqualTo(2);
    assertThat(total("supervisor", "cases", "must-follow", Map.of())).isEqualTo(mustFollow);
    assertThat(total("supervisor", "cases", "started", Map.of()))
        .isEqualTo(f.getLong("followUp.overall.disposal.numerator"));
    assertThat(total("supervisor", "cases", "completed", Map.of()))
        .isEqualTo(f.getLong("followUp.overall.completion.numerator"));
    assertThat(total("supervisor", "cases", "on-time", Map.of()))
        .isEqualTo(f.getLong("followUp.overall.onTime.numerator"));
    assertThat(total("supervisor", "cases", "on-time-due", Map.of()))
        .isEqualTo(f.getLong("followUp.overall.onTime.denominator"));

    List<Map<String, Object>> levels = f.getList("followUp.byLevel");
    Map<String, Object> national =
        levels.stream().filter(l -> "NATIONAL".equals(l.get("key"))).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> onTime = (Map<String, Object>) national.get("onTime");
    assertThat(((Number) onTime.get("target")).doubleValue()).isEqualTo(90.0);
    // no national sample: no value, never 0% or 100%
    assertThat(onTime.get("display")).isEqualTo("-");
    assertThat(onTime.get("met")).isNull();
    assertThat(f.getList("definitions.key")).contains("passRate", "onTimeRate");
  }

  @Test
  void aDistrictSupervisorSeesOnlyItsDistrict() {
    JsonPath f = figures("jinshui", Map.of());
    assertThat(f.getList("volume.byUnit.key", String.class)).containsExactly("6");
    problem(
        as("jinshui").queryParam("year", YEAR).queryParam("regionId", 3).get("/stats/figures"),
        400,
        "regionId");
    as("sampler").queryParam("year", YEAR).get("/stats/figures").then().statusCode(403);
  }

  @Test
  void badPeriodsAndGroupsAreFieldErrors() {
    LocalDate today = LocalDate.now(CHINA);
    problem(
        as("supervisor")
            .queryParam("from", today.withDayOfMonth(1).plusDays(1).toString())
            .queryParam("to", today.withDayOfMonth(1).toString())
            .get("/stats/figures"),
        400,
        "to");
    problem(
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("asOf", today.plusDays(1).toString())
            .get("/stats/figures"),
        400,
        "asOf");
    problem(
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("level", "GALACTIC")
            .get("/stats/figures"),
        400,
        "level");
    problem(
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("regionId", 999999)
            .get("/stats/figures"),
        400,
        "regionId");
    problem(as("supervisor").queryParam("year", "twenty").get("/stats/figures"), 400, "year");
    problem(
        as("supervisor").queryParam("year", YEAR).queryParam("colour", "red").get("/stats/figures"),
        400,
        "colour");
    problem(
        as("supervisor")
            .queryParam("year", YEAR)
            .queryParam("measure", "all")
            .get("/stats/samples"),
        400,
        "measure");
    JsonPath english =
        as("supervisor", "en")
            .queryParam("year", YEAR)
            .queryParam("quarter", 2)
            .queryParam("month", 5)
            .get("/stats/figures")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(english.getString("errors[0].message")).contains("quarter or a month");
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Object> row(JsonPath f, String list, long unit) {
    List<Map<String, Object>> rows = f.getList(list);
    return rows.stream()
        .filter(u -> String.valueOf(unit).equals(u.get("key")))
        .findFirst()
        .orElseThrow();
  }

  static JsonPath figures(String user, Map<String, String> params) {
    return request(user, params).get("/stats/figures").then().statusCode(200).extract().jsonPath();
  }

  static long total(String user, String list, String measure, Map<String, String> params) {
    return request(user, params)
        .queryParam("measure", measure)
        .queryParam("size", 1)
        .get("/stats/" + list)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static RequestSpecification request(String user, Map<String, String> params) {
    RequestSpecification r = as(user).queryParam("year", YEAR);
    params.forEach(r::queryParam);
    return r;
  }

  private static JsonPath problem(Response r, int status, String field) {
    JsonPath p =
        r.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
    return p;
  }
}
