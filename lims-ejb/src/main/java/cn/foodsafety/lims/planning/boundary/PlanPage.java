package cn.foodsafety.lims.planning.boundary;

import java.util.List;

/**
 * The plan page's data read in one transaction: the plan, the allocation's inputs (null when not
 * asked for) and the totals that differ from their targets.
 */
public record PlanPage(PlanData plan, PlanInputs inputs, List<TotalData> totals) {}
