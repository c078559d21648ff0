package cn.foodsafety.lims.kernel;

/**
 * A sampling form was submitted: a new sample counts in the volume and, taken for a task ({@code
 * taskId}, null outside the plan), in that task's collected batches. Fired synchronously inside the
 * transaction of the change, so whoever keeps a record of it (the collection tasks, the statistics
 * facts) commits or rolls back with it.
 */
public record SampleCollected(long sampleId, Long taskId) {}
