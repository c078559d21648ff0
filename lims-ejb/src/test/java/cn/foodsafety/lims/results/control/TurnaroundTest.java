package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurnaroundTest {

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    var t = Turnaround.of(List.of(12L, 3L, 7L));
    assertThat(t.median()).isEqualByComparingTo("7");
    assertThat(t.samples()).isEqualTo(3);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Turnaround.of(List.of(4L, 5L, 9L, 20L)).median().toPlainString()).isEqualTo("7");
    assertThat(Turnaround.of(List.of(4L, 5L)).median().toPlainString()).isEqualTo("4.5");
  }

  @Test
  void ninetiethPercentileByNearestRank() {
    // ten values: rank ceil(0.9 * 10) = 9
    var t = Turnaround.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 19L, 25L));
    assertThat(t.percentile90()).isEqualTo(19L);
    assertThat(Turnaround.of(List.of(5L)).percentile90()).isEqualTo(5L);
  }

  @Test
  void noSamplesGiveNoFigures() {
    var t = Turnaround.of(List.of());
    assertThat(t.median()).isNull();
    assertThat(t.percentile90()).isNull();
  }

  @Test
  void countsPerDurationGiveTheSameFiguresAsTheSamplesThemselves() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      List<Long> samples = new java.util.ArrayList<>();
      java.util.TreeMap<Long, Long> counts = new java.util.TreeMap<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        long d = random.nextInt(30);
        samples.add(d);
        counts.merge(d, 1L, Long::sum);
      }
      assertThat(Turnaround.ofCounts(counts)).isEqualTo(Turnaround.of(samples));
    }
  }
}
