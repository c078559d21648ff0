/**
 * The planning API: plans with their quotas, inputs, cells, totals, campaigns, progress and Excel
 * workbook ({@code /api/plans}), and collection tasks ({@code /api/tasks}).
 */
package cn.foodsafety.lims.planning.rest;
