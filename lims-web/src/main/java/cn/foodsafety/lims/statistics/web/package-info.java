/** The supervisors' dashboard and the export page. */
package cn.foodsafety.lims.statistics.web;
