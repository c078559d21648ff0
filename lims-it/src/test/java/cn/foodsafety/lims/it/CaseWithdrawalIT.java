package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An amended report that finds the sample conforming withdraws its open case; the case's history
 * records the state it really left (here DELIVERED), not always OPEN.
 */
class CaseWithdrawalIT {

  @Test
  void aWithdrawnCaseRecordsTheStateItLeft() {
    long sampleId = approvedCelery("芹菜-撤销核查", "0.13", null);
    long id = caseOf(sampleId).getLong("id");
    step(id, "ACCEPTED");
    step(id, "DELIVERED");
    assertThat(caseOf(sampleId).getString("state")).isEqualTo("DELIVERED");

    SampleFlows.amend(sampleId, "0.01");
    JsonPath withdrawn = caseOf(sampleId);
    assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.getString("withdrawnOn")).isEqualTo(today());

    List<Map<String, Object>> history =
        as("jinshui").get("/cases/{id}/history", id).jsonPath().getList("$");
    assertThat(history)
        .filteredOn(h -> "state".equals(h.get("field")) && "WITHDRAWN".equals(h.get("newValue")))
        .extracting(h -> h.get("oldValue"))
        .containsExactly("DELIVERED");
  }

  private static JsonPath caseOf(long sampleId) {
    return as("jinshui")
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void step(long caseId, String kind) {
    as("jinshui")
        .body(Map.of("kind", kind, "date", today()))
        .post("/cases/{id}/steps", caseId)
        .then()
        .statusCode(200);
  }
}
