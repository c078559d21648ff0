package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.results.entity.TestReport;
import java.time.Instant;

/** One issued version of a test report (the PDF itself is served on its own). */
public record ReportData(
    long sampleId,
    int version,
    String reportNumber,
    String conclusion,
    Instant issuedAt,
    String issuedBy,
    String amendmentReason,
    String sha256) {

  static ReportData of(TestReport r) {
    return new ReportData(
        r.getSample().getId(),
        r.getVersionNo(),
        r.getReportNumber(),
        r.getConclusion().name(),
        r.getIssuedAt(),
        r.getIssuedBy(),
        r.getAmendmentReason(),
        r.getSha256());
  }
}
