package cn.foodsafety.lims.kernel;

/**
 * A sample was assigned (or reassigned) to a laboratory. Fired synchronously inside the transaction
 * of the change, so whoever keeps a record of it (the statistics facts) commits or rolls back with
 * it.
 */
public record SampleAssigned(long sampleId, Long labId) {}
