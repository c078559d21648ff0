package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.masterdata.control.RegionTree;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is looking at samples, and so which ones they see: a sampler those of his sampling unit, lab
 * staff those assigned to their laboratory (masked when the plan has blind coding), planners and
 * supervisors those taken in their organization's region or below, an administrator all.
 */
record Viewer(
    User user, boolean all, Organization samplingUnit, Organization lab, Set<Long> regionIds) {

  static Viewer of(User user, Function<Region, Set<Long>> regionsWithin) {
    Organization org = user.getOrganization();
    boolean sampler = user.has(Role.SAMPLER) && org.getKind() == OrganizationKind.SAMPLING_UNIT;
    boolean labStaff =
        (user.has(Role.LAB_TECH) || user.has(Role.LAB_REVIEWER))
            && org.getKind() == OrganizationKind.LABORATORY;
    Set<Long> regions = Set.of();
    if (user.has(Role.PLANNER) || user.has(Role.SUPERVISOR)) {
      regions = regionsWithin.apply(org.getRegion());
    }
    return new Viewer(
        user, user.has(Role.ADMIN), sampler ? org : null, labStaff ? org : null, regions);
  }

  boolean isSamplerOf(Sample s) {
    return samplingUnit != null && samplingUnit.getId().equals(s.getSamplingUnit().getId());
  }

  boolean isLabOf(Sample s) {
    return lab != null && s.getLab() != null && lab.getId().equals(s.getLab().getId());
  }

  boolean isRegionOf(Sample s) {
    return regionIds.contains(s.getRegion().getId());
  }

  boolean canSee(Sample s) {
    return all || isSamplerOf(s) || isLabOf(s) || isRegionOf(s);
  }

  /** A laboratory sees a blind-coded sample without producer and party. */
  boolean masks(Sample s) {
    return s.isBlind() && !all && !isSamplerOf(s) && !isRegionOf(s);
  }

  /** Whether this viewer sees samples only as a laboratory (then searches skip party names). */
  boolean onlyLab() {
    return !all && samplingUnit == null && regionIds.isEmpty();
  }

  Predicate visible(CriteriaBuilder cb, Root<Sample> root) {
    if (all) {
      return cb.conjunction();
    }
    List<Predicate> any = new ArrayList<>();
    if (samplingUnit != null) {
      any.add(cb.equal(root.get("samplingUnit"), samplingUnit));
    }
    if (lab != null) {
      any.add(cb.equal(root.get("lab"), lab));
    }
    if (!regionIds.isEmpty()) {
      any.add(root.get("region").get("id").in(regionIds));
    }
    return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
  }

  /** The signed-in user as a viewer of samples (their region's ids by one recursive query). */
  static Viewer of(User user, EntityManager em) {
    return of(user, top -> RegionTree.idsWithin(em, top));
  }

  /** A sample this viewer may see; "not found" for one they may not. */
  Sample visible(EntityManager em, long id) {
    Sample s = em.find(Sample.class, id);
    if (s == null || !canSee(s)) {
      throw new NotFoundException(Samples.ENTITY, id);
    }
    return s;
  }
}
