/**
 * Public disclosure of results (依法公布抽检结果信息): supervisors publish the approved results of their
 * region and withdraw them with a reason; anyone, without signing in, reads what is published,
 * reduced to what the public may know (product, producer, sampled party, category, level, dates,
 * verdict and the failing items against their limits) and nothing internal.
 */
package cn.foodsafety.lims.disclosure;
