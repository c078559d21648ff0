package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.results.control.SampleConclusion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sample's results: the state of the lab's work, who did what, the conclusion with each failing
 * item, the deadlines, and the items.
 */
public record ResultSheet(
    long sampleId,
    String sampleNumber,
    String blindCode,
    String foodName,
    String state,
    LocalDate reportDue,
    boolean reportOverdue,
    String conclusion,
    List<SampleConclusion.Failure> failures,
    LocalDate conclusionDue,
    boolean conclusionOverdue,
    Instant conclusionReportedAt,
    String enteredBy,
    Instant enteredAt,
    String reviewedBy,
    Instant reviewedAt,
    String approvedBy,
    Instant approvedAt,
    String returnedReason,
    String amendmentReason,
    String reportNumber,
    int reportVersion,
    long version,
    List<ItemData> items) {}
