package cn.foodsafety.lims.kernel;

/**
 * A follow-up case was opened for a non-conforming sample. Fired synchronously inside the
 * transaction of the change, so whoever keeps a record of it (the statistics facts) commits or
 * rolls back with it.
 */
public record CaseOpened(long caseId, long sampleId) {}
