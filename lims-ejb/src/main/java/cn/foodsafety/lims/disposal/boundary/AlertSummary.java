package cn.foodsafety.lims.disposal.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The alerts a user sees (their organization's, or their region's for supervisors): counts per
 * kind, the most urgent first, and when the sweep last ran.
 */
public record AlertSummary(
    long caseDueSoon,
    long caseOverdue,
    long reportOverdue,
    List<AlertData> alerts,
    Instant lastSweepAt,
    LocalDate lastSweepAsOf) {}
