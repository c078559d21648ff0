package cn.foodsafety.lims.planning.boundary;

import java.math.BigDecimal;

/**
 * Plan against actual for one unit, level, department, category or month (or the whole plan, key
 * {@code TOTAL}): batches planned (the plan's cells, campaigns included), batches collected in the
 * plan's units and year inside the plan and {@code outsidePlan} (samples taken outside it), both
 * from the statistics facts the dashboard reads (rejected ones not counted), {@code percentOfPlan}
 * = collected / planned × 100, {@code perThousand} = all batches (inside and outside the plan, the
 * dashboard's volume) per 1,000 residents (of the unit for a unit, of the whole city otherwise);
 * for units and the total also the quota and {@code percentOfQuota} of all batches.
 */
public record ProgressRow(
    String key,
    String code,
    String name,
    int planned,
    long collected,
    long outsidePlan,
    BigDecimal percentOfPlan,
    Long residents,
    Integer quota,
    BigDecimal perThousand,
    BigDecimal percentOfQuota) {

  public static final String TOTAL = "TOTAL";

  /** Whether this is the row of the whole plan (a read question: not a JSON property). */
  public boolean total() {
    return TOTAL.equals(key);
  }
}
