package cn.foodsafety.lims.oversight.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Balanced sampling (均衡抽检) of a period against the plan: the spread of the batches over the months,
 * the units and the categories next to the plan's, a balance index per unit (its months against its
 * plan) and for the area, and the flag for bunching at year end.
 */
public record BalanceReport(
    String period,
    String definition,
    BigDecimal monthIndex,
    BigDecimal unitIndex,
    BigDecimal categoryIndex,
    BigDecimal target,
    BigDecimal yearEndShare,
    BigDecimal yearEndLimit,
    boolean yearEndBunching,
    List<Share> months,
    List<Share> units,
    List<Share> categories,
    List<UnitBalance> byUnit) {

  /** One part: batches taken and planned, and each as a share of its total (percent). */
  public record Share(
      String key,
      String label,
      Map<String, String> drill,
      long batches,
      long planned,
      BigDecimal share,
      BigDecimal plannedShare) {}

  /** A unit: its batches, its plan, its balance index over the months and its year-end share. */
  public record UnitBalance(
      String key,
      String label,
      Map<String, String> drill,
      long batches,
      long planned,
      BigDecimal index,
      Boolean met,
      BigDecimal yearEndShare,
      boolean yearEndBunching) {}
}
