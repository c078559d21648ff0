package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.SweepRun;
import java.time.Instant;
import java.time.LocalDate;

/** What one sweep run changed: alerts raised and cleared, cases whose urgency changed. */
public record SweepData(
    long id,
    Instant runAt,
    String runBy,
    LocalDate asOf,
    int raised,
    int cleared,
    int changedCases) {

  static SweepData of(SweepRun r) {
    return new SweepData(
        r.getId(),
        r.getRunAt(),
        r.getRunBy(),
        r.getAsOf(),
        r.getRaised(),
        r.getCleared(),
        r.getChangedCases());
  }
}
