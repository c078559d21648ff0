package cn.foodsafety.lims.kernel;

/**
 * A step of a follow-up case was recorded. Fired synchronously inside the transaction of the
 * change, so whoever keeps a record of it (the statistics facts) commits or rolls back with it.
 */
public record CaseStepRecorded(long caseId, String kind) {}
