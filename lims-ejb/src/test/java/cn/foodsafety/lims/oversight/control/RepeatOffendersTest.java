package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.oversight.control.RepeatOffenders.Batch;
import cn.foodsafety.lims.oversight.control.RepeatOffenders.PartyRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatOffendersTest {

  private static Batch b(long id, long region, String name, String licence) {
    return new Batch(id, "N" + id, "芹菜", region, LocalDate.of(2025, 1, (int) id), name, licence);
  }

  @Test
  void theSameLicenceIsTheSamePartyWhateverItsNameAndAcrossUnits() {
    List<RepeatOffenders.Offender> found =
        RepeatOffenders.find(
            PartyRole.PRODUCER,
            List.of(
                b(1, 6, "某某食品有限公司", "sc 1234-5678"),
                b(2, 3, "某某食品公司", "SC12345678"),
                b(3, 6, "别的公司", "SC999")),
            2);
    assertThat(found)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.key()).isEqualTo("L:SC12345678");
              assertThat(o.units()).isEqualTo(2);
              assertThat(o.batches()).extracting(Batch::sampleId).containsExactly(1L, 2L);
            });
  }

  @Test
  void withoutALicenceTheNameDecidesIgnoringSpacesAndBracketWidth() {
    List<RepeatOffenders.Offender> found =
        RepeatOffenders.find(
            PartyRole.OPERATOR, List.of(b(1, 6, "张三（蔬菜）摊位", null), b(2, 6, "张三 (蔬菜) 摊位", " ")), 2);
    assertThat(found).hasSize(1);
  }

  @Test
  void oneBatchIsNoRepeatAndTheSameSampleTwiceIsOneBatch() {
    assertThat(
            RepeatOffenders.find(
                PartyRole.PRODUCER, List.of(b(1, 6, "甲", null), b(1, 6, "甲", null)), 2))
        .isEmpty();
    assertThat(RepeatOffenders.find(PartyRole.PRODUCER, List.of(b(1, 6, null, null)), 1)).isEmpty();
  }
}
