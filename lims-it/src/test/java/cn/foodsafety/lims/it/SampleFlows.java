package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sample's way through the API for tests that start later in the flow: a celery sample taken in
 * 金水区 by TEAM-HNFDI-1 (sampler, sampler2), assigned to LAB-ZZAQ, shipped, received, given results
 * (毒死蜱 at a chosen value, every other item not detected), reviewed and approved.
 */
final class SampleFlows {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final long ZHENGZHOU = 2;
  static final long JINSHUI = 6;
  static final long ZHONGYUAN = 3;
  static final long LAB_ZZAQ = 38;
  static final long LAB_HNFDI = 36;
  static final long CELERY = 117;

  private static final Map<String, Long> USER_IDS = new ConcurrentHashMap<>();

  private SampleFlows() {}

  /** An approved celery sample whose producer is in {@code producerRegionId}; returns its id. */
  static long approvedCelery(String food, String chlorpyrifos, Long producerRegionId) {
    return approvedCelery(food, chlorpyrifos, producerRegionId, null);
  }

  /**
   * The same, of a kind of sampling (null: supervisory); a risk-monitoring form has no backup
   * sample.
   */
  static long approvedCelery(
      String food, String chlorpyrifos, Long producerRegionId, String samplingKind) {
    return approved(received(shippedCelery(food, producerRegionId, samplingKind)), chlorpyrifos);
  }

