package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a user's alerts ({@code GET /alerts}) and the lists they open: every count of a
 * case's alert is the number of cases {@code GET /cases?alert=<KIND>} lists for the same user, the
 * count of overdue investigations the number of tasks {@code GET
 * /investigations?alert=INVESTIGATION_OVERDUE} lists.
 */
final class AlertCounts {

  /** The summary's field for each alert kind about a case. */
  static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("CASE_DUE_SOON", "caseDueSoon");
    FIELDS.put("CASE_OVERDUE", "caseOverdue");
    FIELDS.put("SERIOUS_HAZARD", "seriousHazard");
    FIELDS.put("DELIVERY_OVERDUE", "deliveryOverdue");
    FIELDS.put("INVESTIGATION_OVERDUE", "investigationOverdue");
    FIELDS.put("REQUEST_DECISION_OVERDUE", "requestDecisionOverdue");
    FIELDS.put("DESIGNATION_OVERDUE", "designationOverdue");
    FIELDS.put("OBJECTION_DECISION_OVERDUE", "objectionDecisionOverdue");
  }

  private AlertCounts() {}

  /** The admin's sweep, run now. */
  static void sweep() {
    as("admin").post("/sweeps").then().statusCode(200);
  }

  /** The user's count of each kind, by kind. */
  static Map<String, Long> of(String user) {
    JsonPath a = as(user).get("/alerts").then().statusCode(200).extract().jsonPath();
    Map<String, Long> counts = new LinkedHashMap<>();
    FIELDS.forEach((kind, field) -> counts.put(kind, a.getLong(field)));
    return counts;
  }

  private static JsonPath page(String user, String kind) {
    String path = "INVESTIGATION_OVERDUE".equals(kind) ? "/investigations" : "/cases";
    return as(user)
        .queryParam("alert", kind)
        .queryParam("size", 500)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * The ids of the cases the user's list shows for an alert kind (the tasks' for investigations).
   */
  static List<Long> listed(String user, String kind) {
    return page(user, kind).getList("items.id", Long.class);
  }

  /** Every count of the user's home page is the length of the list it opens. */
  static Map<String, Long> matchTheirLists(String user) {
    Map<String, Long> counts = of(user);
    counts.forEach(
        (kind, n) ->
            assertThat(page(user, kind).getLong("total"))
                .as(user + ": " + kind + " count and list")
                .isEqualTo(n));
    return counts;
  }
}
