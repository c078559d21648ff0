package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsSplitTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void aPastYearIsTwelveWholeMonths() {
    FactQueries.Split s =
        FactQueries.Split.of(Period.of(2025, null, null, null, null, null, TODAY));
    assertThat(s.fullFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(s.fullTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(s.partial()).isEmpty();
  }

  @Test
  void theCurrentYearReadsItsLastDaysFromTheSampleRows() {
    FactQueries.Split s =
        FactQueries.Split.of(Period.of(2026, null, null, null, null, null, TODAY));
    assertThat(s.fullFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(s.fullTo()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(s.partial()).hasSize(1);
    assertThat(s.partial().get(0)).containsExactly(LocalDate.of(2026, 12, 1), TODAY);
  }

  @Test
  void aRangeInsideOneMonthHasNoWholeMonth() {
    Period p =
        Period.of(
            null, null, null, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20), null, TODAY);
    FactQueries.Split s = FactQueries.Split.of(p);
    assertThat(s.hasFull()).isFalse();
    assertThat(s.partial().get(0)).containsExactly(p.from(), p.to());
  }

  @Test
  void aRangeAcrossMonthsCutsBothEnds() {
    Period p =
        Period.of(
            null, null, null, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 6, 10), null, TODAY);
    FactQueries.Split s = FactQueries.Split.of(p);
    assertThat(s.fullFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(s.fullTo()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(s.partial()).hasSize(2);
    assertThat(s.partial().get(0)).containsExactly(p.from(), LocalDate.of(2026, 3, 31));
    assertThat(s.partial().get(1)).containsExactly(LocalDate.of(2026, 6, 1), p.to());
    List<Object> params = new ArrayList<>();
    assertThat(s.partialCondition(params)).contains(" OR ");
    assertThat(params).hasSize(4);
  }

  @Test
  void aChangeMovesTheMonthlyCountsByItsDifferenceOnly() {
    Facts.SampleFact received =
        new Facts.SampleFact(
            1,
            LocalDate.of(2026, 3, 5),
            6,
            "MUNICIPAL",
            "MARKET_REGULATION",
            117,
            33,
            "SUPERVISORY",
            38L,
            false,
            null,
            1,
            null,
            0,
            LocalDate.of(2026, 3, 6),
            LocalDate.of(2026, 4, 3),
            null);
    Facts.SampleFact approved =
        new Facts.SampleFact(
            1,
            LocalDate.of(2026, 3, 5),
            6,
            "MUNICIPAL",
            "MARKET_REGULATION",
            117,
            33,
            "SUPERVISORY",
            38L,
            false,
            null,
            1,
            LocalDate.of(2026, 3, 20),
            1,
            LocalDate.of(2026, 3, 6),
            LocalDate.of(2026, 4, 3),
            10);
    Map<List<Object>, int[]> months = new HashMap<>();
    Map<List<Object>, int[]> turnaround = new HashMap<>();
    Facts.contribute(months, turnaround, received, -1);
    Facts.contribute(months, turnaround, approved, 1);
    assertThat(months).hasSize(1);
    assertThat(months.values().iterator().next()).containsExactly(0, 1, 1);
    assertThat(turnaround.values().iterator().next()).containsExactly(1);

    Facts.SampleFact rejected =
        new Facts.SampleFact(
            2,
            LocalDate.of(2026, 3, 5),
            6,
            "MUNICIPAL",
            "MARKET_REGULATION",
            117,
            33,
            "SUPERVISORY",
            38L,
            false,
            null,
            0,
            null,
            0,
            null,
            null,
            null);
    Map<List<Object>, int[]> m2 = new HashMap<>();
    Facts.contribute(m2, new HashMap<>(), received, -1);
    Facts.contribute(m2, new HashMap<>(), rejected, 1);
    assertThat(m2.values().iterator().next()).containsExactly(-1, 0, 0);
  }

  private static Facts.SampleFact sample(
      LocalDate sampled, LocalDate approved, LocalDate received, LocalDate due) {
    return new Facts.SampleFact(
        3,
        sampled,
        6,
        "MUNICIPAL",
        "MARKET_REGULATION",
        117,
        33,
        "SUPERVISORY",
        38L,
        false,
        null,
        1,
        approved,
        1,
        received,
        due,
        approved == null ? null : 12);
  }

  @Test
  void onlyAnApprovalInALaterMonthIsCountedByItsMonthOfApproval() {
    Map<List<Object>, int[]> approvals = new HashMap<>();
    Map<List<Object>, int[]> turnaround = new HashMap<>();
    LocalDate sampled = LocalDate.of(2025, 12, 20);
    Facts.contributeApprovals(
        approvals,
        turnaround,
        sample(sampled, LocalDate.of(2025, 12, 30), sampled.plusDays(1), null),
        1);
    assertThat(approvals).isEmpty();
    Facts.contributeApprovals(
        approvals,
        turnaround,
        sample(sampled, LocalDate.of(2026, 1, 9), sampled.plusDays(1), null),
        1);
    assertThat(approvals).hasSize(1);
    List<Object> key = approvals.keySet().iterator().next();
    assertThat(key.get(0)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(key.get(1)).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(approvals.get(key)).containsExactly(1, 1);
    assertThat(turnaround.values().iterator().next()).containsExactly(1);
    Facts.contributeApprovals(
        approvals,
        turnaround,
        sample(sampled, LocalDate.of(2026, 1, 9), sampled.plusDays(1), null),
        -1);
    assertThat(approvals.get(key)).containsExactly(0, 0);
  }

  @Test
  void aReportApprovedByItsDueDateIsNeverLate() {
    LocalDate sampled = LocalDate.of(2026, 3, 5);
    LocalDate due = LocalDate.of(2026, 4, 3);
    assertThat(sample(sampled, due, sampled.plusDays(1), due).reportLate()).isFalse();
    assertThat(sample(sampled, due.plusDays(1), sampled.plusDays(1), due).reportLate()).isTrue();
    assertThat(sample(sampled, null, sampled.plusDays(1), due).reportLate()).isTrue();
    assertThat(sample(sampled, null, null, null).reportLate()).isFalse();
  }

  @Test
  void compactionIsOneStatementOnBothDatabases() {
    String pg = Facts.compaction(true, "t", "k", new String[] {"a", "b"});
    assertThat(pg).startsWith("WITH d AS (DELETE FROM t RETURNING k, a, b)");
    assertThat(pg).endsWith("HAVING SUM(a) <> 0 OR SUM(b) <> 0");
    String h2 = Facts.compaction(false, "t", "k", new String[] {"a"});
    assertThat(h2).contains("FROM OLD TABLE (DELETE FROM t) GROUP BY k");
  }
}
