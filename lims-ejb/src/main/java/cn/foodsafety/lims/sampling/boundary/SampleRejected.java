package cn.foodsafety.lims.sampling.boundary;

/**
 * The laboratory refused a sample at receipt: it no longer counts. Fired synchronously inside the
 * transaction of the change, so whoever keeps a record of it (the statistics facts) commits or
 * rolls back with it.
 */
public record SampleRejected(long sampleId) {}
