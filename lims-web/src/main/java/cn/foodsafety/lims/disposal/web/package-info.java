/** The pages of the follow-up: cases, one case with its timeline, alerts on the home page. */
package cn.foodsafety.lims.disposal.web;
