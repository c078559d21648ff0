/** Pages of rapid testing: entry and import, figures, markets, and each market's public day. */
package cn.foodsafety.lims.rapidtest.web;
