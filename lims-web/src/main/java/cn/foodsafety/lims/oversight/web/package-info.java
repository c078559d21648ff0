/** The oversight pages and the oversight sections of the dashboard and the publish page. */
package cn.foodsafety.lims.oversight.web;
