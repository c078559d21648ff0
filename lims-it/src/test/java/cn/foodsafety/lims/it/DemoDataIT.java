package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.masterdata.entity.ComparisonMethod;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.results.control.LimitEvaluator;
import cn.foodsafety.lims.results.entity.Judgment;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded-database path of {@code ./lims run}: a server booted as the run command boots it
 * (config/scripts/it-server.sh start-embedded: the development EAR on a fresh H2 database, demo
 * users, the demonstration data written in the background through the boundaries). Once the data is
 * written ({@code /health}, check {@code demo-data}), the figures must agree: the approved plan has
 * no broken total, the plan's progress counts the dashboard's batches, every verdict and times-over
 * is what the evaluator gives, every case with steps has its history, sample numbers have the real
 * format. Reads the pages' API and, for what no API lists in one answer (every result, every case's
 * audit rows), the H2 database through the server's own H2 driver.
 */
class DemoDataIT {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final int YEAR = LocalDate.now(CHINA).getYear();
  static final Pattern NUMBER = Pattern.compile("\\d{6}-\\d{4}-[GSMCR]-\\d{6}");

  static long planId;

  @BeforeAll
  static void demoDataIsWritten() throws InterruptedException {
    Map<String, Object> data = null;
    // generous: the machine may be busy; the time it took is printed (seconds)
    long deadline = System.nanoTime() + 1200L * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      data = demoCheck();
      if (data == null) {
        break;
      }
      Object state = data == null ? null : data.get("state");
      if ("done".equals(state) || "failed".equals(state) || "off".equals(state)) {
        break;
      }
      Thread.sleep(2000);
    }
    // the PostgreSQL server of the other tests has no demonstration data (a targeted -Dit.test run)
    assumeTrue(data != null, "not the embedded-database server");
    System.out.println("demo data: " + data);
    assertThat(data.get("state")).as(String.valueOf(data.get("note"))).isEqualTo("done");
    assertThat(data.get("refused")).as("steps the boundaries refused").isEqualTo("0");
    assertThat(Integer.parseInt(String.valueOf(data.get("samples")))).isPositive();
    JsonPath plans =
        as("planner")
            .queryParam("year", YEAR)
            .get("/plans")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plans.getInt("total")).isEqualTo(1);
    planId = plans.getLong("items[0].id");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> demoCheck() {
    List<Map<String, Object>> checks =
        server().get("/health").then().extract().jsonPath().getList("checks");
    if (checks == null) {
      return null;
    }
    return checks.stream()
        .filter(c -> "demo-data".equals(c.get("name")))
        .map(c -> (Map<String, Object>) c.get("data"))
        .findFirst()
        .orElse(null);
  }

  @Test
  void theApprovedPlanHasNoBrokenTotal() {
    JsonPath plan =
        as("planner").get("/plans/" + planId).then().statusCode(200).extract().jsonPath();
    assertThat(plan.getString("state")).isEqualTo("APPROVED");
    assertThat(plan.getInt("brokenTotals")).isZero();
    // special campaigns (the demo's "你点我检" campaign) come on top of the quota
    int campaignBatches = 0;
    for (Map<String, Object> c :
        as("planner")
            .get("/plans/" + planId + "/campaigns")
            .jsonPath()
            .<Map<String, Object>>getList("")) {
      for (Object b : (List<?>) c.get("batches")) {
        campaignBatches += ((Number) ((Map<?, ?>) b).get("batches")).intValue();
      }
    }
    assertThat(plan.getInt("plannedBatches")).isEqualTo(plan.getInt("cityQuota") + campaignBatches);
    List<?> broken =
        as("planner")
            .get("/plans/" + planId + "/totals")
            .then()
            .statusCode(200)
            .extract()
            .as(List.class);
    assertThat(broken).isEmpty();
  }

  @Test
  void progressCollectedIsTheDashboardsBatchesOfTheYear() throws Exception {
    JsonPath progress =
        as("planner")
            .queryParam("by", "unit")
            .get("/plans/" + planId + "/progress")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long collected =
        progress.getList("collected", Long.class).stream().mapToLong(Long::longValue).sum()
            - progress.getList("findAll { it.key == 'TOTAL' }.collected", Long.class).stream()
                .mapToLong(Long::longValue)
                .sum();
    JsonPath figures =
        as("supervisor")
            .queryParam("year", YEAR)
            // every kind of sampling: the plan's progress counts them all
            .queryParam("kind", "ALL")
            .get("/stats/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long batches = figures.getLong("volume.total.batches");
    assertThat(collected).isPositive();
    assertEquals(batches, collected, "collected in the plan's progress vs the dashboard's batches");
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(plan_id) FROM sample")) {
      r.next();
      assertThat(r.getLong(2)).as("samples linked to the plan").isEqualTo(r.getLong(1));
      assertThat(r.getLong(1)).isEqualTo(batches);
    }
  }

  @Test
  void everyVerdictAndTimesOverIsTheEvaluators() throws Exception {
    int judged = 0;
    boolean quoted = false;
    List<String> wrong = new ArrayList<>();
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT s.sample_number, i.analyte, i.reported_value, i.not_detected,"
                    + " i.result_unit, i.limit_operator, i.limit_value, i.limit_upper,"
                    + " i.limit_unit, i.comparison, i.verdict, i.times_over FROM sample_item i"
                    + " JOIN sample s ON s.id = i.sample_id WHERE i.verdict IS NOT NULL"
                    + " AND i.dropped = FALSE")) {
      while (r.next()) {
        Limit limit =
            new Limit(
                LimitOperator.valueOf(r.getString("limit_operator")),
                decimal(r.getString("limit_value")),
                decimal(r.getString("limit_upper")),
                r.getString("limit_unit"),
                ComparisonMethod.valueOf(r.getString("comparison")));
        LimitEvaluator.Measurement m =
            r.getBoolean("not_detected")
                ? LimitEvaluator.Measurement.notDetected(r.getString("result_unit"))
                : LimitEvaluator.Measurement.of(
                    r.getString("reported_value"), r.getString("result_unit"));
        Judgment j = LimitEvaluator.judge(m, limit);
        String timesOver = r.getString("times_over");
        boolean same =
            j.verdict().name().equals(r.getString("verdict"))
                && (j.timesOver() == null
                    ? timesOver == null
                    : timesOver != null && j.timesOver().compareTo(new BigDecimal(timesOver)) == 0);
        if (!same) {
          wrong.add(
              r.getString("sample_number")
                  + " "
                  + r.getString("analyte")
                  + ": stored "
                  + r.getString("verdict")
                  + "/"
                  + timesOver
                  + ", evaluator "
                  + j.verdict()
                  + "/"
                  + j.timesOver());
        }
        // DOMAIN.md: 恩诺沙星 160 μg/kg against ≤ 100 μg/kg is 0.6 times over
        quoted |=
            r.getString("analyte").startsWith("恩诺沙星")
                && r.getString("reported_value") != null
                && new BigDecimal(r.getString("reported_value")).compareTo(new BigDecimal("160"))
                    == 0
                && timesOver != null
                && new BigDecimal(timesOver).compareTo(new BigDecimal("0.6")) == 0;
        judged++;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(judged).isPositive();
    assertThat(quoted).as("enrofloxacin 160 against 100 shown as 0.6 times over").isTrue();
  }

  @Test
  void everyCaseWithStepsHasItsHistory() throws Exception {
    List<Long> withSteps = new ArrayList<>();
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT k.id, COUNT(DISTINCT t.id),"
                    + " (SELECT COUNT(*) FROM audit_record a WHERE a.entity_type = 'FollowUpCase'"
                    + " AND a.entity_id = k.id) FROM disposal_case k JOIN case_step t ON"
                    + " t.case_id = k.id GROUP BY k.id")) {
      while (r.next()) {
        withSteps.add(r.getLong(1));
        assertThat(r.getLong(3))
            .as("audit rows of case " + r.getLong(1) + " with " + r.getLong(2) + " steps")
            .isGreaterThanOrEqualTo(r.getLong(2));
      }
    }
    assertThat(withSteps).isNotEmpty();
    // and the case page's history shows them, from the responsible regulator's side
    long id = withSteps.get(0);
    String responsible =
        as("supervisor")
            .get("/cases/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("responsibleName");
    assertThat(responsible).isNotBlank();
    List<?> history =
        as("supervisor")
            .get("/cases/" + id + "/history")
            .then()
            .statusCode(200)
            .extract()
            .as(List.class);
    assertThat(history).isNotEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theMarketsRapidTestsAndResidentsProposalsAreWrittenThroughTheFlow() {
    List<Map<String, Object>> markets = as("supervisor").get("/markets").jsonPath().getList("");
    assertThat(markets).extracting(m -> m.get("code")).contains("ZZ-JS-FC", "ZZ-ZY-JS", "ZZ-EQ-DX");
    List<Map<String, Object>> rows =
        as("supervisor")
            .queryParam("from", YEAR + "-01-01")
            .get("/rapid-tests/figures")
            .jsonPath()
            .getList("markets");
    Map<String, Object> fengchan =
        rows.stream().filter(r -> "ZZ-JS-FC".equals(r.get("marketCode"))).findFirst().orElseThrow();
    assertThat(((Number) fengchan.get("tests")).intValue()).isGreaterThan(20);
    assertThat(fengchan.get("positives")).isEqualTo(1);
    assertThat(fengchan.get("confirmations")).isEqualTo(1);
    // the confirmation went through the laboratory: non-conforming
    assertThat(fengchan.get("confirmedNonConforming")).isEqualTo(1);
    Map<String, Object> never =
        rows.stream().filter(r -> "ZZ-EQ-DX".equals(r.get("marketCode"))).findFirst().orElseThrow();
    assertThat(never.get("positives")).isEqualTo(0);
    assertThat(never.get("belowFloor")).isEqualTo(true);

    List<Map<String, Object>> proposals = as("planner").get("/proposals").jsonPath().getList("");
    assertThat(proposals).hasSize(4);
    assertThat(proposals.stream().mapToInt(p -> ((Number) p.get("votes")).intValue()).sum())
        .isEqualTo(33);
    Map<String, Object> accepted =
        proposals.stream().filter(p -> "ACCEPTED".equals(p.get("state"))).findFirst().orElseThrow();
    assertThat(accepted.get("subject")).isEqualTo("菜市场的芹菜");
    assertThat(accepted.get("campaignId")).isNotNull();
    assertThat(accepted.get("sampled")).isEqualTo(1);
    List<Map<String, Object>> results = (List<Map<String, Object>>) accepted.get("results");
    assertThat(results).singleElement().satisfies(r -> assertThat(r.get("publicId")).isNotNull());
    assertThat(proposals).anySatisfy(p -> assertThat(p.get("state")).isEqualTo("DECLINED"));
  }

  @Test
  void sampleNumbersHaveTheRealFormat() throws Exception {
    List<String> numbers = new ArrayList<>();
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT sample_number FROM sample")) {
      while (r.next()) {
        numbers.add(r.getString(1));
      }
    }
    assertThat(numbers)
        .isNotEmpty()
        .allMatch(n -> NUMBER.matcher(n).matches(), "<county>-<year>-<level>-<6 digits>");
  }

  @Test
  void everyTargetGroupHasFigures() {
    JsonPath figures =
        as("supervisor")
            .queryParam("year", YEAR)
            .get("/stats/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Integer> judged =
        figures.getMap("passRates.keyGroups.collectEntries { [(it.key): it.judged] }");
    assertThat(judged).containsKeys("routineEdibleAgri", "dairy", "meat");
    assertThat(judged.values()).allMatch(n -> n > 0);
    assertThat(figures.getList("followUp.byLevel.findAll { it.mustFollow > 0 }")).isNotEmpty();
  }

  /**
   * The demonstration samples every kind of sampling (supervisory, risk monitoring, evaluative); a
   * risk-monitoring problem takes the risk-control follow-up, and an accepted re-inspection
   * application comes before its lab.
   */
  @Test
  void everyKindOfSamplingIsShown() throws Exception {
    Set<String> kinds = new java.util.HashSet<>();
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT sampling_kind FROM sample")) {
      while (r.next()) {
        kinds.add(r.getString(1));
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("SUPERVISORY", "RISK_MONITORING", "EVALUATIVE");
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM sample WHERE sampling_kind = 'RISK_MONITORING'"
                    + " AND backup_quantity IS NOT NULL")) {
      r.next();
      assertThat(r.getLong(1)).as("risk-monitoring samples with a backup").isZero();
    }
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM disposal_case WHERE follow_up_route = 'RISK_CONTROL'")) {
      r.next();
      assertThat(r.getLong(1)).as("risk-control follow-ups").isPositive();
    }
  }

  /**
   * Every responsibility route is shown: a sample taken at its producer followed up by the
   * producer's regulator; a market's sample whose producer lies in the city, the producer's
   * regulator working its investigation task through its steps (接收, 生产环节核查, 处置措施, 办结); a producer
   * elsewhere with its assistance request sent and answered.
   */
  @Test
  void everyResponsibilityRouteIsShown() throws Exception {
    assumeTrue(LocalDate.now(CHINA).getMonthValue() >= 3, "the routes need a few months");
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM case_responsibility cr"
                    + " JOIN disposal_case d ON d.id = cr.case_id"
                    + " JOIN sample s ON s.id = d.sample_id"
                    + " JOIN organization o ON o.id = d.responsible_org_id"
                    + " WHERE cr.stage = 'PRODUCTION' AND s.party_kind = 'PRODUCTION'"
                    + " AND o.region_id = s.producer_region_id")) {
      r.next();
      assertThat(r.getLong(1))
          .as("production-stage cases at the producer's regulator")
          .isPositive();
    }
    long taskId;
    String regulator;
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT i.id, o.code FROM producer_investigation i"
                    + " JOIN organization o ON o.id = i.regulator_id"
                    + " JOIN case_responsibility cr ON cr.case_id = i.case_id"
                    + " JOIN disposal_case d ON d.id = i.case_id"
                    + " WHERE cr.stage = 'TRADE' AND i.state = 'CLOSED'"
                    + " AND i.received_on IS NOT NULL AND i.finding IS NOT NULL"
                    + " AND i.measures IS NOT NULL AND i.summary IS NOT NULL"
                    + " AND i.regulator_id <> d.responsible_org_id ORDER BY i.id")) {
      assertThat(r.next())
          .as("a trade case's investigation task closed through its steps")
          .isTrue();
      taskId = r.getLong(1);
      regulator = r.getString(2);
    }
    // the producer's regulator reads it through the API with its four dated steps
    String user = "MR-410102".equals(regulator) ? "zhongyuan" : "jinshui";
    JsonPath task =
        as(user).get("/investigations/{id}", taskId).then().statusCode(200).extract().jsonPath();
    assertThat(task.getString("state")).isEqualTo("CLOSED");
    assertThat(task.getString("receivedOn")).isNotNull();
    assertThat(task.getString("investigatedOn")).isNotNull();
    assertThat(task.getString("measuresOn")).isNotNull();
    assertThat(task.getString("closedOn")).isNotNull();
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM case_responsibility WHERE producer_route = 'ASSISTANCE'"
                    + " AND assistance_to IS NOT NULL AND assistance_sent_on IS NOT NULL"
                    + " AND assistance_answer IS NOT NULL AND assistance_answered_on IS NOT NULL")) {
      r.next();
      assertThat(r.getLong(1)).as("assistance requests sent and answered").isPositive();
    }
  }

  /** By the autumn every story the demonstration tells has had time to reach its end. */
  @Test
  void everyCaseStateIsShown() throws Exception {
    assumeTrue(LocalDate.now(CHINA).getMonthValue() >= 9, "the stories need most of the year");
    Set<CaseState> states = EnumSet.noneOf(CaseState.class);
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT state FROM disposal_case")) {
      while (r.next()) {
        states.add(CaseState.valueOf(r.getString(1)));
      }
    }
    assertThat(states).containsExactlyInAnyOrder(CaseState.values());
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  /**
   * The server's H2 database (the file it-server.sh start-embedded made), through the H2 driver of
   * the server itself (the same version; the database is opened in its auto-server mode).
   */
  static Connection database() throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    Path jar = root.resolve(".lims/server/payara6/h2db/bin/h2.jar");
    Path db = root.resolve(".lims/it-embedded/lims");
    assertThat(Files.exists(jar)).as(jar.toString()).isTrue();
    URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Driver driver =
        (Driver)
            Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
    Properties p = new Properties();
    p.setProperty("user", "lims");
    p.setProperty("password", "lims");
    Connection c = driver.connect("jdbc:h2:" + db + ";AUTO_SERVER=TRUE", p);
    if (c == null) {
      throw new SQLException("no connection to " + db);
    }
    return c;
  }
}
