package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other integration test (its own failsafe execution, {@code after-suite}, on the
 * same server and database): whatever the suite wrote through every path, the statistics facts
 * still equal the raw rows. The reconciliation covers the ten years up to today (its longest
 * period), so samples dated in earlier years by the tests are included.
 */
class SuiteReconciliationIT {

  @Test
  void theFactsEqualTheRawRowsAfterTheWholeSuite() {
    LocalDate today = LocalDate.now(CHINA);
    JsonPath reconciled =
        as("admin")
            .queryParam("from", today.minusYears(10).withDayOfYear(1).toString())
            .queryParam("to", today.toString())
            .post("/stats/facts/reconciliation")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(reconciled.getList("differences")).isEmpty();
    assertThat(reconciled.getLong("differenceCount")).isZero();
    // the suite wrote samples: a reconciliation of nothing proves nothing
    assertThat(reconciled.getLong("samples")).isPositive();
  }
}
