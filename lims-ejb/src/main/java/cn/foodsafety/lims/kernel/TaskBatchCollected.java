package cn.foodsafety.lims.kernel;

/**
 * A sample taken for a collection task ({@code taskId}) is written and numbered: the task counts
 * the batch (and completes at its count), or refuses it when it is no longer open (completed by
 * other samplers' samples meanwhile, or cancelled), which rolls the whole creation back. Fired
 * synchronously, last in the transaction that creates the sample, so the task's row is locked only
 * from here to the commit and the samplers of one task write their samples side by side.
 */
public record TaskBatchCollected(long taskId, long sampleId) {}
