/**
 * The laboratory's results over HTTP: a sample's items and results, review, e-signed approval and
 * amendment ({@code samples/{id}/results}), its issued reports ({@code samples/{id}/reports}) and
 * audit history ({@code samples/{id}/history}), the lab's worklist ({@code worklist}) and result
 * file imports ({@code results/imports}). Thin: each call is one boundary method.
 */
package cn.foodsafety.lims.results.rest;
