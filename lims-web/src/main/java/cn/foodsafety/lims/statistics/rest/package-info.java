/** The figures, the lists behind them and the exports over HTTP. */
package cn.foodsafety.lims.statistics.rest;
