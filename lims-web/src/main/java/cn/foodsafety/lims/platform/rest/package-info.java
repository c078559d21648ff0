/**
 * The API's conventions: the JAX-RS application under /lims/api, RFC 9457 problem details in the
 * caller's language for every failure, paging and sorting parameters, the shared master-data
 * contract, and health.
 */
package cn.foodsafety.lims.platform.rest;
