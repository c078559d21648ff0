package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.platform.control.CivilTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database counts a period's cases with the same classification as {@link CaseCounts#parts}:
 * random cases with extensions (some decided on the same day, late in the evening, for an earlier
 * deadline), overturned, withdrawn and uncounted ones, counted by {@link CaseCounts#perCase} in an
 * in-memory H2 database on every day of a year and compared with the sum of {@link
 * CaseCounts#parts} per case level and unit.
 */
class CaseCountsSqlTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private Connection c;

  private final List<Facts.CaseRow> cases = new ArrayList<>();

  private final Map<Long, List<CaseCounts.Extension>> extensions = new HashMap<>();

  @BeforeEach
  void rows() throws SQLException {
    c = DriverManager.getConnection("jdbc:h2:mem:cases" + System.nanoTime());
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE case_fact (case_id BIGINT PRIMARY KEY, counted SMALLINT NOT NULL,"
              + " case_region_id BIGINT NOT NULL, case_level VARCHAR(20) NOT NULL,"
              + " received_on DATE NOT NULL, accepted_on DATE, completed_on DATE,"
              + " statutory_deadline DATE NOT NULL, overturned_on DATE, withdrawn_on DATE)");
      s.execute(
          "CREATE TABLE case_deadline_fact (extension_id BIGINT PRIMARY KEY, case_id BIGINT NOT"
              + " NULL, decided_at TIMESTAMP WITH TIME ZONE NOT NULL, new_deadline DATE NOT NULL)");
    }
    Random random = new Random(20251205);
    long extensionId = 1;
    for (long id = 1; id <= 400; id++) {
      LocalDate received = START.plusDays(random.nextInt(300));
      LocalDate accepted = random.nextInt(5) == 0 ? null : received.plusDays(random.nextInt(20));
      LocalDate completed =
          accepted == null || random.nextInt(3) == 0
              ? null
              : accepted.plusDays(random.nextInt(120));
      LocalDate statutory = received.plusDays(20 + random.nextInt(70));
      LocalDate overturned = random.nextInt(12) == 0 ? received.plusDays(random.nextInt(60)) : null;
      LocalDate withdrawn = random.nextInt(12) == 0 ? received.plusDays(random.nextInt(60)) : null;
      Facts.CaseRow row =
          new Facts.CaseRow(
              id,
              id,
              received.minusDays(10),
              random.nextInt(15) == 0 ? 0 : 1,
              1,
              "COUNTY",
              "MARKET_REGULATION",
              1,
              null,
              1 + random.nextInt(3),
              random.nextBoolean() ? "COUNTY" : "CITY",
              "MARKET_REGULATION",
              1,
              "OPEN",
              received,
              accepted,
              completed,
              statutory,
              statutory,
              overturned,
              withdrawn,
              "SUPERVISORY");
      cases.add(row);
      insertCase(row);
      int n = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
      for (int i = 0; i < n; i++) {
        LocalDate decided = received.plusDays(random.nextInt(90));
        // late in the Beijing evening (another UTC day) or just after midnight
        LocalTime at = random.nextBoolean() ? LocalTime.of(23, 30) : LocalTime.of(0, 15);
        OffsetDateTime when =
            OffsetDateTime.of(
                decided, at, CivilTime.ZONE.getRules().getOffset(decided.atStartOfDay()));
        CaseCounts.Extension e =
            new CaseCounts.Extension(
                extensionId++, id, when, statutory.plusDays(random.nextInt(60) - 20));
        extensions.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
        insertExtension(e);
      }
    }
    extensions
        .values()
        .forEach(
            l ->
                l.sort(
                    java.util.Comparator.comparing(
                            (CaseCounts.Extension e) -> e.decidedAt().toInstant())
                        .thenComparing(CaseCounts.Extension::id)));
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void theDatabaseCountsLikeTheClassificationOnEveryDay() throws SQLException {
    for (LocalDate day = START; day.isBefore(START.plusDays(420)); day = day.plusDays(1)) {
      assertThat(database(day, null)).as("as of %s", day).isEqualTo(java(day, null));
    }
  }

  @Test
  void theChangeBetweenTwoDaysIsTheDifferenceOfTheirParts() throws SQLException {
    for (LocalDate day = START.plusDays(31);
        day.isBefore(START.plusDays(400));
        day = day.plusDays(7)) {
      LocalDate before = day.withDayOfMonth(1).minusDays(1);
      assertThat(database(day, before)).as("as of %s", day).isEqualTo(java(day, before));
    }
  }

  private Map<List<Object>, List<Long>> database(LocalDate asOf, LocalDate minus)
      throws SQLException {
    Map<List<Object>, long[]> out = new LinkedHashMap<>();
    CaseCounts.perCase(c, out, " WHERE s.counted = 1", new ArrayList<>(), asOf, minus);
    return nonZero(out);
  }

  private Map<List<Object>, List<Long>> java(LocalDate asOf, LocalDate minus) {
    Map<List<Object>, long[]> out = new LinkedHashMap<>();
    for (Facts.CaseRow x : cases) {
      if (x.counted() != 1) {
        continue;
      }
      List<CaseCounts.Extension> e = extensions.getOrDefault(x.caseId(), List.of());
      int[] now = CaseCounts.parts(x, e, asOf);
      int[] then = minus == null ? new int[5] : CaseCounts.parts(x, e, minus);
      long[] v = out.computeIfAbsent(List.of(x.caseLevel(), x.caseRegionId()), k -> new long[5]);
      for (int i = 0; i < 5; i++) {
        v[i] += now[i] - then[i];
      }
    }
    return nonZero(out);
  }

  private static Map<List<Object>, List<Long>> nonZero(Map<List<Object>, long[]> m) {
    Map<List<Object>, List<Long>> out = new HashMap<>();
    m.forEach(
        (k, v) -> {
          if (java.util.Arrays.stream(v).anyMatch(x -> x != 0)) {
            out.put(k, java.util.Arrays.stream(v).boxed().toList());
          }
        });
    return out;
  }

  private void insertCase(Facts.CaseRow x) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO case_fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, x.caseId());
      s.setInt(2, x.counted());
      s.setLong(3, x.caseRegionId());
      s.setString(4, x.caseLevel());
      s.setDate(5, date(x.receivedOn()));
      s.setDate(6, date(x.acceptedOn()));
      s.setDate(7, date(x.completedOn()));
      s.setDate(8, date(x.statutoryDeadline()));
      s.setDate(9, date(x.overturnedOn()));
      s.setDate(10, date(x.withdrawnOn()));
      s.executeUpdate();
    }
  }

  private void insertExtension(CaseCounts.Extension e) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO case_deadline_fact VALUES (?, ?, ?, ?)")) {
      s.setLong(1, e.id());
      s.setLong(2, e.caseId());
      s.setObject(3, e.decidedAt());
      s.setDate(4, date(e.newDeadline()));
      s.executeUpdate();
    }
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
