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
