package cn.foodsafety.lims.kernel;

/**
 * A re-inspection overturned the sample's conclusion: the case closes and the sample conforms (the
 * results component changes the conclusion). Fired synchronously inside the transaction of the
 * change, so whoever keeps a record of it (the results, the statistics facts) commits or rolls back
 * with it.
 */
public record CaseOverturned(long caseId, long sampleId, String caseNumber) {}
