/**
 * The year's sampling plan of a city: quotas from residents (7 batches per 1,000 residents by
 * default), their allocation over levels, departments, food categories and months by the
 * largest-remainder method, special campaigns, collection tasks for sampling units, and the
 * progress of collection against the plan.
 */
package cn.foodsafety.lims.planning;
