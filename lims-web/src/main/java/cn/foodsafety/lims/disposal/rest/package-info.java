/** The follow-up cases, alerts and the deadline sweep over HTTP (JSON). */
package cn.foodsafety.lims.disposal.rest;
