package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.results.entity.SampleItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a sample with its limit (as snapshot) and result, as the API answers it. */
public record ItemData(
    long id,
    long testItemId,
    @Schema(example = "毒死蜱") String analyte,
    String limitOperator,
    @Schema(format = "decimal", example = "0.05") String limitValue,
    @Schema(format = "decimal") String limitUpper,
    String limitUnit,
    @Schema(example = "≤0.05 mg/kg") String limit,
    String standard,
    String comparison,
    boolean dropped,
    boolean addedByLab,
    String changeReason,
    @Schema(format = "decimal", example = "0.052") String value,
    boolean notDetected,
    @Schema(format = "decimal", example = "0.005") String lod,
    String unit,
    String result,
    @Schema(format = "decimal", example = "0.052") String valueInLimitUnit,
    String verdict,
    @Schema(
            format = "decimal",
            description = "超标倍数: how many times over the limit.",
            example = "0.04")
        String timesOver,
    String method,
    String instrument,
    String analyst,
    LocalDate testedOn,
    String enteredBy,
    long version) {

  static ItemData of(SampleItem i) {
    return new ItemData(
        i.getId(),
        i.getTestItem().getId(),
        i.getAnalyte(),
        i.limit().operator().name(),
        text(i.limit().value()),
        text(i.limit().upper()),
        i.limit().unit(),
        i.limit().text(),
        i.limit().standardText(),
        i.limit().comparison().name(),
        i.isDropped(),
        i.isAddedByLab(),
        i.getChangeReason(),
        text(i.getReportedValue()),
        i.isNotDetected(),
        text(i.getLod()),
        i.getResultUnit(),
        i.resultText(),
        text(i.getValueInLimitUnit()),
        i.getVerdict() == null ? null : i.getVerdict().name(),
        text(i.getTimesOver()),
        i.getMethod(),
        i.getInstrument(),
        i.getAnalyst(),
        i.getTestedOn(),
        i.getEnteredBy(),
        i.getVersion());
  }

  /** Whether the item fails its limit (a read question: not a JSON property). */
  public boolean failing() {
    return Verdict.failing(verdict);
  }

  static String text(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
