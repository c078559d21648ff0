/**
 * Users, their roles and their organization (which gives them a region, a sampling unit or a
 * laboratory), password hashing (PBKDF2) and the check of a sign-in.
 */
package cn.foodsafety.lims.security;
