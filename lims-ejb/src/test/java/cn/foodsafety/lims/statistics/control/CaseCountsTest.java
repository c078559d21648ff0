package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.platform.control.CivilTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseCountsTest {

  private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 10);

  private static Facts.CaseRow row(
      LocalDate accepted, LocalDate completed, LocalDate overturned, LocalDate withdrawn) {
    return new Facts.CaseRow(
        1,
        2,
        LocalDate.of(2025, 2, 20),
        1,
        3,
        "COUNTY",
        "MARKET_REGULATION",
        4,
        5L,
        3,
        "COUNTY",
        "MARKET_REGULATION",
        4,
        "OPEN",
        RECEIVED,
        accepted,
        completed,
        RECEIVED.plusDays(90),
        RECEIVED.plusDays(90),
        overturned,
        withdrawn,
        "SUPERVISORY");
  }

  private static CaseCounts.Extension extension(long id, LocalDate decided, LocalDate deadline) {
    return new CaseCounts.Extension(
        id,
        1,
        OffsetDateTime.of(
            decided,
            LocalTime.of(23, 30),
            CivilTime.ZONE.getRules().getOffset(decided.atStartOfDay())),
        deadline);
  }

  /** The month counts summed up to each day equal the case's classification on that day. */
  private static void changesSumToTheClassificationOnEveryDay(
      Facts.CaseRow c, List<CaseCounts.Extension> extensions) {
    Map<List<Object>, int[]> changes = new HashMap<>();
    CaseCounts.contribute(changes, c, extensions, 1);
    for (LocalDate day = RECEIVED.minusDays(3);
        day.isBefore(RECEIVED.plusDays(200));
        day = day.plusDays(1)) {
      LocalDate endOfMonth = day.withDayOfMonth(day.lengthOfMonth());
      if (!day.equals(endOfMonth)) {
        continue;
      }
      int[] sum = new int[5];
      for (var e : changes.entrySet()) {
        if (!((LocalDate) e.getKey().get(0)).isAfter(day)) {
          for (int i = 0; i < 5; i++) {
            sum[i] += e.getValue()[i];
          }
        }
      }
      assertThat(sum).as("as of %s", day).containsExactly(CaseCounts.parts(c, extensions, day));
    }
  }

  @Test
  void anOpenCaseFallsDueTheDayAfterItsDeadline() {
    Facts.CaseRow c = row(RECEIVED.plusDays(2), null, null, null);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED.minusDays(1)))
        .containsExactly(0, 0, 0, 0, 0);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED)).containsExactly(1, 0, 0, 0, 0);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED.plusDays(90)))
        .containsExactly(1, 1, 0, 0, 0);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED.plusDays(91)))
        .containsExactly(1, 1, 0, 0, 1);
    changesSumToTheClassificationOnEveryDay(c, List.of());
  }

  @Test
  void anExtensionDecidedLateInTheEveningCountsFromThatCivilDay() {
    Facts.CaseRow c = row(RECEIVED.plusDays(2), RECEIVED.plusDays(110), null, null);
    List<CaseCounts.Extension> ext =
        List.of(extension(7, RECEIVED.plusDays(60), RECEIVED.plusDays(120)));
    assertThat(CaseCounts.deadline(c, ext, RECEIVED.plusDays(59))).isEqualTo(RECEIVED.plusDays(90));
    assertThat(CaseCounts.deadline(c, ext, RECEIVED.plusDays(60)))
        .isEqualTo(RECEIVED.plusDays(120));
    // completed on day 110: on time against the extended deadline
    assertThat(CaseCounts.parts(c, ext, RECEIVED.plusDays(110))).containsExactly(1, 1, 1, 1, 1);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED.plusDays(110)))
        .containsExactly(1, 1, 1, 0, 1);
    changesSumToTheClassificationOnEveryDay(c, ext);
  }

  @Test
  void anOverturnedCaseCountsNowhereFromThatDay() {
    Facts.CaseRow c = row(RECEIVED.plusDays(2), null, RECEIVED.plusDays(20), null);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED.plusDays(19)))
        .containsExactly(1, 1, 0, 0, 0);
    assertThat(CaseCounts.parts(c, List.of(), RECEIVED.plusDays(20)))
        .containsExactly(0, 0, 0, 0, 0);
    Map<List<Object>, int[]> changes = new HashMap<>();
    CaseCounts.contribute(changes, c, List.of(), 1);
    int[] total = new int[5];
    changes
        .values()
        .forEach(
            v -> {
              for (int i = 0; i < 5; i++) {
                total[i] += v[i];
              }
            });
    assertThat(total).containsExactly(0, 0, 0, 0, 0);
    changesSumToTheClassificationOnEveryDay(c, List.of());
  }

  @Test
  void aCaseTakenBackCancelsItsChanges() {
    Facts.CaseRow c = row(RECEIVED.plusDays(2), RECEIVED.plusDays(95), null, null);
    List<CaseCounts.Extension> ext = new ArrayList<>();
    ext.add(extension(8, RECEIVED.plusDays(70), RECEIVED.plusDays(100)));
    ext.add(extension(9, RECEIVED.plusDays(80), RECEIVED.plusDays(93)));
    Map<List<Object>, int[]> changes = new HashMap<>();
    CaseCounts.contribute(changes, c, ext, 1);
    assertThat(changes).isNotEmpty();
    CaseCounts.contribute(changes, c, ext, -1);
    assertThat(changes.values()).allSatisfy(v -> assertThat(v).containsOnly(0));
    // the later decision wins even with an earlier deadline: completed on day 95 is late
    assertThat(CaseCounts.parts(c, ext, RECEIVED.plusDays(95))).containsExactly(1, 1, 1, 0, 1);
    changesSumToTheClassificationOnEveryDay(c, ext);
  }

  @Test
  void aCaseOfARejectedSampleHasNoChanges() {
    Facts.CaseRow c = row(RECEIVED.plusDays(2), null, null, null);
    Facts.CaseRow rejected =
        new Facts.CaseRow(
            c.caseId(),
            c.sampleId(),
            c.sampledOn(),
            0,
            c.regionId(),
            c.level(),
            c.department(),
            c.categoryId(),
            c.labId(),
            c.caseRegionId(),
            c.caseLevel(),
            c.caseDepartment(),
            c.caseCategoryId(),
            c.state(),
            c.receivedOn(),
            c.acceptedOn(),
            c.completedOn(),
            c.statutoryDeadline(),
            c.deadline(),
            c.overturnedOn(),
            c.withdrawnOn(),
            c.kind());
    Map<List<Object>, int[]> changes = new HashMap<>();
    CaseCounts.contribute(changes, rejected, List.of(), 1);
    assertThat(changes).isEmpty();
  }
}
