package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.control.PublicationDeadline;
import cn.foodsafety.lims.statistics.control.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The publication rate (信息公布率) of a period: results published by their deadline over the results
 * whose deadline (approval + the setting's working days) falls in the period up to the as-of day;
 * in total, by level and by unit, each line with the filters that open its lists.
 */
public record PublicationReport(
    String period,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    int workingDays,
    String definition,
    Line total,
    List<Line> byLevel,
    List<Line> byUnit) {

  /**
   * One group: due (= onTime + late + overdue), the three parts, the results not yet due and the
   * rate (onTime / due) with its target.
   */
  public record Line(
      String key,
      String label,
      Map<String, String> drill,
      long due,
      long onTime,
      long late,
      long overdue,
      long notYetDue,
      Figure rate) {}

  /** One result behind a figure. */
  @Schema(
      name = "PublicationDueItem",
      description = "An approved result due for publication, with its deadline and status.")
  public record Item(
      long sampleId,
      String sampleNumber,
      String foodName,
      String unit,
      String level,
      LocalDate approvedOn,
      LocalDate deadline,
      LocalDate publishedOn,
      PublicationDeadline.Status status) {}
}
