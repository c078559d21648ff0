package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.approved;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static cn.foodsafety.lims.it.SampleFlows.received;
import static cn.foodsafety.lims.it.SampleFlows.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of a county of the test's own (created here, under Zhengzhou), so every count is
 * exact: numbers worked out by hand from the samples below, not from the lists behind them.
 *
 * <p>Six samples are taken in the county: three approved (chlorpyrifos 0.13 and 0.2 mg/kg, over the
 * 0.05 limit of GB 2763 for celery, and 0.01 within it), one received and not yet tested, one
 * rejected by the laboratory at receipt and one only collected. By hand: volume 5 batches (the
 * rejected one is taken again, so it does not count), 3 judged, 1 conforming, 2 non-conforming; the
 * two non-conforming samples open two cases the Zhengzhou bureau follows up, one of which it has
 * accepted.
 */
class StatisticsExactIT {

  private static final long ZHENGZHOU = 2;
  private static long county;

  @BeforeAll
  static void aCountyWithSixSamples() {
    String code = uniqueCode();
    county = PlanningIT.region(code, "统计区" + code, "COUNTY", ZHENGZHOU, 40_000);

    long failing = approved(received(shipped(form("芹菜-超标"))), "0.13");
    approved(received(shipped(form("芹菜-超标2"))), "0.2");
    approved(received(shipped(form("芹菜-合格"))), "0.01");
    received(shipped(form("芹菜-在检")));
    long refused = shipped(form("芹菜-拒收"));
    as("labtech")
        .body(
            Map.of(
                "receivedAt", minutesAgo(5),
                "condition", "REJECTED",
                "rejectionReason", "BROKEN_SEAL"))
        .post("/samples/{id}/receipt", refused)
        .then()
        .statusCode(200);
    as("sampler").body(form("芹菜-已抽")).post("/samples").then().statusCode(201);

    long caseId =
        as("supervisor")
            .get("/cases/of-sample/{id}", failing)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    as("supervisor")
        .body(Map.of("kind", "ACCEPTED", "date", LocalDate.now(CHINA).toString()))
        .post("/cases/{id}/steps", caseId)
        .then()
        .statusCode(200);
  }

  @Test
  void volumeAndPassRateAreTheCountysSamplesExactly() {
    JsonPath f = figures();

    assertThat(f.getLong("volume.total.batches")).isEqualTo(5);
    assertThat(f.getLong("passRates.overall.judged")).isEqualTo(3);
    assertThat(f.getLong("passRates.overall.conforming")).isEqualTo(1);
    assertThat(f.getLong("passRates.overall.passRate.numerator")).isEqualTo(1);
    assertThat(f.getLong("passRates.overall.passRate.denominator")).isEqualTo(3);
    assertThat(f.getList("volume.byUnit.key", String.class))
        .containsExactly(String.valueOf(county));

    assertThat(total("samples", "batches")).isEqualTo(5);
    assertThat(total("samples", "judged")).isEqualTo(3);
    assertThat(total("samples", "conforming")).isEqualTo(1);
    assertThat(total("samples", "non-conforming")).isEqualTo(2);
  }

  @Test
  void followUpCountsTheCountysTwoCases() {
    JsonPath f = figures();

    assertThat(f.getLong("followUp.overall.mustFollow")).isEqualTo(2);
    assertThat(f.getLong("followUp.overall.disposal.numerator")).isEqualTo(1);
    assertThat(f.getLong("followUp.overall.completion.numerator")).isZero();
    assertThat(total("cases", "must-follow")).isEqualTo(2);
    assertThat(total("cases", "started")).isEqualTo(1);
    assertThat(total("cases", "completed")).isZero();
  }

  private static Map<String, Object> form(String food) {
    Map<String, Object> f = celery(food + "-" + uniqueCode());
    f.put("regionId", county);
    return f;
  }

  private static JsonPath figures() {
    return StatisticsIT.figures("supervisor", inCounty());
  }

  private static long total(String list, String measure) {
    return StatisticsIT.total("supervisor", list, measure, inCounty());
  }

  private static Map<String, String> inCounty() {
    return Map.of("regionId", String.valueOf(county));
  }
}
