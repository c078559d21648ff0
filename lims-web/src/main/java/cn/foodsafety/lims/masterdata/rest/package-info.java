/** The master-data API: regions, organizations, food categories, test items, calendar. */
package cn.foodsafety.lims.masterdata.rest;
