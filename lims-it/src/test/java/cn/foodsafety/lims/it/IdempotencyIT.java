package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Safe retries with {@code Idempotency-Key}: the same create sent twice makes one record and
 * answers the first answer twice; the key with another body is a 422 and writes nothing.
 */
class IdempotencyIT {

  @Test
  void aSampleFormSentTwiceWithOneKeyMakesOneSample() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> form = celery("芹菜-重试");
    long before = count("SELECT count(*) FROM sample");

    Response first = as("sampler").header("Idempotency-Key", key).body(form).post("/samples");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    Response again = as("sampler").header("Idempotency-Key", key).body(form).post("/samples");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
    assertThat(again.jsonPath().getString("sampleNumber"))
        .isEqualTo(first.jsonPath().getString("sampleNumber"));
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 1);

    // the key with another form: refused, nothing written
    Map<String, Object> other = celery("芹菜-另一张");
    Response reused = as("sampler").header("Idempotency-Key", key).body(other).post("/samples");
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.jsonPath().getString("detail")).contains("Idempotency-Key");
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 1);

    // without a key each post is a new sample, as before
    as("sampler").body(other).post("/samples").then().statusCode(201);
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 2);
  }

  @Test
  void keysAreTheCallersOwn() throws Exception {
    String key = UUID.randomUUID().toString();
    long before = count("SELECT count(*) FROM sample");
    as("sampler")
        .header("Idempotency-Key", key)
        .body(celery("芹菜-甲"))
        .post("/samples")
        .then()
        .statusCode(201);
    as("sampler2")
        .header("Idempotency-Key", key)
        .body(celery("芹菜-乙"))
        .post("/samples")
        .then()
        .statusCode(201);
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 2);
  }

  @Test
  void anImportCommittedTwiceWithOneKeyIsWrittenOnce() throws Exception {
    long id = receivedCelery("芹菜-导入重试");
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    String csv = "样品编号,检验项目,检验结果,单位\n" + number + ",毒死蜱,0.02,mg/kg\n";
    String key = UUID.randomUUID().toString();
    String audit = "SELECT count(*) FROM audit_record WHERE entity_type = 'SampleItem'";
    long before = count(audit);
    Response first = importWith(key, csv);
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    assertThat(first.jsonPath().getBoolean("committed")).isTrue();
    long after = count(audit);
    assertThat(after).isGreaterThan(before);
    Response again = importWith(key, csv);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.jsonPath().getBoolean("committed")).isTrue();
    assertThat(count(audit)).isEqualTo(after);
    Response other = importWith(key, csv.replace("0.02", "0.03"));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(count(audit)).isEqualTo(after);
  }

  @Test
  void aFailedRequestKeepsNothingAndItsRetryRunsAgain() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> form = celery("芹菜-先错后对");
    form.remove("foodName");
    as("sampler").header("Idempotency-Key", key).body(form).post("/samples").then().statusCode(400);
    form.put("foodName", "芹菜-先错后对");
    long before = count("SELECT count(*) FROM sample");
    // the same key after a refusal: the corrected form is another body, and nothing was kept
    as("sampler").header("Idempotency-Key", key).body(form).post("/samples").then().statusCode(201);
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 1);
  }

  /**
   * The 503 of a commit that fails: the database refuses the commit of this one request (a deferred
   * constraint trigger on the key's row, created here for this key only, fires at COMMIT, after the
   * sample and its answer were written in the transaction); the caller is told it may have been
   * saved and to retry with the same key; the retry makes the sample exactly once and a further
   * retry gets that first answer again.
   */
  @Test
  void aCommitTheDatabaseRefusesIsA503AndTheRetryWithTheSameKeyMakesTheSampleOnce()
      throws Exception {
    String key = UUID.randomUUID().toString();
    String trigger = "refuse_commit_" + key.replace("-", "").substring(0, 12);
    Map<String, Object> form = celery("芹菜-提交失败");
    long before = count("SELECT count(*) FROM sample");
    // as the schema's owner: the application's role may not create triggers
    try (Connection c = ItDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE FUNCTION "
              + trigger
              + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION"
              + " 'commit refused by the test'; END $$");
      s.execute(
          "CREATE CONSTRAINT TRIGGER "
              + trigger
              + " AFTER INSERT ON idempotent_request DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
              + " WHEN (NEW.idem_key = '"
              + key
              + "') EXECUTE FUNCTION "
              + trigger
              + "()");
    }
    Response failed;
    try {
      failed =
          as("sampler")
              .header("Idempotency-Key", key)
              .header("Accept-Language", "en")
              .body(form)
              .post("/samples");
    } finally {
      try (Connection c = ItDatabase.connectAsOwner();
          Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER IF EXISTS " + trigger + " ON idempotent_request");
        s.execute("DROP FUNCTION IF EXISTS " + trigger + "()");
      }
    }
    assertThat(failed.statusCode()).as(failed.asString()).isEqualTo(503);
    assertThat(failed.contentType()).startsWith(ApiTestSupport.PROBLEM_JSON);
    assertThat(failed.header("Retry-After")).isEqualTo("5");
    assertThat(failed.jsonPath().getString("detail"))
        .contains("may have been saved", "retry with the same Idempotency-Key");
    assertThat(failed.asString()).doesNotContain("commit refused by the test");
    // the database refused the commit: nothing of it is there
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before);
    assertThat(count("SELECT count(*) FROM idempotent_request WHERE idem_key = '" + key + "'"))
        .isZero();

    Response retry = as("sampler").header("Idempotency-Key", key).body(form).post("/samples");
    assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isNull();
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 1);

    Response again = as("sampler").header("Idempotency-Key", key).body(form).post("/samples");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.jsonPath().getLong("id")).isEqualTo(retry.jsonPath().getLong("id"));
    assertThat(again.jsonPath().getString("sampleNumber"))
        .isEqualTo(retry.jsonPath().getString("sampleNumber"));
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 1);
  }

  private static Response importWith(String key, String csv) {
    return as("labtech")
        .header("Idempotency-Key", key)
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .queryParam("fileName", "results.csv")
        .queryParam("commit", true)
        .post("/results/imports");
  }

  private static long count(String sql) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
