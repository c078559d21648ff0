/** The master-data pages (masterdata/*.xhtml). */
package cn.foodsafety.lims.masterdata.web;
