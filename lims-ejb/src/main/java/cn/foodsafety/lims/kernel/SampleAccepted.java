package cn.foodsafety.lims.kernel;

/**
 * Fired (synchronously, inside the receipt's transaction) when the laboratory has accepted a
 * sample: whoever begins the lab's work on it does so in the same transaction, so a receipt and
 * what follows from it are committed together or not at all. Sampling does not know who listens.
 *
 * @param sampleId the sample, already in the state RECEIVED with its report due date
 */
public record SampleAccepted(long sampleId) {}
