package cn.foodsafety.lims.kernel;

/**
 * The results of a sample went to review with a conclusion (after an amendment the conclusion may
 * change). Fired synchronously inside the transaction of the change, so whoever keeps a record of
 * it (the statistics facts) commits or rolls back with it.
 */
public record ResultsSubmitted(long sampleId) {}
