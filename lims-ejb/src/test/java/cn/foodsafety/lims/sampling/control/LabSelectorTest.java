package cn.foodsafety.lims.sampling.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.sampling.control.LabSelector.Exclusion;
import cn.foodsafety.lims.sampling.control.LabSelector.Lab;
import cn.foodsafety.lims.sampling.control.LabSelector.Need;
import cn.foodsafety.lims.sampling.control.LabSelector.Proposal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabSelectorTest {

  // categories: 33 edible agricultural products > 113 vegetables > 117 celery; 5 dairy
  private static final List<Long> CELERY = List.of(117L, 113L, 33L);
  private static final Set<Long> CELERY_ITEMS = Set.of(1L, 2L, 3L);
  private static final long HNFDI = 23;
  private static final long ZZAQ = 25;
  private static final long HNPQ = 26;

  private static final Lab LAB_HNFDI =
      new Lab(36, "LAB-HNFDI", "省食检院", null, HNFDI, Set.of(33L, 5L), Set.of(1L, 2L, 3L, 4L), 150);
  private static final Lab LAB_ZZAQ =
      new Lab(38, "LAB-ZZAQ", "农检中心", null, ZZAQ, Set.of(33L), Set.of(1L, 2L, 3L), 160);
  private static final Lab LAB_HNPQ =
      new Lab(39, "LAB-HNPQ", "省质检院", null, HNPQ, Set.of(113L), Set.of(1L, 2L, 3L), 80);
  private static final Lab LAB_DAIRY =
      new Lab(37, "LAB-DAIRY", "乳品实验室", null, 24, Set.of(5L), Set.of(1L, 2L, 3L), 90);

  private static final Need CELERY_BY_HNFDI_TEAM = new Need(CELERY, CELERY_ITEMS, HNFDI);

  @Test
  void aLabWhoseScopeHasAnAncestorCategoryIsAccredited() {
    assertThat(LabSelector.check(LAB_HNPQ, CELERY_BY_HNFDI_TEAM)).isEmpty();
    assertThat(LabSelector.check(LAB_ZZAQ, CELERY_BY_HNFDI_TEAM)).isEmpty();
  }

  @Test
  void aLabWithoutTheCategoryIsNotAccredited() {
    assertThat(LabSelector.check(LAB_DAIRY, CELERY_BY_HNFDI_TEAM))
        .contains(Exclusion.CATEGORY_NOT_ACCREDITED);
  }

  @Test
  void aLabMissingOneTestItemOfTheCategoryIsNotAccredited() {
    Lab partial = new Lab(40, "LAB-X", "x", null, 99, Set.of(33L), Set.of(1L, 2L), 100);
    assertThat(LabSelector.check(partial, CELERY_BY_HNFDI_TEAM))
        .contains(Exclusion.TEST_ITEMS_NOT_ACCREDITED);
  }

  @Test
  void aLabOfTheSamplingTeamsOwnOrganizationIsExcluded() {
    assertThat(LabSelector.check(LAB_HNFDI, CELERY_BY_HNFDI_TEAM))
        .contains(Exclusion.SAME_ORGANIZATION);
    Proposal p = LabSelector.propose(List.of(LAB_HNFDI, LAB_ZZAQ), CELERY_BY_HNFDI_TEAM, Map.of());
    assertThat(p.lab()).map(Lab::code).contains("LAB-ZZAQ");
    assertThat(p.excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.lab().code()).isEqualTo("LAB-HNFDI");
              assertThat(e.reason()).isEqualTo(Exclusion.SAME_ORGANIZATION);
            });
  }

  @Test
  void theLabWithTheLowestLoadRelativeToCapacityIsProposed() {
    // ZZAQ: 80 / 160 = 0.5; HNPQ: 30 / 80 = 0.375 -> HNPQ, though it has fewer samples in absolute
    // terms only by capacity
    Proposal p =
        LabSelector.propose(
            List.of(LAB_ZZAQ, LAB_HNPQ), CELERY_BY_HNFDI_TEAM, Map.of(38L, 80L, 39L, 30L));
    assertThat(p.lab()).map(Lab::code).contains("LAB-HNPQ");

    // ZZAQ: 50 / 160 = 0.3125 < HNPQ 30 / 80 -> ZZAQ, although it has more samples
    Proposal q =
        LabSelector.propose(
            List.of(LAB_ZZAQ, LAB_HNPQ), CELERY_BY_HNFDI_TEAM, Map.of(38L, 50L, 39L, 30L));
    assertThat(q.lab()).map(Lab::code).contains("LAB-ZZAQ");
  }

  @Test
  void equalLoadsGoToTheLowerLabCodeWhateverTheOrderOfTheList() {
    // 80 / 160 = 40 / 80
    Map<Long, Long> loads = Map.of(38L, 80L, 39L, 40L);
    assertThat(LabSelector.propose(List.of(LAB_ZZAQ, LAB_HNPQ), CELERY_BY_HNFDI_TEAM, loads).lab())
        .map(Lab::code)
        .contains("LAB-HNPQ");
    assertThat(LabSelector.propose(List.of(LAB_HNPQ, LAB_ZZAQ), CELERY_BY_HNFDI_TEAM, loads).lab())
        .map(Lab::code)
        .contains("LAB-HNPQ");
    assertThat(
            LabSelector.propose(List.of(LAB_HNPQ, LAB_ZZAQ), CELERY_BY_HNFDI_TEAM, Map.of()).lab())
        .map(Lab::code)
        .contains("LAB-HNPQ");
  }

  @Test
  void whenNoLabIsEligibleEveryLabIsListedWithItsReason() {
    Need dairyByHnfdi = new Need(List.of(5L), Set.of(), HNFDI);
    Lab dairyOfHnfdi = new Lab(36, "LAB-HNFDI", "省食检院", null, HNFDI, Set.of(5L), Set.of(), 150);
    Proposal p =
        LabSelector.propose(List.of(LAB_ZZAQ, dairyOfHnfdi, LAB_HNPQ), dairyByHnfdi, Map.of());

    assertThat(p.lab()).isEmpty();
    assertThat(p.excluded())
        .extracting(e -> e.lab().code() + ":" + e.reason())
        .containsExactly(
            "LAB-HNFDI:SAME_ORGANIZATION",
            "LAB-HNPQ:CATEGORY_NOT_ACCREDITED",
            "LAB-ZZAQ:CATEGORY_NOT_ACCREDITED");
  }

  @Test
  void aLabWithoutCapacityIsNotProposed() {
    Lab noCapacity = new Lab(41, "LAB-A", "a", null, 77, Set.of(33L), CELERY_ITEMS, 0);
    Proposal p = LabSelector.propose(List.of(noCapacity, LAB_ZZAQ), CELERY_BY_HNFDI_TEAM, Map.of());
    assertThat(p.lab()).map(Lab::code).contains("LAB-ZZAQ");
    assertThat(p.excluded())
        .extracting(LabSelector.Excluded::reason)
        .containsExactly(Exclusion.NO_CAPACITY);
  }

  @Test
  void anyAccreditedIgnoresWhoCollectedTheSample() {
    assertThat(LabSelector.anyAccredited(List.of(LAB_HNFDI), CELERY_BY_HNFDI_TEAM)).isTrue();
    assertThat(LabSelector.anyAccredited(List.of(LAB_DAIRY), CELERY_BY_HNFDI_TEAM)).isFalse();
  }
}
