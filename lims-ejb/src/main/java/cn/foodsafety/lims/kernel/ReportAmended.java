package cn.foodsafety.lims.kernel;

/**
 * An approved report was reopened for a correction with a reason. Fired synchronously inside the
 * transaction of the change, so whoever keeps a record of it (the statistics facts) commits or
 * rolls back with it.
 */
public record ReportAmended(long sampleId, String reason) {}
