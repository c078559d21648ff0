/**
 * Demonstration data for the embedded database of {@code ./lims run}: a year of sampling written
 * through the boundaries of the business components, as the planner, the sampling teams, the
 * laboratories and the regulators would write it, each step at the moment it happened (a clock the
 * demonstration moves, {@link cn.foodsafety.lims.demo.DemoClock}) and under the identity of the
 * user who takes it ({@link cn.foodsafety.lims.demo.Acting}). Packaged only in the development EAR
 * ({@code lims-demo-ear}); the production EAR holds none of it.
 */
package cn.foodsafety.lims.demo;
