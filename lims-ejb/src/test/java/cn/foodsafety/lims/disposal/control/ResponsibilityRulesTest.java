package cn.foodsafety.lims.disposal.control;

import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.disposal.entity.ProblemStage;
import cn.foodsafety.lims.disposal.entity.ProducerRoute;
import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import org.junit.jupiter.api.Test;

/**
 * Who follows a sample up: the producer's regulator for a sample taken at its producer; the
 * operator's regulator in trade, catering and online sales, with an investigation task for the
 * producer's regulator in the city or an assistance request for one elsewhere.
 */
class ResponsibilityRulesTest {

  private final Region henan = region(1L, "41", RegionKind.PROVINCE, null);
  private final Region zhengzhou = region(2L, "4101", RegionKind.CITY, henan);
  private final Region jinshui = region(3L, "410105", RegionKind.COUNTY, zhengzhou);
  private final Region zhongyuan = region(4L, "410102", RegionKind.COUNTY, zhengzhou);
  private final Region kaifeng = region(5L, "4102", RegionKind.CITY, henan);
  private final Region longting = region(6L, "410202", RegionKind.COUNTY, kaifeng);

  private static Region region(long id, String code, RegionKind kind, Region parent) {
    return set(new Region(code, code, kind, parent), "id", id);
  }

  @Test
  void aSampleTakenAtItsProducerIsTheProducersRegulatorsCase() {
    ProblemStage stage = ResponsibilityRules.stage(PartyKind.PRODUCTION);
    assertThat(stage).isEqualTo(ProblemStage.PRODUCTION);
    assertThat(ResponsibilityRules.responsibleRegion(stage, jinshui, zhongyuan))
        .isSameAs(zhongyuan);
    assertThat(ResponsibilityRules.responsibleRegion(stage, jinshui, null)).isSameAs(jinshui);
    assertThat(ResponsibilityRules.producerRoute(stage, "某食品厂", zhongyuan, jinshui))
        .isEqualTo(ProducerRoute.NONE);
  }

  @Test
  void inTradeTheOperatorsRegulatorAnswersAndTheProducerInTheCityIsInvestigated() {
    for (PartyKind party :
        new PartyKind[] {PartyKind.CIRCULATION, PartyKind.CATERING, PartyKind.ONLINE}) {
      ProblemStage stage = ResponsibilityRules.stage(party);
      assertThat(stage).isEqualTo(ProblemStage.TRADE);
      assertThat(ResponsibilityRules.responsibleRegion(stage, jinshui, zhongyuan))
          .isSameAs(jinshui);
      assertThat(ResponsibilityRules.producerRoute(stage, "某食品厂", zhongyuan, jinshui))
          .isEqualTo(ProducerRoute.INVESTIGATION);
      assertThat(ResponsibilityRules.producerRoute(stage, "某食品厂", jinshui, jinshui))
          .isEqualTo(ProducerRoute.INVESTIGATION);
    }
  }

  @Test
  void aProducerOutsideTheCityOrNowhereKnownGetsAnAssistanceRequest() {
    assertThat(ResponsibilityRules.producerRoute(ProblemStage.TRADE, "开封某厂", longting, jinshui))
        .isEqualTo(ProducerRoute.ASSISTANCE);
    assertThat(ResponsibilityRules.producerRoute(ProblemStage.TRADE, "外省某厂", null, jinshui))
        .isEqualTo(ProducerRoute.ASSISTANCE);
    assertThat(ResponsibilityRules.producerRoute(ProblemStage.TRADE, " ", null, jinshui))
        .isEqualTo(ProducerRoute.NONE);
    assertThat(ResponsibilityRules.cityOf(longting)).isSameAs(kaifeng);
  }
}
