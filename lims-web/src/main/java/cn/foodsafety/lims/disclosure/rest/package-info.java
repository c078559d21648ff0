/**
 * The disclosure API: supervisors publish and withdraw results under /api/publications; the public
 * feed of published results needs no sign-in (/public/results.json, also /api/public/results).
 */
package cn.foodsafety.lims.disclosure.rest;
