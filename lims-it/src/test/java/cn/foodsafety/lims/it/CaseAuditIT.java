package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.ZHONGYUAN;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The case's history is written by the audit trail's change capture, not by diffs built in the use
 * cases: each step, extension request and decision, producer's regulator's note, delivery to the
 * producer, investigation step and withdrawal is one line per changed field, with its old and new
 * value, who and why, exactly once. Each test opens cases of its own, so the lists are exact.
 */
class CaseAuditIT {

  @Test
  void stepsExtensionsNotesAndTheProducerDeliveryAreEachOneLineWithOldAndNewValue() {
    long sampleId = approvedCelery("芹菜-审计-" + uniqueCode(), "0.13", ZHONGYUAN);
    JsonPath opened = caseOf(sampleId);
    long id = opened.getLong("id");
    String statutory = opened.getString("deadline");
    String later = LocalDate.parse(statutory).plusDays(20).toString();
    assertThat(history(id)).extracting(h -> h.get("action")).containsExactly("CREATE");

    step(id, "ACCEPTED", "已受理核查");
    step(id, "DELIVERED", null);
    JsonPath requested =
        as("jinshui")
            .body(Map.of("reason", "等待进货记录", "newDeadline", later))
            .post("/cases/{id}/extensions", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long extensionId = requested.getLong("extensions[0].id");
    as("jinshui2")
        .body(Map.of("note", "同意延期"))
        .post("/cases/{id}/extensions/{e}/approval", id, extensionId)
        .then()
        .statusCode(200);
    as("zhongyuan")
        .body(Map.of("note", "已通知生产基地"))
        .put("/cases/{id}/producer-note", id)
        .then()
        .statusCode(200);
    as("zhongyuan")
        .body(Map.of("note", "生产基地已停止供货"))
        .put("/cases/{id}/producer-note", id)
        .then()
        .statusCode(200);
    as("jinshui")
        .body(Map.of("deliveredTo", "中原某基地", "deliveredOn", today()))
        .post("/cases/{id}/producer-delivery", id)
        .then()
        .statusCode(200);

    List<Tuple> updates = new ArrayList<>();
    for (Map<String, Object> h : history(id)) {
      if ("UPDATE".equals(h.get("action"))) {
        updates.add(
            tuple(
                h.get("actor"),
                h.get("field"),
                h.get("oldValue"),
                h.get("newValue"),
                h.get("reason")));
      }
    }
    // the decision's two lines are written together; their order within the instant is free
    assertThat(updates.subList(0, 5))
        .containsExactly(
            tuple("jinshui", "state", "OPEN", "ACCEPTED", "已受理核查"),
            tuple("jinshui", "ACCEPTED", null, today(), "已受理核查"),
            tuple("jinshui", "state", "ACCEPTED", "DELIVERED", null),
            tuple("jinshui", "DELIVERED", null, today(), null),
            tuple("jinshui", "extensionRequested", null, later, "等待进货记录"));
    assertThat(updates.subList(5, 7))
        .containsExactlyInAnyOrder(
            tuple("jinshui2", "extension", "REQUESTED", "APPROVED", "同意延期"),
            tuple("jinshui2", "deadline", statutory, later, "同意延期"));
    assertThat(updates.subList(7, updates.size()))
        .containsExactly(
            tuple("zhongyuan", "producerNote", null, "已通知生产基地", null),
            tuple("zhongyuan", "producerNote", "已通知生产基地", "生产基地已停止供货", null),
            tuple("jinshui", "producerDeliveredOn", null, today(), "中原某基地"));
  }

  @Test
  void aRejectedExtensionAndAnAssistanceRequestAreOneLineEach() {
    long henan =
        as("admin")
            .queryParam("kind", "PROVINCE")
            .queryParam("size", 5)
            .get("/regions")
            .jsonPath()
            .getLong("items[0].id");
    long sampleId = approvedCelery("芹菜-审计外地-" + uniqueCode(), "0.13", henan);
    long id = caseOf(sampleId).getLong("id");
    String later = LocalDate.parse(caseOf(sampleId).getString("deadline")).plusDays(5).toString();
    long extensionId =
        as("jinshui")
            .body(Map.of("reason", "人手不足", "newDeadline", later))
            .post("/cases/{id}/extensions", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("extensions[0].id");
    as("jinshui2")
        .body(Map.of("note", "理由不足"))
        .post("/cases/{id}/extensions/{e}/rejection", id, extensionId)
        .then()
        .statusCode(200);
    as("jinshui")
        .body(Map.of("to", "河南省市场监督管理局", "sentOn", today()))
        .put("/cases/{id}/assistance", id)
        .then()
        .statusCode(200);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("to", "河南省市场监督管理局");
    answer.put("sentOn", today());
    answer.put("answer", "生产企业已召回");
    answer.put("answeredOn", today());
    as("jinshui").body(answer).put("/cases/{id}/assistance", id).then().statusCode(200);

    assertThat(updates(id))
        .containsExactly(
            tuple("extensionRequested", null, later, "人手不足"),
            tuple("extension", "REQUESTED", "REJECTED", "理由不足"),
            tuple("assistanceSentOn", null, today(), "河南省市场监督管理局"),
            tuple("assistanceAnsweredOn", null, today(), "河南省市场监督管理局"));
  }

  @Test
  void anInvestigationStepIsItsStateAndItsDateOnceAndAWithdrawalTheStateItLeft() throws Exception {
    long sampleId = approvedCelery("芹菜-审计核查-" + uniqueCode(), "0.13", ZHONGYUAN);
    long id = caseOf(sampleId).getLong("id");
    long taskId =
        as("jinshui").get("/cases/{id}/responsibility", id).jsonPath().getLong("investigationId");
    investigationStep(taskId, "RECEIVED", null);
    investigationStep(taskId, "INVESTIGATED", "原料验收记录不全");
    assertThat(trail("ProducerInvestigation", taskId))
        .containsExactly(
            tuple("CREATE", null, null, null),
            tuple("state", "OPEN", "RECEIVED", null),
            tuple("RECEIVED", null, today(), null),
            tuple("state", "RECEIVED", "INVESTIGATED", "原料验收记录不全"),
            tuple("INVESTIGATED", null, today(), "原料验收记录不全"));

    step(id, "ACCEPTED", null);
    SampleFlows.amend(sampleId, "0.01");
    assertThat(caseOf(sampleId).getString("state")).isEqualTo("WITHDRAWN");
    assertThat(updates(id))
        .containsExactly(
            tuple("state", "OPEN", "ACCEPTED", null),
            tuple("ACCEPTED", null, today(), null),
            tuple("state", "ACCEPTED", "WITHDRAWN", "report version 2: conforming"));
  }

  /**
   * The trail of one record as stored, oldest first: its creation, then each update's field, old
   * and new value and reason.
   */
  private static List<Tuple> trail(String type, long id) throws Exception {
    List<Tuple> rows = new ArrayList<>();
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT action, field, old_value, new_value, reason FROM audit_record"
                    + " WHERE entity_type = ? AND entity_id = ? ORDER BY occurred_at, id")) {
      s.setString(1, type);
      s.setLong(2, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              "CREATE".equals(r.getString(1))
                  ? tuple("CREATE", null, null, null)
                  : tuple(r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
      }
    }
    return rows;
  }

  /** The case's update lines, oldest first: field, old and new value, reason. */
  private static List<Tuple> updates(long id) {
    return history(id).stream()
        .filter(h -> "UPDATE".equals(h.get("action")))
        .map(h -> tuple(h.get("field"), h.get("oldValue"), h.get("newValue"), h.get("reason")))
        .toList();
  }

  private static List<Map<String, Object>> history(long id) {
    return as("jinshui")
        .get("/cases/{id}/history", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private static JsonPath caseOf(long sampleId) {
    return as("jinshui")
        .get("/cases/of-sample/{id}", sampleId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void step(long id, String kind, String note) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", kind);
    s.put("date", today());
    if (note != null) {
      s.put("note", note);
    }
    as("jinshui").body(s).post("/cases/{id}/steps", id).then().statusCode(200);
  }

  private static void investigationStep(long taskId, String step, String note) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("step", step);
    s.put("date", LocalDate.now(CHINA).toString());
    if (note != null) {
      s.put("note", note);
    }
    as("zhongyuan").body(s).post("/investigations/{id}/steps", taskId).then().statusCode(200);
  }
}
