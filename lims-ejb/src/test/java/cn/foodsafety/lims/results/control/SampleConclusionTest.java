package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.kernel.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleConclusionTest {

  private static SampleConclusion.Judged celery(String value, Verdict v, String times) {
    return new SampleConclusion.Judged(
        "毒死蜱", value, "mg/kg", "≤0.05 mg/kg", v, times == null ? null : new BigDecimal(times));
  }

  private static final SampleConclusion.Judged ND =
      new SampleConclusion.Judged("氧乐果", "未检出", "mg/kg", "≤0.02 mg/kg", Verdict.CONFORMING, null);

  @Test
  void aSampleConformsOnlyWhenEveryItemConforms() {
    assertThat(SampleConclusion.of(List.of(ND, celery("0.03", Verdict.CONFORMING, null))))
        .isEqualTo(Verdict.CONFORMING);
    assertThat(SampleConclusion.of(List.of(ND, celery("0.13", Verdict.NON_CONFORMING, "1.6"))))
        .isEqualTo(Verdict.NON_CONFORMING);
  }

  @Test
  void aNonConformingSampleNamesEachFailingItemWithHowFarOverItIs() {
    List<SampleConclusion.Judged> items =
        List.of(ND, celery("0.13", Verdict.NON_CONFORMING, "1.6"));
    assertThat(SampleConclusion.failures(items))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.analyte()).isEqualTo("毒死蜱");
              assertThat(f.result()).isEqualTo("0.13");
              assertThat(f.limit()).isEqualTo("≤0.05 mg/kg");
              assertThat(f.timesOver()).isEqualByComparingTo("1.6");
            });
    assertThat(SampleConclusion.text(items, List.of("GB 2763-2021")))
        .contains("不合格", "毒死蜱", "0.13", "超标1.6倍")
        .doesNotContain("氧乐果项目");
  }

  @Test
  void aConformingTextSaysSo() {
    assertThat(SampleConclusion.text(List.of(ND), List.of("GB 2763-2021")))
        .contains("检验结论为合格")
        .doesNotContain("不合格");
  }
}
