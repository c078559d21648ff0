/**
 * What every business component stands on: the database migrations that run before anything uses
 * the database, the error model (business exceptions that the API and the pages turn into messages
 * in the user's language), paged listings, and the message bundle.
 */
package cn.foodsafety.lims.platform;
