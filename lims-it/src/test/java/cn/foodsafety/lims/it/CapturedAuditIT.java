package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.LAB_HNFDI;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static cn.foodsafety.lims.it.SampleFlows.minutesAgo;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The use cases of sampling, results, user administration and settings record what the audit
 * listener captured of their changes, no longer diffs they build: each changed field is one UPDATE
 * line, once, with its old and new text under the names and in the forms the history has always
 * shown (laboratories by code, times in China's time, the reason of the step). Every test reads
 * exactly the lines of records of its own.
 */
class CapturedAuditIT {

  private static final long TEAM_HNFDI_1 = 29;

  record Line(String field, String oldValue, String newValue, String reason) {}

  @Test
  void theSamplesWayToTheLabRecordsAssignmentShipmentAndReceiptOnce() throws Exception {
    long id =
        as("sampler")
            .body(celery("芹菜-审计-" + ApiTestSupport.uniqueCode()))
            .post("/samples")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("planner")
        .body(Map.of("labId", LAB_ZZAQ, "reason", "审计测试"))
        .post("/samples/{id}/assignment", id)
        .then()
        .statusCode(200);
    String shippedAt = minutesAgo(30);
    as("sampler")
        .body(Map.of("shippedAt", shippedAt, "method", "冷链专车", "temperature", "4"))
        .post("/samples/{id}/shipment", id)
        .then()
        .statusCode(200);
    String receivedAt = minutesAgo(5);
    JsonPath received =
        as("labtech")
            .body(Map.of("receivedAt", receivedAt, "condition", "ACCEPTED"))
            .post("/samples/{id}/receipt", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(updates("Sample", id))
        .containsExactly(
            new Line("lab", null, code(LAB_ZZAQ), "审计测试"),
            new Line("shippedAt", null, china(shippedAt), null),
            new Line("shipMethod", null, "冷链专车", null),
            new Line("shipTemperature", null, "4", null),
            new Line("receivedAt", null, china(receivedAt), null),
            new Line("receiptCondition", null, "ACCEPTED", null),
            new Line("reportDue", null, received.getString("reportDue"), null));
    assertThat(actions("Sample", id, "STATE_CHANGE"))
        .containsExactly(
            new Line("state", "COLLECTED", "SHIPPED", null),
            new Line("state", "SHIPPED", "RECEIVED", null));
  }

  @Test
  void aDaysBulkAssignmentRecordsEachSamplesLaboratoryOnce() throws Exception {
    // a day of its own: sampled five days ago at 07:0x by TEAM-HNFDI-1
    LocalDate day = LocalDate.now(CHINA).minusDays(5);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Map<String, Object> form = celery("芹菜-审计-批量" + i);
      form.put("sampledAt", day.atTime(7, i).atZone(CHINA).toOffsetDateTime().toString());
      form.put("productionDate", day.minusDays(1).toString());
      ids.add(
          as("sampler")
              .body(form)
              .post("/samples")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id"));
    }
    as("planner")
        .queryParam("date", day.toString())
        .queryParam("samplingUnit", TEAM_HNFDI_1)
        .post("/samples/assignments")
        .then()
        .statusCode(200);

    for (long id : ids) {
      long lab = as("planner").get("/samples/{id}", id).jsonPath().getLong("labId");
      assertThat(updates("Sample", id)).containsExactly(new Line("lab", null, code(lab), null));
    }
  }

  @Test
  void resultsAndTheirCorrectionAreRecordedPerFieldWithTheAmendmentsReason() throws Exception {
    long id = SampleFlows.approvedCelery("芹菜-审计-结果", "0.13", null);
    long item = chlorpyrifos(id);
    List<Line> first = updates("SampleItem", item);
    assertThat(first).allSatisfy(l -> assertThat(l.reason()).isNull());
    assertThat(first)
        .filteredOn(l -> List.of("value", "verdict", "timesOver", "testedOn").contains(l.field()))
        .containsExactly(
            new Line("value", null, "0.13", null),
            new Line("verdict", null, "NON_CONFORMING", null),
            new Line("timesOver", null, "1.6", null),
            new Line("testedOn", null, today(), null));
    JsonPath sheet = as("labtech").get("/samples/{id}/results", id).jsonPath();
    String due = sheet.getString("conclusionDue");
    assertThat(due).isNotNull();

    SampleFlows.amend(id, "0.12");
    // the correction: exactly the fields that changed, once, with the amendment's reason
    List<Line> all = updates("SampleItem", item);
    assertThat(all.subList(first.size(), all.size()))
        .containsExactly(
            new Line("value", "0.13", "0.12", "复核后更正检验结果"),
            new Line("timesOver", "1.6", "1.4", "复核后更正检验结果"));

    as("labtech").post("/samples/{id}/results/conclusion-report", id).then().statusCode(200);
    List<Line> analysis = updates("Analysis", id);
    assertThat(analysis.subList(0, analysis.size() - 1))
        .containsExactly(
            new Line("conclusion", null, "NON_CONFORMING", null),
            new Line("conclusionDue", null, due, null),
            new Line("reportVersion", "0", "1", null),
            new Line("reportVersion", "1", "2", null));
    Line reported = analysis.get(analysis.size() - 1);
    assertThat(reported.field()).isEqualTo("conclusionReportedAt");
    assertThat(reported.oldValue()).isNull();
    assertThat(OffsetDateTime.parse(reported.newValue()).getOffset())
        .isEqualTo(OffsetDateTime.now(CHINA).getOffset());
    assertThat(OffsetDateTime.parse(reported.newValue()).toLocalDate())
        .isEqualTo(LocalDate.parse(today()));
  }

  @Test
  void aBackupTakenOutRecordsItsStateAndNewCustodyOnce() throws Exception {
    long sampleId = SampleFlows.receivedCelery("芹菜-审计-留样");
    long id =
        BackupSamplesIT.place(sampleId).then().statusCode(201).extract().jsonPath().getLong("id");
    as("labtech")
        .body(Map.of("labId", LAB_HNFDI, "receiver", "李明"))
        .post("/backup-samples/{id}/take-out", id)
        .then()
        .statusCode(200);

    assertThat(updates("BackupSample", id))
        .containsExactly(
            new Line("state", "HELD", "TAKEN_OUT", null),
            new Line("custodyLab", null, name(LAB_HNFDI), null),
            new Line("custodyReceiver", null, "李明", null));
  }

  @Test
  void aChangedUserRecordsNameRolesAndANewPasswordButNoHash() throws Exception {
    String username = uniqueUsername("audit");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("displayName", "审计 " + username);
    body.put("password", "Sampling2024");
    body.put("organizationId", LAB_ZZAQ);
    body.put("roles", List.of("LAB_TECH"));
    body.put("locale", "zh-CN");
    JsonPath created =
        as("admin").body(body).post("/users").then().statusCode(201).extract().jsonPath();
    long id = created.getLong("id");

    body.put("displayName", "审计改 " + username);
    body.put("roles", List.of("LAB_REVIEWER", "LAB_TECH"));
    body.put("password", "Sampling2025x");
    body.put("version", created.getLong("version"));
    as("admin").body(body).put("/users/{id}", id).then().statusCode(200);

    assertThat(updates("User", id))
        .containsExactly(
            new Line("displayName", "审计 " + username, "审计改 " + username, null),
            new Line("roles", "[LAB_TECH]", "[LAB_TECH, LAB_REVIEWER]", null),
            new Line("password", "", "(changed)", null));

    // the same data again: nothing changed, no line
    body.remove("password");
    body.put("version", as("admin").get("/users/{id}", id).jsonPath().getLong("version"));
    as("admin").body(body).put("/users/{id}", id).then().statusCode(200);
    assertThat(updates("User", id)).hasSize(3);
  }

  @Test
  void aChangedSettingRecordsItsNameOldAndNewValueWithItsReason() throws Exception {
    List<Map<String, Object>> all = as("admin").get("/settings").jsonPath().getList("$");
    Map<String, Object> setting =
        all.stream()
            .filter(s -> ((String) s.get("name")).startsWith("target."))
            .findFirst()
            .orElseThrow();
    String name = (String) setting.get("name");
    String before = (String) setting.get("value");
    String other = before.equals("55") ? "56" : "55";
    long last = lastId();

    JsonPath changed =
        as("admin")
            .body(Map.of("name", name, "value", other, "version", setting.get("version")))
            .put("/settings/{name}", name)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    as("admin")
        .body(Map.of("name", name, "value", before, "version", changed.getLong("version")))
        .put("/settings/{name}", name)
        .then()
        .statusCode(200);

    assertThat(updatesSince("Setting", 0, last))
        .containsExactly(
            new Line(name, before, other, "setting " + name),
            new Line(name, other, before, "setting " + name));
  }

  @Test
  void aResultFileAndItsReImportWriteEachItemsOwnValuesAndRecordExactlyWhatChanged()
      throws Exception {
    // two samples whose items are alternately not detected and measured, then the other way round:
    // the updates of one file change different columns, and all go out as one statement shape
    List<Long> samples =
        List.of(
            SampleFlows.receivedCelery("芹菜-审计-导入-" + ApiTestSupport.uniqueCode()),
            SampleFlows.receivedCelery("芹菜-审计-导入-" + ApiTestSupport.uniqueCode()));
    importResults(samples, 0);
    long before = lastId();
    importResults(samples, 1);
    int k = 0;
    for (long id : samples) {
      List<Map<String, Object>> items =
          as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items");
      for (Map<String, Object> item : items) {
        String was = fileValue(k, 0);
        String now = fileValue(k, 1);
        assertThat(item.get("notDetected")).isEqualTo(now == null);
        assertThat(item.get("value")).isEqualTo(now);
        assertThat(item.get("analyst")).isEqualTo("检验员1");
        long itemId = ((Number) item.get("id")).longValue();
        assertThat(updatesSince("SampleItem", itemId, before))
            .filteredOn(l -> !l.field().equals("verdict") && !l.field().equals("timesOver"))
            .containsExactly(
                new Line("value", was, now, null),
                new Line(
                    "notDetected", String.valueOf(was == null), String.valueOf(now == null), null),
                new Line("analyst", "检验员0", "检验员1", null));
        k++;
      }
    }
  }

  /** The items' results as a file (preview, then commit): see {@link #fileValue}. */
  private static void importResults(List<Long> samples, int variant) {
    StringBuilder csv = new StringBuilder("样品编号,检验项目,检验结果,单位,检验方法,检验人,检验日期\n");
    int k = 0;
    for (long id : samples) {
      JsonPath sheet = as("labtech").get("/samples/{id}/results", id).jsonPath();
      for (Map<String, Object> item : sheet.<Map<String, Object>>getList("items")) {
        String value = fileValue(k++, variant);
        csv.append(sheet.getString("sampleNumber"))
            .append(',')
            .append(item.get("analyte"))
            .append(',')
            .append(value == null ? "未检出" : value)
            .append(',')
            .append(item.get("limitUnit"))
            .append(',')
            .append(item.get("method") == null ? "" : item.get("method"))
            .append(",检验员")
            .append(variant)
            .append(',')
            .append(today())
            .append('\n');
      }
    }
    byte[] content = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (boolean commit : new boolean[] {false, true}) {
      JsonPath done =
          ResultFileFormatsIT.post(content, "audit-" + variant + ".csv", "text/csv", commit);
      assertThat(done.getBoolean("clean")).as(done.prettify()).isTrue();
      assertThat(done.getBoolean("committed")).isEqualTo(commit);
    }
  }

  /** The k-th item's value in a file: not detected (null) and measured by turns. */
  private static String fileValue(int k, int variant) {
    return (k + variant) % 2 == 0 ? null : "0.0" + (1 + k % 4);
  }

  // ---------------------------------------------------------------- helpers

  private static long chlorpyrifos(long sampleId) {
    List<Map<String, Object>> items =
        as("labtech").get("/samples/{id}/results", sampleId).jsonPath().getList("items");
    return items.stream()
        .filter(i -> "毒死蜱".equals(i.get("analyte")))
        .map(i -> ((Number) i.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static String china(String sent) {
    return OffsetDateTime.parse(sent).atZoneSameInstant(CHINA).toOffsetDateTime().toString();
  }

  private static String code(long organizationId) {
    return as("admin").get("/organizations/{id}", organizationId).jsonPath().getString("code");
  }

  private static String name(long organizationId) {
    return as("admin").get("/organizations/{id}", organizationId).jsonPath().getString("name");
  }

  private static List<Line> updates(String type, long id) throws Exception {
    return actions(type, id, "UPDATE");
  }

  private static List<Line> actions(String type, long id, String action) throws Exception {
    return query(type, id, action, 0);
  }

  private static List<Line> updatesSince(String type, long id, long afterId) throws Exception {
    return query(type, id, "UPDATE", afterId);
  }

  private static List<Line> query(String type, long id, String action, long afterId)
      throws Exception {
    List<Line> lines = new ArrayList<>();
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT field, old_value, new_value, reason FROM audit_record"
                    + " WHERE entity_type = ? AND entity_id = ? AND action = ? AND id > ?"
                    + " ORDER BY id")) {
      s.setString(1, type);
      s.setLong(2, id);
      s.setString(3, action);
      s.setLong(4, afterId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return lines;
  }

  private static long lastId() throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_record");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
