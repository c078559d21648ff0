package cn.foodsafety.lims.kernel;

import java.time.LocalDate;

/**
 * A test report version was approved and issued (fired inside the approval's transaction): the
 * follow-up of a non-conforming sample starts from it.
 */
public record ReportIssued(long sampleId, Verdict conclusion, int version, LocalDate issuedOn) {}
