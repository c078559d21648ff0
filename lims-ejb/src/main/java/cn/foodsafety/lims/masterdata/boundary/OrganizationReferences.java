package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.Organization;

/**
 * What another component holds that names an organization, so that master data deletes only an
 * organization nothing refers to (otherwise it deactivates it) without knowing those components:
 * they implement this (a CDI bean) and master data asks every implementation.
 */
public interface OrganizationReferences {

  /** How many of this component's records name the organization. */
  long count(Organization organization);
}
