package cn.foodsafety.lims.sampling.entity;

/** Where a sample is in its life until the laboratory has it (later states come with the lab). */
public enum SampleState {
  COLLECTED,
  SHIPPED,
  RECEIVED,
  REJECTED
}
