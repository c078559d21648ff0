package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.SampleFlows.CELERY;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static cn.foodsafety.lims.it.SampleFlows.approved;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@code /stats/figures} for a county of the test's own (created here under
 * Zhengzhou, so nobody else's samples count), each checked against a number worked out by hand from
 * the small world below, never against the app's own lists.
 *
 * <p>Eleven sampling forms in the county, two levels and two food categories, both of which
 * LAB-ZZAQ is accredited for (edible agricultural products): celery (33010201, under 330102 leafy
 * vegetables) and cowpea (33010301, under 330103 legume vegetables):
 *
 * <pre>
 *  sample  level      food    result (chlorpyrifos, limit 0.05)  received, working days before approval
 *  m1      MUNICIPAL  celery  0.13  non-conforming -> case A      9
 *  m2      MUNICIPAL  celery  0.2   non-conforming -> case B      4
 *  m3      MUNICIPAL  celery  0.01  conforming                    2
 *  m4      MUNICIPAL  celery  0.02  conforming                    3
 *  v1      MUNICIPAL  cowpea  every item not detected, conforming 1
 *  c1      COUNTY     celery  0.3   non-conforming -> case C      0
 *  c2      COUNTY     celery  0.01  conforming                    0
 *  v2      COUNTY     cowpea  conforming                          0
 *  t1      MUNICIPAL  celery  received, still in the laboratory
 *  x1      MUNICIPAL  celery  rejected at receipt (broken seal): taken again, no batch
 *  k1      COUNTY     celery  collected only
 * </pre>
 *
 * Case A is accepted and completed today (its deadline is 90 days after today's report, so on
 * time); case B is accepted only; case C has no step yet. The working days of turnaround are
 * counted from the working-day calendar (weekends, holidays and make-up days from {@code
 * /calendar}), walking back from today.
 *
 * <p>No case here is past its deadline: a case's deadline runs from its report's approval, which is
 * the server's today, and no API moves a report's date (the server's clock is the only clock). So
 * the on-time figure is checked for a completed case and for a level with nothing due ("-").
 */
class StatisticsExactIT {

  private static final long COWPEA = 119;

  /** The seeded categories (V2__reference_data): 33 edible agricultural products, its groups. */
  private static final String EDIBLE_AGRI = "33";

  private static final String LEAFY = "116";
  private static final String LEGUME = "118";

  // ---- by hand
  /** m1..m4, v1, t1 (MUNICIPAL) + c1, c2, v2, k1 (COUNTY) = 6 + 4; x1 was rejected: 10 batches. */
  private static final long BATCHES = 10;

  private static final long BATCHES_MUNICIPAL = 6;
  private static final long BATCHES_COUNTY = 4;

  /** Approved: m1..m4, v1, c1, c2, v2 = 8; conforming m3, m4, v1, c2, v2 = 5; 3 non-conforming. */
  private static final long JUDGED = 8;

  private static final long CONFORMING = 5;

  /** 5 / 8 = 0.625 = 62.5%. */
  private static final String PASS_RATE = "62.5%";

  /** MUNICIPAL: m1..m4, v1 = 5 judged, m3, m4, v1 = 3 conforming: 3 / 5 = 60.0%. */
  private static final String PASS_RATE_MUNICIPAL = "60.0%";

  /** COUNTY: c1, c2, v2 = 3 judged, c2, v2 = 2 conforming: 2 / 3 = 66.67 -> 66.7%. */
  private static final String PASS_RATE_COUNTY = "66.7%";

  /** Edible agricultural products (33), every sample's top category: 5 / 8 = 62.5%. */
  private static final String PASS_RATE_EDIBLE_AGRI = "62.5%";

  /** Leafy vegetables (celery): m1..m4, c1, c2 = 6 judged, m3, m4, c2 = 3: 50.0%. */
  private static final String PASS_RATE_LEAFY = "50.0%";

  /** Legume vegetables (cowpea): v1, v2 = 2 judged, both conforming: 100.0%. */
  private static final String PASS_RATE_LEGUME = "100.0%";

  /** Cases A, B, C must be followed up; A and B were accepted (started); A is completed. */
  private static final long MUST_FOLLOW = 3;

  /** Started 2 / 3 = 66.67 -> 66.7%; completed 1 / 3 = 33.3%; on time 1 (A) / 1 (A) = 100.0%. */
  private static final String DISPOSAL = "66.7%";

  private static final String COMPLETION = "33.3%";
  private static final String ON_TIME = "100.0%";

  /** MUNICIPAL (A, B): started 2 / 2, completed 1 / 2, on time 1 / 1. */
  private static final String DISPOSAL_MUNICIPAL = "100.0%";

  private static final String COMPLETION_MUNICIPAL = "50.0%";
  private static final String ON_TIME_MUNICIPAL = "100.0%";

  /** COUNTY (C): started 0 / 1, completed 0 / 1; on time 0 / 0: not completed, not yet due, "-". */
  private static final String DISPOSAL_COUNTY = "0.0%";

  private static final String COMPLETION_COUNTY = "0.0%";
  private static final String ON_TIME_COUNTY = "-";

  /**
   * Turnaround of LAB-ZZAQ in working days, the 8 approved samples sorted: 0 0 0 1 2 3 4 9. Median
   * of 8 = mean of the 4th and 5th = (1 + 2) / 2 = 1.5; 90th percentile by nearest rank = the
   * ceil(0.9 x 8) = 8th = 9.
   */
  private static final double TURNAROUND_MEDIAN = 1.5;

  private static final long TURNAROUND_P90 = 9;

  private static long county;
  private static Map<LocalDate, Boolean> calendar;

  @BeforeAll
  static void aCountyWithElevenSamples() {
    county = SampleFlows.newCounty("统计区");
    calendar = calendarOverrides();

    long m1 = approved(receivedWorkingDaysAgo(form("芹菜-超标", "MUNICIPAL", CELERY), 9), "0.13");
    long m2 = approved(receivedWorkingDaysAgo(form("芹菜-超标2", "MUNICIPAL", CELERY), 4), "0.2");
    approved(receivedWorkingDaysAgo(form("芹菜-合格", "MUNICIPAL", CELERY), 2), "0.01");
    approved(receivedWorkingDaysAgo(form("芹菜-合格2", "MUNICIPAL", CELERY), 3), "0.02");
    approved(receivedWorkingDaysAgo(form("豇豆-合格", "MUNICIPAL", COWPEA), 1), "0");
    approved(receivedWorkingDaysAgo(form("芹菜-县超标", "COUNTY", CELERY), 0), "0.3");
    approved(receivedWorkingDaysAgo(form("芹菜-县合格", "COUNTY", CELERY), 0), "0.01");
    approved(receivedWorkingDaysAgo(form("豇豆-县合格", "COUNTY", COWPEA), 0), "0");
    receivedWorkingDaysAgo(form("芹菜-在检", "MUNICIPAL", CELERY), 0);
    long refused = shipped(form("芹菜-拒收", "MUNICIPAL", CELERY), LocalDate.now(CHINA));
    as("labtech")
        .body(
            Map.of(
                "receivedAt", minutesAgo(5),
                "condition", "REJECTED",
                "rejectionReason", "BROKEN_SEAL"))
        .post("/samples/{id}/receipt", refused)
        .then()
        .statusCode(200);
    as("sampler").body(form("芹菜-已抽", "COUNTY", CELERY)).post("/samples").then().statusCode(201);

    // case A: accepted and completed today; case B: accepted; case C: nothing yet
    long a = caseOf(m1);
    step(a, Map.of("kind", "ACCEPTED"));
    step(a, Map.of("kind", "DELIVERED"));
    step(
        a,
        Map.of(
            "kind", "RISK_CONTROL", "measure", "SEALING", "quantity", "20", "quantityUnit", "千克"));
    step(a, Map.of("kind", "INVESTIGATION", "note", "种植户未遵守安全间隔期"));
    step(a, Map.of("kind", "ENFORCEMENT", "reference", "郑市监立〔2026〕1号", "amount", "5000"));
    step(a, Map.of("kind", "RECTIFICATION", "note", "整改到位"));
    step(a, Map.of("kind", "COMPLETED", "note", "核查处置完毕"));
    step(caseOf(m2), Map.of("kind", "ACCEPTED"));
  }

  @Test
  void volumeAndPassRatesAreTheNumbersWorkedOutByHand() {
    JsonPath f = figures();

    assertThat(f.getLong("volume.total.batches")).isEqualTo(BATCHES);
    assertThat(f.getList("volume.byUnit.key", String.class))
        .containsExactly(String.valueOf(county));
    assertThat(number(row(f, "volume.byLevel", "MUNICIPAL").get("batches")))
        .isEqualTo(BATCHES_MUNICIPAL);
    assertThat(number(row(f, "volume.byLevel", "COUNTY").get("batches"))).isEqualTo(BATCHES_COUNTY);

    assertThat(f.getLong("passRates.overall.judged")).isEqualTo(JUDGED);
    assertThat(f.getLong("passRates.overall.conforming")).isEqualTo(CONFORMING);
    assertThat(f.getLong("passRates.overall.nonConforming")).isEqualTo(JUDGED - CONFORMING);
    assertThat(f.getString("passRates.overall.passRate.display")).isEqualTo(PASS_RATE);
    assertThat(rate(f, "passRates.byLevel", "MUNICIPAL", "passRate"))
        .isEqualTo(PASS_RATE_MUNICIPAL);
    assertThat(rate(f, "passRates.byLevel", "COUNTY", "passRate")).isEqualTo(PASS_RATE_COUNTY);
    assertThat(f.getList("passRates.byCategory.key", String.class)).containsExactly(EDIBLE_AGRI);
    assertThat(rate(f, "passRates.byCategory", EDIBLE_AGRI, "passRate"))
        .isEqualTo(PASS_RATE_EDIBLE_AGRI);
    // each of the two food categories, through the category filter of the figures
    JsonPath leafy = figures(Map.of("categoryId", LEAFY));
    assertThat(leafy.getLong("passRates.overall.judged")).isEqualTo(6);
    assertThat(leafy.getString("passRates.overall.passRate.display")).isEqualTo(PASS_RATE_LEAFY);
    JsonPath legume = figures(Map.of("categoryId", LEGUME));
    assertThat(legume.getLong("passRates.overall.judged")).isEqualTo(2);
    assertThat(legume.getString("passRates.overall.passRate.display")).isEqualTo(PASS_RATE_LEGUME);
  }

  @Test
  void followUpRatesPerLevelAreTheNumbersWorkedOutByHand() {
    JsonPath f = figures();

    assertThat(f.getLong("followUp.overall.mustFollow")).isEqualTo(MUST_FOLLOW);
    assertThat(f.getString("followUp.overall.disposal.display")).isEqualTo(DISPOSAL);
    assertThat(f.getString("followUp.overall.completion.display")).isEqualTo(COMPLETION);
    assertThat(f.getString("followUp.overall.onTime.display")).isEqualTo(ON_TIME);

    assertThat(rate(f, "followUp.byLevel", "MUNICIPAL", "disposal")).isEqualTo(DISPOSAL_MUNICIPAL);
    assertThat(rate(f, "followUp.byLevel", "MUNICIPAL", "completion"))
        .isEqualTo(COMPLETION_MUNICIPAL);
    assertThat(rate(f, "followUp.byLevel", "MUNICIPAL", "onTime")).isEqualTo(ON_TIME_MUNICIPAL);
    assertThat(rate(f, "followUp.byLevel", "COUNTY", "disposal")).isEqualTo(DISPOSAL_COUNTY);
    assertThat(rate(f, "followUp.byLevel", "COUNTY", "completion")).isEqualTo(COMPLETION_COUNTY);
    assertThat(rate(f, "followUp.byLevel", "COUNTY", "onTime")).isEqualTo(ON_TIME_COUNTY);
    // the municipal targets of DOMAIN.md: 100% / 95% / 85%
    assertThat(target(f, "MUNICIPAL", "disposal")).isEqualTo(100.0);
    assertThat(target(f, "MUNICIPAL", "completion")).isEqualTo(95.0);
    assertThat(target(f, "MUNICIPAL", "onTime")).isEqualTo(85.0);
  }

  @Test
  void turnaroundIsTheNumberWorkedOutByHand() {
    JsonPath f = figures();

    assertThat(f.getList("labs.labId", Long.class)).containsExactly(LAB_ZZAQ);
    assertThat(f.getInt("labs[0].approved")).isEqualTo((int) JUDGED);
    assertThat(f.getDouble("labs[0].medianDays")).isEqualTo(TURNAROUND_MEDIAN);
    assertThat(f.getLong("labs[0].p90Days")).isEqualTo(TURNAROUND_P90);
    assertThat(f.getLong("labs[0].overdueReports")).isZero();
  }

  // ---------------------------------------------------------------- the world

  private static Map<String, Object> form(String food, String level, long category) {
    Map<String, Object> f = celery(food + "-" + uniqueCode(), category);
    f.put("regionId", county);
    f.put("level", level);
    return f;
  }

  /**
   * The sample taken the day before, shipped, and received on the day from which {@code days}
   * working days run to today (today itself, 5 minutes ago, for 0).
   */
  private static long receivedWorkingDaysAgo(Map<String, Object> form, int days) {
    LocalDate receivedOn = workingDaysBefore(LocalDate.now(CHINA), days);
    long id = shipped(form, receivedOn);
    as("labtech")
        .body(
            Map.of(
                "receivedAt",
                days == 0 ? minutesAgo(5) : at(receivedOn, 10),
                "condition",
                "ACCEPTED"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(200);
    return id;
  }

  /** Taken and shipped the day before {@code receivedOn} (30 and 20 minutes ago for today). */
  private static long shipped(Map<String, Object> form, LocalDate receivedOn) {
    boolean today = receivedOn.equals(LocalDate.now(CHINA));
    LocalDate sampledOn = receivedOn.minusDays(1);
    form.put("sampledAt", today ? minutesAgo(90) : at(sampledOn, 9));
    form.put("productionDate", (today ? LocalDate.now(CHINA) : sampledOn).minusDays(2).toString());
    return SampleFlows.shipped(form, today ? minutesAgo(30) : at(sampledOn, 15));
  }

  private static String at(LocalDate day, int hour) {
    return OffsetDateTime.of(
            day, LocalTime.of(hour, 0), CHINA.getRules().getOffset(day.atStartOfDay()))
        .toString();
  }

  /**
   * The latest day R with exactly {@code n} working days in (R, to]: walk back from {@code to}
   * counting working days (Monday to Friday unless the calendar says holiday; a weekend day the
   * calendar makes a working day counts).
   */
  private static LocalDate workingDaysBefore(LocalDate to, int n) {
    LocalDate d = to;
    int counted = 0;
    while (counted < n) {
      if (isWorkingDay(d)) {
        counted++;
      }
      d = d.minusDays(1);
    }
    return d;
  }

  private static boolean isWorkingDay(LocalDate d) {
    Boolean override = calendar.get(d);
    if (override != null) {
      return override;
    }
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The calendar's days: true for a make-up working day, false for a holiday. */
  private static Map<LocalDate, Boolean> calendarOverrides() {
    Map<LocalDate, Boolean> days = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonPath p =
          as("admin")
              .queryParam("size", 500)
              .queryParam("page", page)
              .get("/calendar")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = p.getList("items");
      for (Map<String, Object> i : items) {
        days.put(LocalDate.parse((String) i.get("date")), "WORKDAY".equals(i.get("kind")));
      }
      if (items.isEmpty() || days.size() >= p.getLong("total")) {
        return days;
      }
    }
  }

  private static long caseOf(long sampleId) {
    return as("supervisor")
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void step(long caseId, Map<String, Object> step) {
    Map<String, Object> body = new LinkedHashMap<>(step);
    body.put("date", LocalDate.now(CHINA).toString());
    as("supervisor").body(body).post("/cases/{id}/steps", caseId).then().statusCode(200);
  }

  // ---------------------------------------------------------------- the figures

  /** The county's figures over the last 60 days (the samples above are at most a month old). */
  private static JsonPath figures() {
    return figures(Map.of());
  }

  private static JsonPath figures(Map<String, String> more) {
    LocalDate today = LocalDate.now(CHINA);
    RequestSpecification r =
        as("supervisor")
            .queryParam("from", today.minusDays(60).toString())
            .queryParam("to", today.toString())
            .queryParam("regionId", county);
    more.forEach(r::queryParam);
    return r.get("/stats/figures").then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> row(JsonPath f, String list, String key) {
    List<Map<String, Object>> rows = f.getList(list);
    return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow();
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }

  @SuppressWarnings("unchecked")
  private static String rate(JsonPath f, String list, String key, String figure) {
    return (String) ((Map<String, Object>) row(f, list, key).get(figure)).get("display");
  }

  @SuppressWarnings("unchecked")
  private static double target(JsonPath f, String level, String figure) {
    return ((Number)
            ((Map<String, Object>) row(f, "followUp.byLevel", level).get(figure)).get("target"))
        .doubleValue();
  }
}
