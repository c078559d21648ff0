package cn.foodsafety.lims.planning.boundary;

import java.util.List;

/**
 * What was collected in a plan's units and year, as the progress of a plan needs it. Counted from
 * the samples' events by statistics (its monthly facts, the same counts the dashboard reads), which
 * implements this as a CDI bean: planning asks without reading statistics' tables.
 */
public interface CollectedBatches {

  /**
   * Batches collected in the units in the year, grouped by {@code by}: rows of {@code [group,
   * outside plan (Boolean), batches (Number)]}, the group being the region id, level, department,
   * top-level category id, month (1-12) or kind of sampling. Rejected samples are not counted.
   */
  List<Object[]> inYear(PlanProgress.ProgressBy by, int year, List<Long> units);
}
