/** REST resources of "你点我检": the public proposals and votes, and the planner's review. */
package cn.foodsafety.lims.proposal.rest;
