package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.oversight.entity.FindingState;
import cn.foodsafety.lims.oversight.entity.Severity;
import java.time.Instant;

/**
 * A finding of a record check on a record (a sample, a result item or a follow-up case) of a
 * sample; {@code record} names it (sample number, with the analyte, or the case number).
 */
public record FindingData(
    long id,
    String ruleCode,
    String message,
    Severity severity,
    FindingState state,
    long sampleId,
    String sampleNumber,
    String unit,
    Instant foundAt,
    Instant closedAt,
    String closedBy,
    String reason,
    CheckTarget target,
    long recordId,
    String record) {}
