/**
 * Master data that every other component refers to: the region tree with its residents (the basis
 * of the sampling quota), organizations (regulators by department, testing institutions, sampling
 * teams, laboratories with their accreditation scope and capacity), the food classification, the
 * test items with their limits, and the working-day calendar on which every legal deadline is
 * counted.
 */
package cn.foodsafety.lims.masterdata;
