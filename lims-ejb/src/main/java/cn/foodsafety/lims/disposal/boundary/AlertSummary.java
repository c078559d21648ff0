package cn.foodsafety.lims.disposal.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The alerts a user sees (their organization's, or their region's for supervisors): counts per
 * kind, the most urgent first, and when the sweep last ran. Each count of a case's alert is the
 * number of cases that {@code GET /cases?alert=<KIND>} lists for the same user ({@code
 * INVESTIGATION_OVERDUE}: the tasks of {@code GET /investigations?alert=INVESTIGATION_OVERDUE}).
 */
public record AlertSummary(
    long caseDueSoon,
    long caseOverdue,
    long reportOverdue,
    long seriousHazard,
    long deliveryOverdue,
    long investigationOverdue,
    long requestDecisionOverdue,
    long designationOverdue,
    long objectionDecisionOverdue,
    List<AlertData> alerts,
    Instant lastSweepAt,
    LocalDate lastSweepAsOf) {}
