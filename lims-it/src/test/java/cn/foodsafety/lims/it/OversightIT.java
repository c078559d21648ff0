package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Oversight of the sampling through the API on constructed data: the publication rate counts a
 * result published by its deadline, one published late and one not published, each in its list; two
 * non-conforming batches of one producer make a repeat offender with warning class C; bad filters
 * are field errors.
 */
class OversightIT {

  /** A year no other test samples in: the approvals are moved there. */
  private static final int YEAR = 2011;

  @Test
  void publicationRateCountsOnTimeLateAndOverdueByTheirDeadline() throws Exception {
    long onTime = SampleFlows.approvedCelery("公布率芹菜", "0.01", null);
    long late = SampleFlows.approvedCelery("公布率芹菜", "0.01", null);
    long overdue = SampleFlows.approvedCelery("公布率芹菜", "0.01", null);
    publish(onTime);
    publish(late);
    // approved on Tuesday 2011-03-01: the deadline is the 20th working day after, 2011-03-29
    approvedOn(onTime, LocalDate.of(YEAR, 3, 1));
    approvedOn(late, LocalDate.of(YEAR, 3, 1));
    approvedOn(overdue, LocalDate.of(YEAR, 3, 1));
    publishedOn(onTime, LocalDate.of(YEAR, 3, 29));
    publishedOn(late, LocalDate.of(YEAR, 3, 30));

    JsonPath report =
        as("supervisor")
            .queryParam("year", YEAR)
            .get("/oversight/publication")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getInt("workingDays")).isEqualTo(20);
    // nobody else's approvals are in 2011: the year holds exactly these three
    long due = report.getLong("total.due");
    long onTimeCount = report.getLong("total.onTime");
    assertThat(due).isEqualTo(3);
    assertThat(onTimeCount).isEqualTo(1);
    assertThat(report.getLong("total.late")).isEqualTo(1);
    assertThat(report.getLong("total.overdue")).isEqualTo(1);
    assertThat(report.getLong("total.rate.numerator")).isEqualTo(onTimeCount);
    assertThat(report.getLong("total.rate.denominator")).isEqualTo(due);

    assertThat(ids("on-time")).contains(onTime).doesNotContain(late, overdue);
    assertThat(ids("late")).contains(late).doesNotContain(onTime, overdue);
    assertThat(ids("overdue")).contains(overdue).doesNotContain(onTime, late);
    assertThat(ids("due")).contains(onTime, late, overdue);
    assertThat(list("due").getLong("total")).isEqualTo(due);
    assertThat(list("on-time").getLong("total")).isEqualTo(onTimeCount);
    Map<String, Object> item =
        list("overdue").getList("items", Map.class).stream()
            .filter(m -> ((Number) m.get("sampleId")).longValue() == overdue)
            .findFirst()
            .orElseThrow();
    assertThat(item).containsEntry("deadline", YEAR + "-03-29").containsEntry("status", "OVERDUE");

