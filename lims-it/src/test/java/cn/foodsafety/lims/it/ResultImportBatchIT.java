package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The import commit writes its item updates and audit lines as JDBC batches in the use case's own
 * transaction. A trigger (created as the schema's owner, for one item only, dropped afterwards)
 * makes the database step in at a chosen point: an item update that finds its row no longer at the
 * version it was read with (what a concurrent change committed in between looks like), and an audit
 * insert that fails after every item of the file was already updated. Either way the commit is
 * refused and nothing of the file is left: no item has a result, no audit line exists.
 */
class ResultImportBatchIT {

  @Test
  void anItemChangedUnderTheCommitIsAConflictAndNothingIsWritten() throws Exception {
    long sample = receivedCelery("芹菜-批量冲突");
    List<Map<String, Object>> items = items(sample);
    long last = itemId(items, items.size() - 1);
    byte[] csv = csv(sample, items);
    long auditBefore = lastAuditId();
    ResultFileFormatsIT.post(csv, "batch-conflict.csv", "text/csv", false);
    // the row is gone from the version the commit read: the update counts 0 rows, as after a
    // concurrent change
    withTrigger(
        "BEFORE UPDATE",
        "sample_item",
        "OLD.id = " + last,
        "RETURN NULL;",
        () ->
            as("labtech")
                .contentType("text/csv")
                .body(csv)
                .queryParam("fileName", "batch-conflict.csv")
                .queryParam("commit", true)
                .post("/results/imports")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("staleVersion")));
    assertNothingWritten(sample, auditBefore);
  }

  @Test
  void aFailureAfterTheItemBatchRollsTheItemsBack() throws Exception {
    long sample = receivedCelery("芹菜-批量回滚");
    List<Map<String, Object>> items = items(sample);
    long last = itemId(items, items.size() - 1);
    byte[] csv = csv(sample, items);
    long auditBefore = lastAuditId();
    ResultFileFormatsIT.post(csv, "batch-rollback.csv", "text/csv", false);
    // the audit lines are written after every item's update: the last item's line fails
    withTrigger(
        "BEFORE INSERT",
        "audit_record",
        "NEW.entity_type = 'SampleItem' AND NEW.entity_id = " + last,
        "RAISE EXCEPTION 'refused by the test';",
        () -> {
          int status =
              as("labtech")
                  .contentType("text/csv")
                  .body(csv)
                  .queryParam("fileName", "batch-rollback.csv")
                  .queryParam("commit", true)
                  .post("/results/imports")
                  .then()
                  .extract()
                  .statusCode();
          assertThat(status).isGreaterThanOrEqualTo(400);
        });
    assertNothingWritten(sample, auditBefore);
    // and the same file commits once the database lets it: the refusal was the trigger's
    assertThat(
            ResultFileFormatsIT.post(csv, "batch-rollback.csv", "text/csv", true)
                .getBoolean("committed"))
        .isTrue();
    assertThat(items(sample)).allSatisfy(i -> assertThat(i.get("value")).isEqualTo("0.01"));
    assertThat(auditLines(sample, auditBefore)).isGreaterThan(0);
  }

  private static void assertNothingWritten(long sample, long auditBefore) throws Exception {
    assertThat(items(sample))
        .allSatisfy(
            i -> {
              assertThat(i.get("value")).isNull();
              assertThat(i.get("verdict")).isNull();
            });
    assertThat(auditLines(sample, auditBefore)).isZero();
  }

  /** One row per item of the sample, each measured at 0.01 mg/kg. */
  private static byte[] csv(long sample, List<Map<String, Object>> items) {
    String number = as("labtech").get("/samples/{id}", sample).jsonPath().getString("sampleNumber");
    StringBuilder csv = new StringBuilder("样品编号,检验项目,检验结果,单位\n");
    for (Map<String, Object> i : items) {
      csv.append(number).append(',').append(i.get("analyte")).append(",0.01,mg/kg\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<Map<String, Object>> items(long sample) {
    List<Map<String, Object>> all =
        as("labtech").get("/samples/{id}/results", sample).jsonPath().getList("items");
    return all.stream().filter(i -> "mg/kg".equals(i.get("limitUnit"))).toList();
  }

  private static long itemId(List<Map<String, Object>> items, int index) {
    assertThat(items).hasSizeGreaterThan(1);
    return ((Number) items.get(index).get("id")).longValue();
  }

  private interface Step {
    void run() throws Exception;
  }

  /** Runs the step with a row trigger on the table that acts only when the condition holds. */
  private static void withTrigger(
      String timing, String table, String condition, String body, Step step) throws Exception {
    String name = "it_batch_" + System.nanoTime();
    try (Connection c = ItDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE FUNCTION "
              + name
              + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
              + body
              + " END $$");
      s.execute(
          "CREATE TRIGGER "
              + name
              + " "
              + timing
              + " ON "
              + table
              + " FOR EACH ROW WHEN ("
              + condition
              + ") EXECUTE FUNCTION "
              + name
              + "()");
    }
    try {
      step.run();
    } finally {
      try (Connection c = ItDatabase.connectAsOwner();
          Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER " + name + " ON " + table);
        s.execute("DROP FUNCTION " + name + "()");
      }
    }
  }

  /** The audit lines of the sample's items written since. */
  private static int auditLines(long sample, long afterId) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM audit_record WHERE entity_type = 'SampleItem' AND id > ?"
                    + " AND entity_id IN (SELECT id FROM sample_item WHERE sample_id = ?)")) {
      s.setLong(1, afterId);
      s.setLong(2, sample);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static long lastAuditId() throws Exception {
    try (Connection c = ItDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_record")) {
      r.next();
      return r.getLong(1);
    }
  }
}
