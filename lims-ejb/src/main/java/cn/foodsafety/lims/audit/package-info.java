/**
 * The append-only audit trail: who changed which field of which record, when, from what to what,
 * and why. Nothing in the application updates or deletes a record of it.
 */
package cn.foodsafety.lims.audit;
