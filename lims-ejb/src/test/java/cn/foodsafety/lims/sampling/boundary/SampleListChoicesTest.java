package cn.foodsafety.lims.sampling.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.sampling.control.SampleCounts;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the samples list chooses to find a page (Samples.walksNumberIndex) and the share a
 * jurisdiction holds (SampleCounts.Counted.share): the rows never depend on either, the cost does.
 */
class SampleListChoicesTest {

  private static ListQuery page(int page, int size) {
    return new ListQuery(page, size, null, false, null, Map.of());
  }

  @Test
  void aViewerOfEverySampleWalksTheNumberIndexOnEveryFullPage() {
    assertThat(Samples.walksNumberIndex(3_739, page(0, 50), 3_739)).isTrue();
    assertThat(Samples.walksNumberIndex(3_739, page(73, 50), 3_739)).isTrue();
    // the last page asks for more rows than there are: sorted, as before
    assertThat(Samples.walksNumberIndex(3_739, page(74, 50), 3_739)).isFalse();
  }

  @Test
  void aViewerOfMostSamplesWalksOnlyWhileTheWalkReadsNoMoreThanTheTotal() {
    // 94%: (offset + 50) x 3,739 / 3,515 <= 3,515 up to an offset of about 3,254
    assertThat(Samples.walksNumberIndex(3_515, page(0, 50), 3_739)).isTrue();
    assertThat(Samples.walksNumberIndex(3_515, page(64, 50), 3_739)).isTrue();
    assertThat(Samples.walksNumberIndex(3_515, page(66, 50), 3_739)).isFalse();
  }

  @Test
  void aViewerOfFewerThanHalfOfTheSamplesNeverWalks() {
    assertThat(Samples.walksNumberIndex(1_800, page(0, 50), 3_739)).isFalse();
    assertThat(Samples.walksNumberIndex(0, page(0, 50), 3_739)).isFalse();
  }

  @Test
  void theShareIsTheJurisdictionsRegionsCountsOverAll() {
    SampleCounts.Counted counted = new SampleCounts.Counted(10, Map.of(2L, 6L, 3L, 3L, 9L, 1L), 0);
    assertThat(counted.share(Set.of(2L, 3L))).isEqualTo(0.9);
    assertThat(counted.share(Set.of(4L))).isZero();
    assertThat(new SampleCounts.Counted(0, Map.of(), 0).share(Set.of(2L))).isZero();
  }
}
