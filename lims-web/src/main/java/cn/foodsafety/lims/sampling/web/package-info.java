/**
 * The sampling pages (sampling/*.xhtml): a sampler's open tasks and the sampling form on a phone,
 * the list of samples, lab assignment for planners, receipt for laboratories.
 */
package cn.foodsafety.lims.sampling.web;
