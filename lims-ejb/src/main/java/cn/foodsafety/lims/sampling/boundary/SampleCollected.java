package cn.foodsafety.lims.sampling.boundary;

/**
 * A sampling form was submitted: a new sample counts in the volume. Fired synchronously inside the
 * transaction of the change, so whoever keeps a record of it (the statistics facts) commits or
 * rolls back with it.
 */
public record SampleCollected(long sampleId) {}
