/** REST resources of rapid testing (markets, kits, tests, figures, public market days). */
package cn.foodsafety.lims.rapidtest.rest;
