/** The oversight figures (publication rate, risk warnings, balance) and their lists over HTTP. */
package cn.foodsafety.lims.oversight.rest;
