/**
 * Sign-in: one authentication mechanism for pages (form, session) and API (HTTP Basic, 401 as a
 * problem detail), the identity store over the users in the database, and the account pages.
 */
package cn.foodsafety.lims.security.web;
