package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.security.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Set;
import java.util.function.Function;

/**
 * Who looks at cases: an administrator sees all; a supervisor of a regulator sees the cases in its
 * region and below, and those whose producer is in its care (read-only, with its own note). Only
 * supervisors of the responsible regulator record steps, ask for and decide extensions.
 */
record CaseViewer(User user, boolean all, Organization org, Set<Long> regionIds) {

  static CaseViewer of(User user, Function<Region, Set<Long>> regionsWithin) {
    Organization org = user.getOrganization();
    boolean regulator = user.has(Role.SUPERVISOR) && org.getKind() == OrganizationKind.REGULATOR;
    Set<Long> regions = Set.of();
    if (regulator) {
      regions = regionsWithin.apply(org.getRegion());
    }
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
    return all || regionIds.contains(c.getRegion().getId()) || isProducerRegulator(c);
  }

  Predicate visible(CriteriaBuilder cb, Root<FollowUpCase> root) {
    if (all) {
      return cb.conjunction();
    }
    if (org == null) {
      return cb.disjunction();
    }
    Predicate producer = cb.equal(root.get("producerRegulator"), org);
    return regionIds.isEmpty()
        ? producer
        : cb.or(root.get("region").get("id").in(regionIds), producer);
  }
}
