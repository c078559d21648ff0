/** Pages of "你点我检": the public proposals page and the planner's review. */
package cn.foodsafety.lims.proposal.web;
