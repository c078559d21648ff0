/**
 * Test results and their judgment against the limits of the national standards: rounding per GB/T
 * 8170-2008, full-value and rounded-value comparison, "not detected" below the limit of detection,
 * must-not-be-detected items, unit conversion, and how far over the limit a result is (超标倍数).
 */
package cn.foodsafety.lims.results;
