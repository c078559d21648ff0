package cn.foodsafety.lims.results.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A laboratory's worklist: the samples it must report on, most urgent first; the conclusions it
 * must report to the regulator (and those overdue); its turnaround in working days.
 */
public record Worklist(
    String labCode,
    String labName,
    LocalDate today,
    List<Entry> samples,
    List<Entry> conclusionsDue,
    List<Entry> overdueReports,
    List<Entry> overdueConclusions,
    Turnaround turnaround) {

  /** One sample on the list. */
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

  /** Working days from receipt to (first) approval over the approved samples. */
  public record Turnaround(int samples, BigDecimal medianWorkingDays, Long p90WorkingDays) {}
}