    // the unit's line counts the same three (all taken in Jinshui)
    List<Map<String, Object>> units = report.getList("byUnit");
    Map<String, Object> jinshui =
        units.stream().filter(u -> "6".equals(u.get("key"))).findFirst().orElseThrow();
    assertThat(((Number) jinshui.get("due")).longValue()).isEqualTo(3);
  }

  @Test
  void twoNonConformingBatchesOfOneProducerAreARepeatOffender() throws Exception {
    String producer = "重复不合格食品厂-" + uniqueCode();
    long county = SampleFlows.newCounty("预警区");
    long first = SampleFlows.approvedCeleryIn(county, "重复芹菜", "0.16");
    long second = SampleFlows.approvedCeleryIn(county, "重复芹菜", "0.16");
    long conforming = SampleFlows.approvedCeleryIn(county, "重复芹菜", "0.01");
    for (long id : List.of(first, second, conforming)) {
      producer(id, producer);
    }

    JsonPath offenders =
        as("supervisor").get("/oversight/offenders").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> found =
        offenders.getList("items", Map.class).stream()
            .map(m -> (Map<String, Object>) m)
            .filter(m -> producer.equals(m.get("name")) && "PRODUCER".equals(m.get("role")))
            .toList();
    assertThat(found)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.get("batches")).isEqualTo(2);
              List<Map<String, Object>> samples = (List<Map<String, Object>>) o.get("samples");
              assertThat(samples)
                  .extracting(s -> ((Number) s.get("sampleId")).longValue())
                  .containsExactlyInAnyOrder(first, second);
            });
    assertThat(offenders.getInt("minBatches")).isEqualTo(2);

    // 0.16 mg/kg against 0.05: 2.2 times over the limit ((0.16 - 0.05) / 0.05), class C
    JsonPath warnings =
        as("supervisor")
            .queryParam("class", "C")
            .queryParam("regionId", county)
            .queryParam("size", 500)
            .get("/oversight/warnings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the county of the test's own: exactly its two class-C batches
    assertThat(warnings.getList("items.sampleId", Long.class))
        .containsExactlyInAnyOrder(first, second);
    assertThat(warnings.getList("items.warningClass", String.class)).containsOnly("C");
    assertThat(warnings.getLong("byClass.C")).isEqualTo(2);
  }

  @Test
  void badFiltersAreFieldErrors() {
    problem(
        as("supervisor").queryParam("kind", "no such kind").get("/oversight/publication"), "kind");
    problem(
        as("supervisor").queryParam("measure", "sometimes").get("/oversight/publication/samples"),
        "measure");
    problem(as("supervisor").queryParam("class", "E").get("/oversight/warnings"), "class");
    problem(as("supervisor").queryParam("colour", "red").get("/oversight/balance"), "colour");
    as("sampler").get("/oversight/publication").then().statusCode(403);
  }

  @Test
  void theRiskWorkbookIsAnExcelFile() {
    byte[] xlsx =
        as("supervisor")
            .get("/oversight/risk-meeting.xlsx")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/vnd.openxmlformats"))
            .extract()
            .asByteArray();
    assertThat(xlsx).startsWith('P', 'K');
  }

  private static JsonPath list(String measure) {
    return as("supervisor")
        .queryParam("year", YEAR)
        .queryParam("measure", measure)
        .queryParam("size", 500)
        .get("/oversight/publication/samples")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<Long> ids(String measure) {
    return list(measure).getList("items.sampleId", Long.class);
  }

  private static void problem(Response r, String field) {
    JsonPath p =
        r.then().statusCode(400).contentType(startsWith(PROBLEM_JSON)).extract().jsonPath();
    assertThat(p.getList("errors.field", String.class)).contains(field);
  }

  private static void publish(long sampleId) {
    as("jinshui")
        .body(Map.of("sampleIds", List.of(sampleId)))
        .post("/publications")
        .then()
        .statusCode(200);
  }

  /**
   * Moves a result's receipt and approval to a day of {@link #YEAR} and rebuilds the facts from the
   * raw rows.
   */
  private static void approvedOn(long sampleId, LocalDate day) throws Exception {
    OffsetDateTime at = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
    try (Connection c = ItDatabase.connect()) {
      update(
          c,
          "UPDATE analysis SET approved_at = ?, first_approved_at = ? WHERE sample_id = ?",
          at,
          at,
          sampleId);
      update(c, "UPDATE sample SET received_at = ? WHERE id = ?", at.minusHours(1), sampleId);
    }
    // the facts are a read model of these rows: rebuilt from them, so reconciliation still holds
    as("admin").post("/stats/facts/rebuild").then().statusCode(200);
  }

  private static void publishedOn(long sampleId, LocalDate day) throws Exception {
    try (Connection c = ItDatabase.connect()) {
      update(
          c,
          "UPDATE publication SET published_on = ?, published_at = ? WHERE sample_id = ?",
          day,
          day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)),
          sampleId);
    }
  }

  private static void producer(long sampleId, String name) throws Exception {
    try (Connection c = ItDatabase.connect()) {
      update(c, "UPDATE sample SET producer_name = ? WHERE id = ?", name, sampleId);
    }
  }

  private static void update(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      assertThat(st.executeUpdate()).isEqualTo(1);
    }
  }
}
