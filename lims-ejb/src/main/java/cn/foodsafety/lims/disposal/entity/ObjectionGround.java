package cn.foodsafety.lims.disposal.entity;

/**
 * What an objection (异议) is about (SAMR Order No. 15, Art. 35): the sampling procedure, the test
 * method or the standard applied. A re-inspection is asked for otherwise.
 */
public enum ObjectionGround {
  SAMPLING_PROCEDURE,
  TEST_METHOD,
  STANDARD
}
