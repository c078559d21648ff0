/**
 * What every page shares: the language switch, the role-based menu, lazy tables over boundary list
 * use cases, and business errors shown next to their fields.
 */
package cn.foodsafety.lims.platform.web;
