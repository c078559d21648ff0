/** The supervisor's publishing page and the public page of published results. */
package cn.foodsafety.lims.disclosure.web;
