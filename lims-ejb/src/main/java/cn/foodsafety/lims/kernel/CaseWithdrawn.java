package cn.foodsafety.lims.kernel;

/**
 * A later report version found the sample conforming: its open case is withdrawn. Fired
 * synchronously inside the transaction of the change, so whoever keeps a record of it (the
 * statistics facts) commits or rolls back with it.
 */
public record CaseWithdrawn(long caseId, long sampleId) {}
