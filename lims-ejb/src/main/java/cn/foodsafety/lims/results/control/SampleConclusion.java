package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.results.entity.SampleItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The conclusion of a sample from the verdicts of its items: conforming only if every item that is
 * tested conforms; a non-conforming sample lists each failing item with its value, limit and how
 * many times over the limit it is (超标倍数), as the notices print it.
 */
public final class SampleConclusion {

  private SampleConclusion() {}

  /** One judged item: its analyte, the result and limit as printed, and the judgment. */
  public record Judged(
      String analyte,
      String result,
      String unit,
      String limit,
      Verdict verdict,
      BigDecimal timesOver) {
    public Judged {
      Objects.requireNonNull(analyte);
      Objects.requireNonNull(verdict);
    }
  }

  /** A failing item as the conclusion names it. */
  @Schema(name = "ConclusionFailure")
  public record Failure(
      String analyte, String result, String unit, String limit, BigDecimal timesOver) {}

  /** The items the lab tests (not dropped). */
  public static List<SampleItem> tested(List<SampleItem> items) {
    return items.stream().filter(i -> !i.isDropped()).toList();
  }

  /** The tested items that have a result, as the conclusion reads them. */
  public static List<Judged> judged(List<SampleItem> tested) {
    return tested.stream()
        .filter(SampleItem::hasResult)
        .map(
            i ->
                new Judged(
                    i.getAnalyte(),
                    i.resultText(),
                    i.getResultUnit() == null ? i.getLimitUnit() : i.getResultUnit(),
                    i.limit().text(),
                    i.getVerdict(),
                    i.getTimesOver()))
        .toList();
  }

  public static Verdict of(List<Judged> items) {
    return items.stream().allMatch(i -> i.verdict() == Verdict.CONFORMING)
        ? Verdict.CONFORMING
        : Verdict.NON_CONFORMING;
  }

  public static List<Failure> failures(List<Judged> items) {
    return items.stream()
        .filter(i -> i.verdict() == Verdict.NON_CONFORMING)
        .map(i -> new Failure(i.analyte(), i.result(), i.unit(), i.limit(), i.timesOver()))
        .toList();
  }

  /**
   * The conclusion as the report prints it, e.g. "经抽样检验，毒死蜱项目不符合 GB 2763 要求，检验结论为不合格。 毒死蜱 检验结果 0.13
   * mg/kg，标准指标 ≤0.05 mg/kg，超标1.6倍。"
   */
  public static String text(List<Judged> items, List<String> standards) {
    if (of(items) == Verdict.CONFORMING) {
      return "经抽样检验，所检项目符合 " + String.join("、", standards) + " 要求，检验结论为合格。";
    }
    StringBuilder b = new StringBuilder("经抽样检验，");
    List<Failure> failed = failures(items);
    b.append(String.join("、", failed.stream().map(Failure::analyte).toList()));
    b.append("项目不符合 ").append(String.join("、", standards)).append(" 要求，检验结论为不合格。");
    for (Failure f : failed) {
      b.append('\n')
          .append(f.analyte())
          .append(" 检验结果 ")
          .append(f.result())
          .append(' ')
          .append(f.unit())
          .append("，标准指标 ")
          .append(f.limit());
      if (f.timesOver() != null) {
        b.append("，超标").append(f.timesOver().toPlainString()).append("倍");
      }
      b.append('。');
    }
    return b.toString();
  }
}
