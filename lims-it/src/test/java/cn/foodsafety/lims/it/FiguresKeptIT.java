package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.JINSHUI;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static cn.foodsafety.lims.it.SampleFlows.shippedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures kept in the server's memory (issue 10) are never older than what their reader could
 * see: each kind of write is made after the same figures were read twice (so they are kept), and
 * the next read shows it at once. Sample created, rejected at receipt, report approved, case step
 * recorded, a plan's cell edited by hand and the plan allocated again (a bulk delete of its cells).
 */
class FiguresKeptIT {

  private static final String YEAR = String.valueOf(LocalDate.now(CHINA).getYear());

  @Test
  void everyKindOfSampleAndCaseWriteIsSeenByTheNextRead() {
    JsonPath before = keptFigures();

    long rejected = shippedCelery("芹菜-缓存-拒收", null);
    JsonPath created = keptFigures();
    assertThat(batches(created)).isEqualTo(batches(before) + 1);

    as("labtech")
        .body(
            Map.of(
                "receivedAt",
                minutesAgo(5),
                "condition",
                "REJECTED",
                "rejectionReason",
                "BROKEN_SEAL"))
        .post("/samples/{id}/receipt", rejected)
        .then()
        .statusCode(200);
    JsonPath afterRejection = keptFigures();
    assertThat(batches(afterRejection)).isEqualTo(batches(before));

    long failing = SampleFlows.receivedCelery("芹菜-缓存-不合格");
    JsonPath received = keptFigures();
    assertThat(judged(received)).isEqualTo(judged(before));
    SampleFlows.approved(failing, "0.13");
    JsonPath approved = keptFigures();
    assertThat(judged(approved)).isEqualTo(judged(before) + 1);
    assertThat(approved.getLong("passRates.overall.nonConforming"))
        .isEqualTo(before.getLong("passRates.overall.nonConforming") + 1);
    assertThat(mustFollow(approved)).isEqualTo(mustFollow(before) + 1);

    long caseId =
        as("jinshui")
            .get("/cases/of-sample/{id}", failing)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("kind", "ACCEPTED");
    step.put("date", LocalDate.now(CHINA).toString());
    as("jinshui").body(step).post("/cases/{id}/steps", caseId).then().statusCode(200);
    JsonPath accepted = keptFigures();
    assertThat(started(accepted)).isEqualTo(started(approved) + 1);
  }

  @Test
  void planEditsMoveTheQuotaAtOnce() {
    PlanningIT.City city = PlanningIT.newCity();
    long id = allocatedPlan(city);
    JsonPath planned = cityFigures(city);
    assertThat(cityFigures(city).getLong("volume.total.quota")).isEqualTo(92);
    assertThat(planned.getLong("volume.total.quota")).isEqualTo(92);

    JsonPath cell =
        city.asPlanner()
            .queryParam("region", city.unitA())
            .queryParam("level", "MUNICIPAL")
            .queryParam("department", "MARKET_REGULATION")
            .queryParam("category", 5)
            .queryParam("month", 1)
            .get("/plans/{id}/cells", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    city.asPlanner()
        .body(
            Map.of(
                "batches",
                cell.getInt("items[0].batches") + 3,
                "version",
                cell.getLong("items[0].version")))
        .put("/plans/{id}/cells/{cell}", id, cell.getLong("items[0].id"))
        .then()
        .statusCode(200);
    assertThat(cityFigures(city).getLong("volume.total.quota")).isEqualTo(95);
    assertThat(cityFigures(city).getLong("volume.total.quota")).isEqualTo(95);

    // allocated again: the cells are deleted in bulk and written anew
    city.asPlanner().post("/plans/{id}/allocation", id).then().statusCode(200);
    assertThat(cityFigures(city).getLong("volume.total.quota")).isEqualTo(92);
  }

  /** A plan of this year for the city (PlanningIT's small plan: 92 batches). */
  private static long allocatedPlan(PlanningIT.City city) {
    long id =
        city.asPlanner()
            .body(PlanningIT.plan(city.id(), Integer.parseInt(YEAR)))
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
            Map.of("categoryId", 5, "weight", 1, "minimumBatches", 2),
            Map.of("categoryId", 33, "weight", 2, "minimumBatches", 0)));
    inputs.put("monthWeights", Collections.nCopies(12, 1));
    inputs.put("version", version);
    city.asPlanner().body(inputs).put("/plans/{id}/inputs", id).then().statusCode(200);
    city.asPlanner().post("/plans/{id}/allocation", id).then().statusCode(200);
    return id;
  }

  private static JsonPath cityFigures(PlanningIT.City city) {
    return as("admin")
        .queryParam("year", YEAR)
        .queryParam("regionId", city.id())
        .get("/stats/figures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The district's figures read twice (the second kept, the same); the second. */
  private static JsonPath keptFigures() {
    JsonPath first = figures();
    JsonPath second = figures();
    assertThat(batches(second)).isEqualTo(batches(first));
    assertThat(judged(second)).isEqualTo(judged(first));
    assertThat(started(second)).isEqualTo(started(first));
    return second;
  }

  private static JsonPath figures() {
    return as("jinshui")
        .queryParam("year", YEAR)
        .queryParam("regionId", JINSHUI)
        .get("/stats/figures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long batches(JsonPath f) {
    return f.getLong("volume.total.batches");
  }

  private static long judged(JsonPath f) {
    return f.getLong("passRates.overall.judged");
  }

  private static long mustFollow(JsonPath f) {
    return f.getLong("followUp.overall.mustFollow");
  }

  private static long started(JsonPath f) {
    return f.getLong("followUp.overall.disposal.numerator");
  }
}
