/** User administration and the signed-in user's own account, over the API. */
package cn.foodsafety.lims.security.rest;
