/**
 * Oversight of the sampling itself (DOMAIN.md, "Supervising the sampling itself"): the publication
 * rate (信息公布率) with what is due and overdue, risk warnings (repeat offenders, a warning class per
 * non-conforming result, trends by category and analyte for the departments' risk meetings),
 * balanced sampling (均衡抽检) against the plan, record checks (rules over samples, result items and
 * follow-up cases, their findings and the quality scores) and audit sampling. The figures come from
 * the statistics facts and the plan, scoped like every figure through {@code
 * statistics.boundary.Statistics#frame}; what the facts do not carry (a sample's producer and
 * operator, its items, its case, its publications) is read, never written, from the owning tables.
 * It writes only its own rules, findings and audits.
 */
package cn.foodsafety.lims.oversight;
