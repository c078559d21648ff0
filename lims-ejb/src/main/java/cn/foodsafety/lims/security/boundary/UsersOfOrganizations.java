package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.masterdata.boundary.OrganizationReferences;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.security.entity.User;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Users belong to an organization: one that has users is referred to (master data asks). */
@Dependent
public class UsersOfOrganizations implements OrganizationReferences {

  @PersistenceContext EntityManager em;

  @Override
  public long count(Organization organization) {
    return em.createNamedQuery(User.COUNT_BY_ORGANIZATION, Long.class)
        .setParameter("organization", organization)
        .getSingleResult();
  }
}
