/**
 * The sampling API under /lims/api/samples: the sample form, its printed papers, lab assignment and
 * the chain of custody.
 */
package cn.foodsafety.lims.sampling.rest;
