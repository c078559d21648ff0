/**
 * "你点我检" (you pick, we test): residents' proposals and votes on the public page (no sign-in,
 * limited per address, a small challenge against floods), the planner's review into a special
 * campaign with its batches, and the samples and published results that answer each proposal.
 */
package cn.foodsafety.lims.proposal;
