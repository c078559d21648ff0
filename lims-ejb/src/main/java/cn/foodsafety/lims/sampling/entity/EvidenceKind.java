package cn.foodsafety.lims.sampling.entity;

/** What a picture taken with the sampling form shows. */
public enum EvidenceKind {
  /** The sample as taken. */
  SAMPLE,
  /** The seal on the sample bag (its number matches the form's). */
  SEAL,
  /** The place of sampling: stall, shelf, cold store. */
  PLACE,
  /** The sampled party's signature, drawn on the phone's screen. */
  SIGNATURE
}
