/**
 * The planning pages (planning/*.xhtml): the list of plans, one plan with its parameters, inputs,
 * cells, totals, campaigns and workbook, collection tasks, and progress with a chart.
 */
package cn.foodsafety.lims.planning.web;
