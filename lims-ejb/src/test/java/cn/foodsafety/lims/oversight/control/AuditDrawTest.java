package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.oversight.control.AuditDraw.Candidate;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditDrawTest {

  /** 60 records in unit 1, 30 in unit 2, 10 in unit 3. */
  private static List<Candidate> population() {
    List<Candidate> p = new ArrayList<>();
    for (long i = 1; i <= 100; i++) {
      p.add(new Candidate(i, i <= 60 ? 1 : i <= 90 ? 2 : 3));
    }
    return p;
  }

  @Test
  void theSameSeedGivesTheSameRecordsWhateverTheOrderOfThePopulation() {
    List<Candidate> shuffled = population();
    Collections.shuffle(shuffled);
    assertThat(AuditDraw.draw(shuffled, 10, 42)).isEqualTo(AuditDraw.draw(population(), 10, 42));
    assertThat(AuditDraw.draw(population(), 10, 43))
        .isNotEqualTo(AuditDraw.draw(population(), 10, 42));
  }

  @Test
  void everyStratumGetsItsProportionalShare() {
    Map<Long, Long> per =
        AuditDraw.draw(population(), 10, 7).stream()
            .collect(Collectors.groupingBy(Candidate::stratum, Collectors.counting()));
    assertThat(per).isEqualTo(Map.of(1L, 6L, 2L, 3L, 3L, 1L));
  }

  @Test
  void remaindersGoToTheLargestFractions() {
    // 7 of 100: 4.2, 2.1, 0.7 -> 4, 2, 0 and the one left to unit 3 (0.7)
    Map<Long, Long> per =
        AuditDraw.draw(population(), 7, 7).stream()
            .collect(Collectors.groupingBy(Candidate::stratum, Collectors.counting()));
    assertThat(per).isEqualTo(Map.of(1L, 4L, 2L, 2L, 3L, 1L));
  }

  @Test
  void aSampleLargerThanItsPopulationIsAFieldError() {
    assertThatThrownBy(() -> AuditDraw.draw(population(), 101, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("size");
              assertThat(e.errors().get(0).key()).isEqualTo("lims.audit.size.population");
            });
    assertThat(AuditDraw.draw(population(), 100, 1)).hasSize(100);
  }
}
