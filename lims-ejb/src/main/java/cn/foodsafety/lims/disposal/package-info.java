/**
 * Follow-up of non-conforming food (核查处置): a case per non-conforming sample, its steps,
 * re-inspection and objection windows, the legal deadline (90 days, Art. 45 of SAMR Order No. 15)
 * with approved extensions, and the daily deadline sweep.
 */
package cn.foodsafety.lims.disposal;
