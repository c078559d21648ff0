package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Who looks at cases: an administrator sees all; a supervisor of a regulator sees the cases in its
 * region and below, and those whose producer is in its care (read-only, with its own note). Only
 * supervisors of the responsible regulator record steps, ask for and decide extensions.
 */
record CaseViewer(User user, boolean all, Organization org, Jurisdiction jurisdiction) {

  static CaseViewer of(User user, Jurisdictions jurisdictions) {
    Organization org = user.getOrganization();
    boolean regulator = user.has(Role.SUPERVISOR) && org.getKind() == OrganizationKind.REGULATOR;
    Jurisdiction regions = regulator ? jurisdictions.ofOrganization(org) : Jurisdiction.none();
    return new CaseViewer(user, user.has(Role.ADMIN), regulator ? org : null, regions);
  }

  boolean isResponsible(FollowUpCase c) {
    return org != null && org.getId().equals(c.getResponsible().getId());
  }

  boolean isProducerRegulator(FollowUpCase c) {
    return org != null
        && c.getProducerRegulator() != null
        && org.getId().equals(c.getProducerRegulator().getId());
  }

  boolean canSee(FollowUpCase c) {
    return all || jurisdiction.covers(c.getRegion()) || isProducerRegulator(c) || isResponsible(c);
  }

  Predicate visible(CriteriaBuilder cb, Root<FollowUpCase> root) {
    if (all) {
      return cb.conjunction();
    }
    if (org == null) {
      return cb.disjunction();
    }
    // a producer's regulator answers for production-stage cases sampled outside its own region too
    Predicate producer =
        cb.or(cb.equal(root.get("producerRegulator"), org), cb.equal(root.get("responsible"), org));
    return jurisdiction.isEmpty()
        ? producer
        : cb.or(jurisdiction.covers(cb, root.get("region")), producer);
  }
}
