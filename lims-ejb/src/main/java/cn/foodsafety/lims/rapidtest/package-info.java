/**
 * Rapid tests (快检) in markets: markets and their testing points, the kits (method and item), the
 * tests entered on a phone or imported from a device file, the hold and the laboratory confirmation
 * of a positive (a collection task through the normal sampling flow), the operator's objection
 * window, the figures per market and day, and each market's public page of the day.
 */
package cn.foodsafety.lims.rapidtest;
