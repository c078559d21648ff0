package cn.foodsafety.lims.results.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A laboratory's worklist: the samples it must report on and the conclusions it must report to the
 * regulator (each a paged list, most urgent first), and a summary with what is overdue and its
 * turnaround in working days.
 */
public final class Worklist {

  private Worklist() {}

  /** One sample on a list. */
  @Schema(name = "WorklistEntry")
  public record Entry(
      long sampleId,
      String sampleNumber,
      String blindCode,
      String foodName,
      String state,
      LocalDate receivedOn,
      LocalDate reportDue,
      long workingDaysLeft,
      boolean overdue,
      String conclusion,
      LocalDate conclusionDue,
      boolean conclusionOverdue) {}

  /**
   * The lab (its id too, so a page names it in its language), today's date, how many reports and
   * conclusions are overdue, the turnaround.
   */
  @Schema(name = "WorklistSummary")
  public record Summary(
      String labCode,
      String labName,
      LocalDate today,
      long samples,
      long overdueReports,
      long conclusionsDue,
      long overdueConclusions,
      Turnaround turnaround,
      Long labId) {}

  /**
   * Working days from receipt to first approval over the samples first approved since {@code since}
   * (a window, so that the figure says how the lab works now).
   */
  @Schema(name = "LabTurnaround")
  public record Turnaround(
      int samples, BigDecimal medianWorkingDays, Long p90WorkingDays, LocalDate since) {}
}
