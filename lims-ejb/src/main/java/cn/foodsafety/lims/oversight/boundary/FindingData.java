package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.entity.FindingState;
import cn.foodsafety.lims.oversight.entity.Severity;
import java.time.Instant;

/** A finding of a record check on a sample. */
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
    long version) {}
