package cn.foodsafety.lims.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.disclosure.control.PublicationRules.Candidate;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.control.FieldErrors;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.results.entity.AnalysisState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PublicationRulesTest {

  private static final Candidate APPROVED =
      new Candidate(true, "410105-2026-M-000001", AnalysisState.APPROVED, false);

  private static List<String> english(List<Long> ids, Map<Long, Candidate> found) {
    return FieldErrors.of(PublicationRules.check(ids, found)).stream()
        .map(e -> e.field() + ": " + FieldErrors.english(e))
        .toList();
  }

  @Test
  void aRiskMonitoringResultIsNeverPublishedAsAViolation() {
    Candidate riskMonitoring =
        new Candidate(
            true,
            "410105-2026-M-000007",
            AnalysisState.APPROVED,
            false,
            cn.foodsafety.lims.planning.entity.SamplingKind.RISK_MONITORING,
            false);
    assertThat(english(List.of(7L), Map.of(7L, riskMonitoring)))
        .containsExactly(
            "sampleIds: 410105-2026-M-000007 is a Risk monitoring sample: its result is not"
                + " published as a violation");
  }

  @Test
  void approvedUnpublishedSamplesOfTheRegionArePublished() {
    assertThat(english(List.of(1L, 1L), Map.of(1L, APPROVED))).isEmpty();
  }

  @Test
  void everyBrokenSampleIsListedUnderSampleIds() {
    Map<Long, Candidate> found =
        Map.of(
            1L, APPROVED,
            2L, new Candidate(true, "410105-2026-M-000002", AnalysisState.REVIEWED, false),
            3L, new Candidate(true, "410105-2026-M-000003", null, false),
            4L, new Candidate(true, "410105-2026-M-000004", AnalysisState.APPROVED, true),
            5L, new Candidate(false, "410102-2026-M-000005", AnalysisState.APPROVED, false));
    assertThat(english(List.of(1L, 2L, 3L, 4L, 5L, 6L), found))
        .containsExactly(
            "sampleIds: The test report of sample 410105-2026-M-000002 is not approved; it cannot"
                + " be published",
            "sampleIds: The test report of sample 410105-2026-M-000003 is not approved; it cannot"
                + " be published",
            "sampleIds: The result of sample 410105-2026-M-000004 is already published",
            "sampleIds: Sample 5 does not exist or is outside your region",
            "sampleIds: Sample 6 does not exist or is outside your region");
  }

  @Test
  void aSampleOutsideTheRegionIsNamedByItsIdOnlyLikeAnUnknownOne() {
    Candidate elsewhere =
        new Candidate(false, "410102-2026-M-000009", AnalysisState.APPROVED, false);
    assertThat(english(List.of(9L), Map.of(9L, elsewhere)))
        .containsExactly("sampleIds: Sample 9 does not exist or is outside your region");
  }

  @Test
  void anEmptyOrMissingListOrANullIdIsAFieldError() {
    assertThat(english(List.of(), Map.of()))
        .containsExactly("sampleIds: Choose the samples to publish");
    assertThat(english(null, Map.of())).containsExactly("sampleIds: Choose the samples to publish");
    assertThat(english(Arrays.asList(1L, null), Map.of(1L, APPROVED)))
        .containsExactly("sampleIds: is required");
  }

  @Test
  void tooManySamplesAtOnceAreRefused() {
    List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 201).boxed().toList());
    assertThat(english(ids, Map.of()))
        .containsExactly("sampleIds: At most 200 samples can be published at once");
  }

  @Test
  void everyMessageIsTranslated() {
    for (String key :
        List.of(
            "lims.publication.sampleIds.required",
            "lims.publication.tooMany",
            "lims.publication.unknown",
            "lims.publication.notApproved",
            "lims.publication.alreadyPublished",
            "lims.publication.notPublished",
            "lims.publication.range",
            "entity.Publication",
            "enum.Verdict.CONFORMING",
            "enum.Verdict.NON_CONFORMING")) {
      assertThat(FieldErrors.translated(key)).as(key).isTrue();
    }
  }

  @Test
  void onlyTheFailingTestedItemsOfANonConformingResultAreDisclosed() {
    assertThat(PublicationRules.discloses(Verdict.NON_CONFORMING, Verdict.NON_CONFORMING, false))
        .isTrue();
    assertThat(PublicationRules.discloses(Verdict.NON_CONFORMING, Verdict.CONFORMING, false))
        .isFalse();
    assertThat(PublicationRules.discloses(Verdict.NON_CONFORMING, null, false)).isFalse();
    assertThat(PublicationRules.discloses(Verdict.NON_CONFORMING, Verdict.NON_CONFORMING, true))
        .isFalse();
    // overturned by re-inspection: the result conforms and shows no failing item
    assertThat(PublicationRules.discloses(Verdict.CONFORMING, Verdict.NON_CONFORMING, false))
        .isFalse();
  }

  @Test
  void theStandardIsCitedWithItsEdition() {
    assertThat(PublicationRules.standard("GB 2763", "2021")).isEqualTo("GB 2763-2021");
    assertThat(PublicationRules.standard("GB 2763-2021", "2021")).isEqualTo("GB 2763-2021");
    assertThat(PublicationRules.standard("GB 2762", null)).isEqualTo("GB 2762");
    assertThat(PublicationRules.standard("GB 2762", " ")).isEqualTo("GB 2762");
  }

  @Test
  void publicIdsAreSixteenUnambiguousCharactersAndDoNotRepeat() {
    Random random = new Random(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = PublicationRules.publicId(random);
      assertThat(id).matches("[0-9a-hjkmnp-tv-z]{16}");
      seen.add(id);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void aDateRangeMayBeOpenAtEitherEnd() {
    assertThat(PublicationRules.range(null, " "))
        .isEqualTo(new PublicationRules.DateRange(null, null));
    assertThat(PublicationRules.range("2026-03-01", "2026-03-01"))
        .isEqualTo(
            new PublicationRules.DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
  }

  @Test
  void aRangeThatEndsBeforeItStartsAndBadDatesAreFieldErrors() {
    assertThatThrownBy(() -> PublicationRules.range("2026-03-02", "2026-03-01"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldErrors::english)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "to",
                            "The end date (2026-03-01) cannot be before the start date"
                                + " (2026-03-02)")));
    assertThatThrownBy(() -> PublicationRules.range("2026-13-01", "yesterday"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("from", "to"));
  }

  @Test
  void filtersAcceptOnlyTheirValues() {
    assertThat(PublicationRules.flag("published", "true")).isTrue();
    assertThat(PublicationRules.flag("published", null)).isNull();
    assertThat(PublicationRules.verdict("verdict", "NON_CONFORMING"))
        .isEqualTo(Verdict.NON_CONFORMING);
    assertThatThrownBy(() -> PublicationRules.flag("published", "yes"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PublicationRules.verdict("verdict", "BAD"))
        .isInstanceOf(InvalidInputException.class);
  }
}
