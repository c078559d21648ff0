package cn.foodsafety.lims.kernel;

/**
 * Regions, food categories, organizations or settings were changed. Fired inside the transaction of
 * the change; caches of reference data on this server observe it after the transaction succeeds and
 * read again (other servers of a deployment group see the {@code reference} cache generation move
 * within a second).
 */
public record ReferenceChanged() {}
