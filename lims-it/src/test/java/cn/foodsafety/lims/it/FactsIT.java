package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.JINSHUI;
import static cn.foodsafety.lims.it.SampleFlows.LAB_HNFDI;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static cn.foodsafety.lims.it.SampleFlows.shippedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statistics facts follow every write path: a sample created, rejected at receipt, received,
 * approved (non-conforming: a case opens), amended and approved again with another conclusion, a
 * case taken through each step with an extension, a re-inspection that overturns the conclusion.
 * The dashboard's figures move with each, and the reconciliation then finds no difference between
 * the facts and the raw rows, before and after a rebuild.
 */
class FactsIT {

  private static final String YEAR = String.valueOf(LocalDate.now(CHINA).getYear());

  @Test
  void everyWritePathMovesTheFiguresAndTheFactsReconcileWithTheRawRows() {
    JsonPath before = figures();

    // created and rejected at receipt: counted, then not
    long rejected = shippedCelery("芹菜-事实-拒收", null);
    assertThat(batches(figures())).isEqualTo(batches(before) + 1);
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
    assertThat(batches(figures())).isEqualTo(batches(before));

    // received, approved non-conforming: judged, non-conforming, a case to follow
    long failing = approvedCelery("芹菜-事实-不合格", "0.13", null);
    // approved conforming, then amended to non-conforming and approved again
    long amended = approvedCelery("芹菜-事实-更正", "0.01", null);
    JsonPath approved = figures();
    assertThat(batches(approved)).isEqualTo(batches(before) + 2);
    assertThat(judged(approved)).isEqualTo(judged(before) + 2);
    assertThat(nonConforming(approved)).isEqualTo(nonConforming(before) + 1);
    assertThat(mustFollow(approved)).isEqualTo(mustFollow(before) + 1);
    assertThat(labApproved(approved)).isEqualTo(labApproved(before) + 2);
    SampleFlows.amend(amended, "0.13");
    JsonPath reissued = figures();
    assertThat(judged(reissued)).isEqualTo(judged(before) + 2);
    assertThat(nonConforming(reissued)).isEqualTo(nonConforming(before) + 2);
    assertThat(mustFollow(reissued)).isEqualTo(mustFollow(before) + 2);

    // every step of a case, with an approved extension
    long caseId = caseOf(failing);
    record(caseId, step("ACCEPTED"));
    assertThat(started(figures())).isEqualTo(started(before) + 1);
    record(caseId, step("DELIVERED"));
    Map<String, Object> risk = step("RISK_CONTROL");
    risk.put("measure", "STOP_SALES");
    record(caseId, risk);
    Map<String, Object> investigation = step("INVESTIGATION");
    investigation.put("note", "调查进货来源");
    record(caseId, investigation);
    Map<String, Object> enforcement = step("ENFORCEMENT");
    enforcement.put("reference", "金市监立〔2026〕99号");
    enforcement.put("amount", "5000");
    record(caseId, enforcement);
    Map<String, Object> rectification = step("RECTIFICATION");
    rectification.put("note", "整改到位");
    record(caseId, rectification);
    String deadline = as("jinshui").get("/cases/{id}", caseId).jsonPath().getString("deadline");
    long extension =
        as("jinshui")
            .body(
                Map.of(
                    "reason",
                    "需要补充调查",
                    "newDeadline",
                    LocalDate.parse(deadline).plusDays(30).toString()))
            .post("/cases/{id}/extensions", caseId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("extensions[0].id");
    as("jinshui2")
        .body(Map.of("note", "同意延期"))
        .post("/cases/{id}/extensions/{e}/approval", caseId, extension)
        .then()
        .statusCode(200);
    Map<String, Object> completed = step("COMPLETED");
    completed.put("note", "核查处置完毕");
    record(caseId, completed);
    JsonPath done = figures();
    assertThat(completedCases(done)).isEqualTo(completedCases(before) + 1);
    assertThat(onTime(done)).isEqualTo(onTime(before) + 1);

    // a re-inspection overturns the amended sample's conclusion: it conforms, its case closes
    long second = caseOf(amended);
    record(second, step("ACCEPTED"));
    record(second, step("DELIVERED"));
    Map<String, Object> request = step("REINSPECTION_REQUESTED");
    request.put("requestKind", "REINSPECTION");
    record(second, request);
    record(second, step("REQUEST_ACCEPTED"));
    Map<String, Object> designated = step("LAB_DESIGNATED");
    designated.put("labId", LAB_HNFDI);
    record(second, designated);
    Map<String, Object> secondRisk = step("RISK_CONTROL");
    secondRisk.put("measure", "STOP_SALES");
    record(second, secondRisk);
    Map<String, Object> secondInvestigation = step("INVESTIGATION");
    secondInvestigation.put("note", "复检中");
    record(second, secondInvestigation);
    Map<String, Object> outcome = step("REINSPECTION_OUTCOME");
    outcome.put("outcome", "OVERTURNED");
    outcome.put("note", "复检合格");
    record(second, outcome);
    JsonPath overturned = figures();
    assertThat(nonConforming(overturned)).isEqualTo(nonConforming(before) + 1);
    assertThat(judged(overturned)).isEqualTo(judged(before) + 2);

    // the facts agree with the raw rows, and a rebuild changes no figure
    JsonPath reconciled = reconcile();
    assertThat(reconciled.getList("differences")).isEmpty();
    assertThat(reconciled.getLong("differenceCount")).isZero();
    // as many samples as the sample table holds for the period (Jan 1 to the end of this month)
    // and in all, counted straight from the table
    LocalDate today = LocalDate.now(CHINA);
    assertThat(reconciled.getLong("samples"))
        .isEqualTo(
            sampleRows(
                LocalDate.parse(YEAR + "-01-01"), today.withDayOfMonth(today.lengthOfMonth())));
    JsonPath rebuilt =
        as("admin").post("/stats/facts/rebuild").then().statusCode(200).extract().jsonPath();
    assertThat(rebuilt.getLong("samples")).isEqualTo(sampleRows(LocalDate.MIN, LocalDate.MAX));
    JsonPath after = figures();
    assertThat(batches(after)).isEqualTo(batches(overturned));
    assertThat(nonConforming(after)).isEqualTo(nonConforming(overturned));
    assertThat(completedCases(after)).isEqualTo(completedCases(overturned));
    assertThat(reconcile().getLong("differenceCount")).isZero();
  }

  @Test
  void onlyAdministratorsReconcileAndAPeriodNeedsBothEnds() {
    as("supervisor")
        .queryParam("from", YEAR + "-01-01")
        .queryParam("to", YEAR + "-12-31")
        .post("/stats/facts/reconciliation")
        .then()
        .statusCode(403);
    JsonPath problem =
        as("admin")
            .queryParam("from", YEAR + "-01-01")
            .post("/stats/facts/reconciliation")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.field", String.class)).containsExactly("to");
  }

  /** The rows of the sample table taken between two days, read over JDBC. */
  private static long sampleRows(LocalDate from, LocalDate to) {
    try (java.sql.Connection c = ItDatabase.connect();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                from.equals(LocalDate.MIN)
                    ? "SELECT count(*) FROM sample"
                    : "SELECT count(*) FROM sample WHERE sampled_on >= ? AND sampled_on <= ?")) {
      if (!from.equals(LocalDate.MIN)) {
        s.setObject(1, from);
        s.setObject(2, to);
      }
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (java.io.IOException | java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Lab turnaround is counted in working days and frozen into the facts at approval: a holiday
   * entered later for a day inside a sample's turnaround counts it again (and so does its removal),
   * so the facts and a recomputation from the raw rows on the new calendar still agree.
   */
  @Test
  void aHolidayEnteredAfterTheApprovalIsCountedInTheTurnaround() {
    LocalDate today = LocalDate.now(CHINA);
    LocalDate receivedOn = today.minusDays(9);
    List<String> entered = new java.util.ArrayList<>();
    for (int year : new int[] {receivedOn.getYear(), today.getYear()}) {
      entered.addAll(
          as("planner")
              .queryParam("size", 100)
              .queryParam("year", year)
              .get("/calendar")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.date", String.class));
    }
    // a weekday between receipt and approval that the calendar says nothing of yet
    LocalDate holiday = receivedOn.plusDays(1);
    while (holiday.getDayOfWeek().getValue() > 5 || entered.contains(holiday.toString())) {
      holiday = holiday.plusDays(1);
    }
    assertThat(holiday).isBefore(today);
    long sample = SampleFlows.approved(SampleFlows.receivedOn("芹菜-事实-调休", receivedOn), "0.01");
    String from = receivedOn.minusDays(1).toString();
    assertThat(reconcile(from).getLong("differenceCount")).isZero();
    long turnaround = workingDays(receivedOn, today);

    long entry =
        as("admin")
            .body(Map.of("date", holiday.toString(), "kind", "HOLIDAY", "name", "事实测试假日"))
            .post("/calendar")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    try {
      assertThat(workingDays(receivedOn, today)).isEqualTo(turnaround - 1);
      JsonPath reconciled = reconcile(from);
      assertThat(reconciled.getList("differences")).isEmpty();
      assertThat(reconciled.getLong("differenceCount")).isZero();
      assertThat(reconciled.getLong("samples")).isGreaterThanOrEqualTo(1);
    } finally {
      as("admin").delete("/calendar/{id}", entry).then().statusCode(204);
    }
    assertThat(workingDays(receivedOn, today)).isEqualTo(turnaround);
    assertThat(reconcile(from).getLong("differenceCount")).isZero();
    assertThat(sample).isPositive();
  }

  private static long workingDays(LocalDate from, LocalDate to) {
    return as("planner")
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/calendar/working-days")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("workingDaysBetween");
  }

  private static JsonPath reconcile() {
    return reconcile(YEAR + "-01-01");
  }

  private static JsonPath reconcile(String from) {
    return as("admin")
        .queryParam("from", from)
        .queryParam("to", LocalDate.now(CHINA).toString())
        .post("/stats/facts/reconciliation")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The district's figures of the year, as its supervisor's dashboard reads them. */
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

  private static long nonConforming(JsonPath f) {
    return f.getLong("passRates.overall.nonConforming");
  }

  private static long mustFollow(JsonPath f) {
    return f.getLong("followUp.overall.mustFollow");
  }

  private static long started(JsonPath f) {
    return f.getLong("followUp.overall.disposal.numerator");
  }

  private static long completedCases(JsonPath f) {
    return f.getLong("followUp.overall.completion.numerator");
  }

  private static long onTime(JsonPath f) {
    return f.getLong("followUp.overall.onTime.numerator");
  }

  private static long labApproved(JsonPath f) {
    List<Map<String, Object>> labs = f.getList("labs");
    return labs.stream()
        .filter(l -> ((Number) l.get("labId")).longValue() == SampleFlows.LAB_ZZAQ)
        .mapToLong(l -> ((Number) l.get("approved")).longValue())
        .sum();
  }

  private static long caseOf(long sampleId) {
    return as("jinshui")
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void record(long caseId, Map<String, Object> step) {
    as("jinshui").body(step).post("/cases/{id}/steps", caseId).then().statusCode(200);
  }

  private static Map<String, Object> step(String kind) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", kind);
    s.put("date", LocalDate.now(CHINA).toString());
    return s;
  }
}