  /**
   * A received sample's results entered (chlorpyrifos as given, every other item not detected),
   * submitted, reviewed and approved; returns its id.
   */
  static long approved(long id, String chlorpyrifos) {
    List<Map<String, Object>> items =
        as("labtech")
            .get("/samples/{id}/results", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Map<String, Object> i : items) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("itemId", i.get("id"));
      r.put("unit", i.get("limitUnit"));
      if ("毒死蜱".equals(i.get("analyte"))) {
        r.put("value", chlorpyrifos);
      } else {
        r.put("notDetected", true);
      }
      r.put("method", "GB 23200.113-2018");
      r.put("testedOn", LocalDate.now(CHINA).toString());
      entries.add(r);
    }
    as("labtech")
        .body(Map.of("results", entries))
        .put("/samples/{id}/results", id)
        .then()
        .statusCode(200);
    as("labtech").post("/samples/{id}/results/submission", id).then().statusCode(200);
    as("reviewer").post("/samples/{id}/results/review", id).then().statusCode(200);
    as("reviewer")
        .body(Map.of("password", ApiTestSupport.DEMO_PASSWORD))
        .post("/samples/{id}/results/approval", id)
        .then()
        .statusCode(200);
    return id;
  }

  /**
   * Amends an approved sample's results: 毒死蜱 takes the new value, then submitted, reviewed and
   * approved again (report version 2).
   */
  static void amend(long sampleId, String chlorpyrifos) {
    as("labtech")
        .body(Map.of("reason", "复核后更正检验结果"))
        .post("/samples/{id}/results/amendment", sampleId)
        .then()
        .statusCode(200);
    List<Map<String, Object>> items =
        as("labtech").get("/samples/{id}/results", sampleId).jsonPath().getList("items");
    Map<String, Object> item =
        items.stream().filter(i -> "毒死蜱".equals(i.get("analyte"))).findFirst().orElseThrow();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("itemId", item.get("id"));
    r.put("unit", item.get("limitUnit"));
    r.put("value", chlorpyrifos);
    r.put("method", "GB 23200.113-2018");
    r.put("testedOn", LocalDate.now(CHINA).toString());
    as("labtech")
        .body(Map.of("results", List.of(r)))
        .put("/samples/{id}/results", sampleId)
        .then()
        .statusCode(200);
    as("labtech").post("/samples/{id}/results/submission", sampleId).then().statusCode(200);
    as("reviewer").post("/samples/{id}/results/review", sampleId).then().statusCode(200);
    as("reviewer")
        .body(Map.of("password", ApiTestSupport.DEMO_PASSWORD))
        .post("/samples/{id}/results/approval", sampleId)
        .then()
        .statusCode(200);
  }

  /**
   * An approved celery sample taken in a region of the test's own (see {@link #newCounty}) rather
   * than in Jinshui; returns its id.
   */
  static long approvedCeleryIn(long regionId, String food, String chlorpyrifos) {
    Map<String, Object> form = celery(food + "-" + uniqueCode());
    form.put("regionId", regionId);
    return approved(received(shipped(form)), chlorpyrifos);
  }

  /**
   * A county-level unit of a test class's own under Zhengzhou (created as an administrator would),
   * so that the class's figures and lists, filtered by it, count only the class's own samples and
   * can be asserted exactly. Its cases are followed up by the Zhengzhou bureau ("supervisor").
   */
  static long newCounty(String name) {
    String code = uniqueCode();
    return PlanningIT.region(code, name + code, "COUNTY", ZHENGZHOU, 40_000);
  }

  /** A celery sample taken and received by LAB-ZZAQ; returns its id. */
  static long receivedCelery(String food) {
    return receivedCelery(food, null);
  }

  static long receivedCelery(String food, Long producerRegionId) {
    return received(shippedCelery(food, producerRegionId));
  }

  /** A shipped sample accepted by LAB-ZZAQ; returns its id. */
  static long received(long id) {
    as("labtech")
        .body(Map.of("receivedAt", minutesAgo(5), "condition", "ACCEPTED"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(200);
    return id;
  }

  /** A celery sample of TEAM-HNFDI-1 assigned to LAB-ZZAQ and shipped to it. */
  static long shippedCelery(String food, Long producerRegionId) {
    return shippedCelery(food, producerRegionId, null);
  }

  static long shippedCelery(String food, Long producerRegionId, String samplingKind) {
    String foodName = food + "-" + uniqueCode();
    Map<String, Object> form = celery(foodName);
    if (samplingKind != null) {
      form.put("samplingKind", samplingKind);
      if ("RISK_MONITORING".equals(samplingKind)) {
        form.remove("backupQuantity");
      }
    }
    if (producerRegionId != null) {
      form.put("producerRegionId", producerRegionId);
    }
    return shipped(form);
  }

  /**
   * A sample already taken (e.g. of a task), assigned to LAB-ZZAQ by {@code planner} (a planner
   * whose region holds the sample) and shipped by its team; returns its id.
   */
  static long assignedAndShipped(
      long id, io.restassured.specification.RequestSpecification planner) {
    planner
        .body(Map.of("labId", LAB_ZZAQ, "reason", "集成测试"))
        .post("/samples/{id}/assignment", id)
        .then()
        .statusCode(200);
    as("sampler")
        .body(Map.of("shippedAt", minutesAgo(30), "method", "冷链专车", "temperature", "4"))
        .post("/samples/{id}/shipment", id)
        .then()
        .statusCode(200);
    return id;
  }

  /** A sample taken with the form, assigned to LAB-ZZAQ and shipped to it; returns its id. */
  static long shipped(Map<String, Object> form) {
    return shipped(form, minutesAgo(30));
  }

  /** As {@link #shipped(Map)}, shipped at {@code shippedAt} (ISO offset date-time). */
  static long shipped(Map<String, Object> form, String shippedAt) {
    long id =
        as("sampler")
            .body(form)
            .post("/samples")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("planner")
        .body(Map.of("labId", LAB_ZZAQ, "reason", "集成测试"))
        .post("/samples/{id}/assignment", id)
        .then()
        .statusCode(200);
    as("sampler")
        .body(Map.of("shippedAt", shippedAt, "method", "冷链专车", "temperature", "4"))
        .post("/samples/{id}/shipment", id)
        .then()
        .statusCode(200);
    return id;
  }

  /** A valid form for celery from a farmers' market in Jinshui, signed by sampler and sampler2. */
  static Map<String, Object> celery(String foodName) {
    return celery(foodName, CELERY);
  }

  /** The same form for a food of another category. */
  static Map<String, Object> celery(String foodName, long categoryId) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("level", "MUNICIPAL");
    f.put("regionId", JINSHUI);
    f.put("foodName", foodName);
    f.put("categoryId", categoryId);
    f.put("quantity", "2.50");
    f.put("quantityUnit", "千克");
    f.put("backupQuantity", "1.0");
    f.put("storageCondition", "CHILLED");
    f.put("partyName", foodName + " 摊位");
    f.put("partyKind", "FARMERS_MARKET");
    f.put("partyAddress", "郑州市金水区花园路1号");
    f.put("partyLicence", "92410105MA0000000X");
    f.put("partyContact", "张三");
    f.put("partyPhone", "13800000000");
    f.put("producerName", foodName + " 基地");
    f.put("producerAddress", "中牟县");
    f.put("placeAddress", "郑州市金水区花园路1号");
    f.put("latitude", "34.7800");
    f.put("longitude", "113.6800");
    f.put("sampledAt", minutesAgo(90));
    f.put("productionDate", LocalDate.now(CHINA).minusDays(2).toString());
    f.put("sampler1Id", userId("sampler"));
    f.put("sampler2Id", userId("sampler2"));
    f.put("samplersConfirmed", true);
    f.put("partyConfirmed", true);
    f.put("partySignatory", "张三");
    f.put("sealNumber", "F-" + uniqueCode());
    return f;
  }

  /**
   * A celery sample taken the day before {@code receivedOn} (09:00), shipped that afternoon and
   * accepted by LAB-ZZAQ on {@code receivedOn} at 10:00 (Beijing time); returns its id.
   */
  static long receivedOn(String food, LocalDate receivedOn) {
    LocalDate sampledOn = receivedOn.minusDays(1);
    Map<String, Object> form = celery(food + "-" + uniqueCode());
    form.put("sampledAt", at(sampledOn, 9));
    form.put("productionDate", sampledOn.minusDays(2).toString());
    long id = shipped(form, at(sampledOn, 15));
    as("labtech")
        .body(Map.of("receivedAt", at(receivedOn, 10), "condition", "ACCEPTED"))
        .post("/samples/{id}/receipt", id)
        .then()
        .statusCode(200);
    return id;
  }

  /** The hour of a day in Beijing time, as the API takes it (ISO offset date-time). */
  static String at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(CHINA).toOffsetDateTime().toString();
  }

  static long userId(String user) {
    return USER_IDS.computeIfAbsent(user, u -> as(u).get("/me").jsonPath().getLong("id"));
  }

  static String minutesAgo(int minutes) {
    return OffsetDateTime.now(CHINA).minusMinutes(minutes).withNano(0).toString();
  }

  /**
   * Up to {@code minutes} ago but still today in China: a test that then reads "today's" figures
   * must not lose its records to the day before when it runs just after midnight, China time (16:00
   * UTC).
   */
  static String minutesAgoToday(int minutes) {
    OffsetDateTime now = OffsetDateTime.now(CHINA).withNano(0);
    OffsetDateTime then = now.minusMinutes(minutes);
    return (then.toLocalDate().isBefore(now.toLocalDate())
            ? now.toLocalDate().atStartOfDay().atOffset(now.getOffset())
            : then)
        .toString();
  }

  /** A city of 100,000 residents under the province, made by the administrator; its id. */
  static long newCity(String name) {
    return as("admin")
        .body(
            Map.of(
                "code",
                ApiTestSupport.uniqueCode(),
                "name",
                name,
                "kind",
                "CITY",
                "parentId",
                1,
                "residents",
                100000,
                "residentsBasis",
                "集成测试数据",
                "residentsYear",
                2020))
        .post("/regions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static String today() {
    return LocalDate.now(CHINA).toString();
  }
}
