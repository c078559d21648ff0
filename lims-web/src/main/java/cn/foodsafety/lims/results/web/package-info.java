/**
 * The laboratory's pages: the worklist with deadlines (lab/worklist.xhtml), a sample's results with
 * review, approval and amendment (lab/results.xhtml), the grid of many samples (lab/grid.xhtml),
 * result file import (lab/import.xhtml) and a sample's audit history (lab/history.xhtml).
 */
package cn.foodsafety.lims.results.web;
