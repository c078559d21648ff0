package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.oversight.entity.CheckTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules seeded for result items and cases (V28_1, read from the migration itself), run as the
 * checks run them against hand-made rows in an in-memory database: which records each one finds.
 */
class RecordCheckRulesTest {

  private static final Pattern RULE =
      Pattern.compile(
          "'([A-Z0-9-]+)', '[^']*', '[^']*', '(?:ERROR|WARNING)',\\s*'([^']*)', TRUE, 0,"
              + " '([A-Z_]+)'\\)");

  private Connection c;
  private Map<String, String> conditions;
  private Map<String, CheckTarget> targets;

  @BeforeEach
  void schema() throws Exception {
    c = DriverManager.getConnection("jdbc:h2:mem:checks" + System.nanoTime());
    exec(
        "CREATE TABLE sample (id BIGINT PRIMARY KEY, region_id BIGINT, sampling_unit_id BIGINT,"
            + " sample_number VARCHAR(40))",
        "CREATE TABLE sample_fact (sample_id BIGINT PRIMARY KEY, counted SMALLINT, lab_id BIGINT,"
            + " sampled_on DATE, received_on DATE, approved_on DATE)",
        "CREATE TABLE sample_item (id BIGINT PRIMARY KEY, sample_id BIGINT, test_item_id BIGINT,"
            + " analyte VARCHAR(200), limit_value VARCHAR(40), limit_upper VARCHAR(40),"
            + " limit_unit VARCHAR(20), reported_value VARCHAR(40), not_detected BOOLEAN,"
            + " lod VARCHAR(40), result_unit VARCHAR(20), value_in_limit_unit VARCHAR(40),"
            + " verdict VARCHAR(20), times_over VARCHAR(20), method VARCHAR(200), tested_on DATE,"
            + " dropped BOOLEAN DEFAULT FALSE)",
        "CREATE TABLE disposal_case (id BIGINT PRIMARY KEY, sample_id BIGINT,"
            + " case_number VARCHAR(60), state VARCHAR(30), received_on DATE, deadline DATE)",
        "CREATE TABLE case_step (id BIGINT PRIMARY KEY, case_id BIGINT, step_date DATE)");
    conditions = new HashMap<>();
    targets = new HashMap<>();
    try (InputStream in =
        getClass().getResourceAsStream("/db/migration/V28_1__record_check_targets.sql")) {
      Matcher m = RULE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (m.find()) {
        conditions.put(m.group(1), m.group(2));
        targets.put(m.group(1), CheckTarget.valueOf(m.group(3)));
      }
    }
    assertThat(conditions).hasSize(6);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  /** A sample of lab {@code lab} taken on the day. */
  private void sample(long id, long lab, String sampledOn) throws SQLException {
    exec(
        "INSERT INTO sample VALUES (" + id + ", 1, 2, 'S" + id + "')",
        "INSERT INTO sample_fact VALUES ("
            + id
            + ", 1, "
            + lab
            + ", DATE '"
            + sampledOn
            + "', NULL, NULL)");
  }

  private void item(
      long id,
      long sample,
      long testItem,
      String value,
      String lod,
      String unit,
      String limitUnit,
      String timesOver)
      throws SQLException {
    exec(
        "INSERT INTO sample_item (id, sample_id, test_item_id, analyte, limit_value, limit_unit,"
            + " reported_value, not_detected, lod, result_unit, verdict, times_over) VALUES ("
            + id
            + ", "
            + sample
            + ", "
            + testItem
            + ", 'lead', '0.5', '"
            + limitUnit
            + "', "
            + text(value)
            + ", "
            + (value == null)
            + ", "
            + text(lod)
            + ", '"
            + unit
            + "', 'CONFORMING', "
            + text(timesOver)
            + ")");
  }

  private List<Long> found(String code) throws SQLException {
    CheckTarget t = targets.get(code);
    return RecordCheckQueries.failing(
            c, t, CheckCondition.parse(t, conditions.get(code)), "", List.of())
        .keySet()
        .stream()
        .sorted()
        .toList();
  }

  @Test
  void aResultAThousandTimesTheLimitIsFoundAndOneJustBelowIsNot() throws Exception {
    sample(1, 7, "2026-03-02");
    item(11, 1, 100, "600", null, "mg/kg", "mg/kg", "1200");
    item(12, 1, 101, "499.95", null, "mg/kg", "mg/kg", "999.9");
    item(13, 1, 102, "500", null, "mg/kg", "mg/kg", "1000");
    assertThat(found("ITEM-1000X-LIMIT")).containsExactly(11L, 13L);
  }

  @Test
  void aValueBelowItsLimitOfDetectionIsFoundButNotAtItOrNotDetected() throws Exception {
    sample(1, 7, "2026-03-02");
    item(11, 1, 100, "0.002", "0.005", "mg/kg", "mg/kg", null);
    item(12, 1, 101, "0.005", "0.005", "mg/kg", "mg/kg", null);
    item(13, 1, 102, null, "0.005", "mg/kg", "mg/kg", null);
    item(14, 1, 103, "0.002", null, "mg/kg", "mg/kg", null);
    assertThat(found("ITEM-VALUE-BELOW-LOD")).containsExactly(11L);
  }

  @Test
  void aResultInAnotherUnitThanItsLimitIsFound() throws Exception {
    sample(1, 7, "2026-03-02");
    item(11, 1, 100, "12", null, "μg/kg", "mg/kg", null);
    item(12, 1, 101, "0.012", null, "mg/kg", "mg/kg", null);
    assertThat(found("ITEM-UNIT-NOT-LIMIT-UNIT")).containsExactly(11L);
  }

  @Test
  void aLabWithTenResultsOfAnItemAndNoDetectionIn180DaysIsFoundOnTheTenth() throws Exception {
    // lab 7: ten results of item 100 in March, none detected: the tenth sees ten, none found
    for (int d = 1; d <= 10; d++) {
      sample(d, 7, String.format("2026-03-%02d", d));
      item(100 + d, d, 100, null, "0.01", "mg/kg", "mg/kg", null);
    }
    // lab 8: the same, but one result of 0.02 mg/kg: no finding
    for (int d = 1; d <= 10; d++) {
      sample(20 + d, 8, String.format("2026-03-%02d", d));
      item(200 + d, 20 + d, 100, d == 4 ? "0.02" : null, "0.01", "mg/kg", "mg/kg", null);
    }
    // lab 9: ten results, the first 200 days before the last: the last sees nine
    sample(41, 9, "2025-08-20");
    item(301, 41, 100, null, "0.01", "mg/kg", "mg/kg", null);
    for (int d = 2; d <= 10; d++) {
      sample(40 + d, 9, String.format("2026-03-%02d", d));
      item(300 + d, 40 + d, 100, null, "0.01", "mg/kg", "mg/kg", null);
    }
    assertThat(found("ITEM-LAB-NEVER-DETECTS")).containsExactly(110L);
  }

  @Test
  void caseStepsBeforeTheReportWasReceivedOrAfterTheDeadlineAreFound() throws Exception {
    sample(1, 7, "2026-02-01");
    sample(2, 7, "2026-02-01");
    sample(3, 7, "2026-02-01");
    exec(
        "INSERT INTO disposal_case VALUES (51, 1, 'C1', 'OPEN', DATE '2026-03-10',"
            + " DATE '2026-06-08')",
        "INSERT INTO disposal_case VALUES (52, 2, 'C2', 'OPEN', DATE '2026-03-10',"
            + " DATE '2026-06-08')",
        "INSERT INTO disposal_case VALUES (53, 3, 'C3', 'OPEN', DATE '2026-03-10',"
            + " DATE '2026-06-08')",
        // C1: a step five days before the report was received
        "INSERT INTO case_step VALUES (1, 51, DATE '2026-03-05')",
        "INSERT INTO case_step VALUES (2, 51, DATE '2026-03-12')",
        // C2: steps on the day received and on the deadline: nothing
        "INSERT INTO case_step VALUES (3, 52, DATE '2026-03-10')",
        "INSERT INTO case_step VALUES (4, 52, DATE '2026-06-08')",
        // C3: the last step twelve days after the deadline
        "INSERT INTO case_step VALUES (5, 53, DATE '2026-03-12')",
        "INSERT INTO case_step VALUES (6, 53, DATE '2026-06-20')");
    assertThat(found("CASE-STEP-BEFORE-RECEIVED")).containsExactly(51L);
    assertThat(found("CASE-STEP-AFTER-DEADLINE")).containsExactly(53L);
  }

  @Test
  void aRecordOutsideTheSelectionIsNotChecked() throws Exception {
    sample(1, 7, "2026-03-02");
    sample(2, 7, "2026-03-02");
    item(11, 1, 100, "600", null, "mg/kg", "mg/kg", "1200");
    item(21, 2, 100, "600", null, "mg/kg", "mg/kg", "1200");
    CheckTarget t = CheckTarget.RESULT_ITEM;
    assertThat(
            RecordCheckQueries.failing(
                    c,
                    t,
                    CheckCondition.parse(t, conditions.get("ITEM-1000X-LIMIT")),
                    " AND x.id = ?",
                    List.of(2L))
                .keySet())
        .containsExactly(21L);
  }

  private static String text(String v) {
    return v == null ? "NULL" : "'" + v + "'";
  }

  private void exec(String... sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
