/**
 * The figures supervisors are judged on (DOMAIN.md: targets): sampling volume against quota, pass
 * rates, and the three follow-up rates of non-conforming food, each with its definition, its target
 * and the list of samples or cases behind it.
 */
package cn.foodsafety.lims.statistics;
