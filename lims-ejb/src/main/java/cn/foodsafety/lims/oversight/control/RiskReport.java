package cn.foodsafety.lims.oversight.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The risk warnings' views: warnings per non-conforming result, repeat offenders, trends. */
public final class RiskReport {

  private RiskReport() {}

  /** A failing item of a warning. */
  public record WarningItem(
      String analyte,
      String value,
      String limit,
      String unit,
      BigDecimal timesOver,
      WarningRules.Hazard hazard) {}

  /** A non-conforming result with its warning class. */
  public record Warning(
      long sampleId,
      String sampleNumber,
      String foodName,
      String unit,
      String level,
      String category,
      LocalDate sampledOn,
      LocalDate approvedOn,
      String producer,
      String operator,
      WarningRules.WarningClass warningClass,
      List<WarningItem> items) {}

  /** The warnings of a period: the count per class (A-D) and one page of them. */
  public record Warnings(
      String period,
      String definition,
      Map<WarningRules.WarningClass, Long> byClass,
      long total,
      int page,
      int size,
      List<Warning> items) {}

  /** A batch of a repeat offender. */
  public record OffenderBatch(
      long sampleId, String sampleNumber, String foodName, String unit, LocalDate sampledOn) {}

  /** A producer or operator with several non-conforming batches in the window. */
  public record Offender(
      RepeatOffenders.PartyRole role,
      String name,
      String licence,
      int batches,
      int units,
      List<OffenderBatch> samples) {}

  public record Offenders(
      LocalDate from, LocalDate to, int minBatches, String definition, List<Offender> items) {}

  /**
   * One series of a trend: per month (index 0 = January) the judged batches (tested items for an
   * analyte), the non-conforming ones and their rate in percent, this year and the year before.
   */
  public record Series(
      String key,
      String label,
      long total,
      long nonConforming,
      long nonConformingLastYear,
      List<Long> judged,
      List<Long> failing,
      List<BigDecimal> rate,
      List<Long> judgedLastYear,
      List<Long> failingLastYear,
      List<BigDecimal> rateLastYear) {}

  public record Trends(
      int year, String definition, List<Series> categories, List<Series> analytes) {}
}
