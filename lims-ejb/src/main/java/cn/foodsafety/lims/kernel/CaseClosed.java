package cn.foodsafety.lims.kernel;

/**
 * A follow-up case was completed (or closed by an overturned conclusion). Fired synchronously
 * inside the transaction of the change, so whoever keeps a record of it (the statistics facts)
 * commits or rolls back with it.
 */
public record CaseClosed(long caseId) {}
