package cn.foodsafety.lims.kernel;

/**
 * An extension of a case's deadline was approved or rejected. Fired synchronously inside the
 * transaction of the change, so whoever keeps a record of it (the statistics facts) commits or
 * rolls back with it.
 */
public record ExtensionDecided(long caseId, long extensionId, boolean approved) {}
