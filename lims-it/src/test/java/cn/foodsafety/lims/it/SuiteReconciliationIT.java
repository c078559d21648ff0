package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other integration test (its own failsafe execution, {@code after-suite}, on the
 * same server and database): whatever the suite wrote through every path, the statistics facts
 * still equal the raw rows. The reconciliation covers the ten years up to today (its longest
 * period), so samples dated in earlier years by the tests are included.
 *
 * <p>One write of the suite goes around the domain: a few tests move a case's deadline by SQL
 * ({@link ItDatabase#setCaseDeadline}: no use case dates a deadline back, and an overdue case needs
 * one). The facts rightly keep the deadline the domain set, so exactly those cases differ, and only
 * in their deadline; they are excused by id and date, every other difference fails the test.
 */
class SuiteReconciliationIT {

  @Test
  void theFactsEqualTheRawRowsAfterTheWholeSuite() throws IOException {
    LocalDate today = LocalDate.now(CHINA);
    JsonPath reconciled =
        as("admin")
            .queryParam("from", today.minusYears(10).withDayOfYear(1).toString())
            .queryParam("to", today.toString())
            .post("/stats/facts/reconciliation")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    if (wholeSuite()) {
      // the whole suite wrote samples: a reconciliation of nothing would prove nothing
      assertThat(reconciled.getLong("samples")).isPositive();
    }
    Set<String> moved = movedDeadlines();
    List<Map<String, Object>> differences = reconciled.getList("differences");
    List<Map<String, Object>> unexcused =
        differences.stream().filter(d -> !movedByATest(d, moved)).toList();
    assertThat(unexcused).as("differences not caused by a deadline moved by SQL").isEmpty();
    assertThat(reconciled.getLong("differenceCount")).isEqualTo(differences.size());
  }

  /**
   * True unless a targeted run ({@code -Dit.test=...}) chose the tests: those may write no sample,
   * and their reconciliation must still find no difference.
   */
  private static boolean wholeSuite() {
    String targeted = System.getProperty("lims.targeted", "");
    return targeted.isBlank() || targeted.startsWith("${");
  }

  /** A case whose raw row differs from its fact only in the deadline a test wrote by SQL. */
  private static boolean movedByATest(Map<String, Object> d, Set<String> moved) {
    if (!"case".equals(d.get("fact"))) {
      return false;
    }
    String expected = String.valueOf(d.get("expected"));
    String actual = String.valueOf(d.get("actual"));
    String raw = field(expected, "deadline");
    return moved.contains(d.get("key") + " " + raw)
        && withoutDeadline(expected).equals(withoutDeadline(actual));
  }

  private static String field(String row, String name) {
    int at = row.indexOf(", " + name + "=");
    int start = at + name.length() + 3;
    int end = row.indexOf(',', start);
    return at < 0 ? "" : row.substring(start, end < 0 ? row.length() : end);
  }

  private static String withoutDeadline(String row) {
    return row.replaceFirst(", deadline=[^,\\]]*", "");
  }

  private static Set<String> movedDeadlines() throws IOException {
    if (!Files.exists(ItDatabase.MOVED_DEADLINES)) {
      return Set.of();
    }
    return Files.readAllLines(ItDatabase.MOVED_DEADLINES).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toSet());
  }
}
