package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A sample behind a figure. */
public record StatSampleRow(
    long id,
    String sampleNumber,
    String foodName,
    String categoryName,
    String level,
    String regionName,
    LocalDate sampledOn,
    String state,
    String conclusion,
    OffsetDateTime approvedAt,
    String labName) {

  /** Whether the sample's conclusion is non-conforming. */
  public boolean failing() {
    return Verdict.failing(conclusion);
  }
}
