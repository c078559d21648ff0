package cn.foodsafety.lims.kernel;

/**
 * A sampling form was submitted: a new sample counts in the volume ({@code taskId}: the task it was
 * taken for, null outside the plan). Fired synchronously inside the transaction of the change, so
 * whoever keeps a record of it (the statistics facts) commits or rolls back with it. The task
 * counts the batch later in that transaction, on {@link TaskBatchCollected}.
 */
public record SampleCollected(long sampleId, Long taskId) {}
