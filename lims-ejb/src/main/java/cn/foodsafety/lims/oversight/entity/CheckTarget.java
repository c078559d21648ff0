package cn.foodsafety.lims.oversight.entity;

/**
 * The kind of record a check reads: a sample (its sampling form and statistics facts), one result
 * item of a sample (the lab's result against its limit) or the follow-up case of a non-conforming
 * sample (its dates and steps). Every finding still belongs to a sample, whose unit, team and lab
 * the quality scores count.
 */
public enum CheckTarget {
  SAMPLE,
  RESULT_ITEM,
  CASE
}
