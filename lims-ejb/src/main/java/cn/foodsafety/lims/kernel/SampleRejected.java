package cn.foodsafety.lims.kernel;

/**
 * The laboratory refused a sample at receipt: it no longer counts, in the volume nor in its task
 * ({@code taskId}, null outside the plan), which has to take the batch again. Fired synchronously
 * inside the transaction of the change, so whoever keeps a record of it (the collection tasks, the
 * statistics facts) commits or rolls back with it.
 */
public record SampleRejected(long sampleId, Long taskId) {}
