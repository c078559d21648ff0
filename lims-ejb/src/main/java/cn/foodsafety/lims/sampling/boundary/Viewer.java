package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who is looking at samples, and so which ones they see: a sampler those of his sampling unit, lab
 * staff those assigned to their laboratory (masked when the plan has blind coding), planners and
 * supervisors those taken in their organization's region or below, an administrator all.
 */
record Viewer(
    User user,
    boolean all,
    Organization samplingUnit,
    Organization lab,
    Jurisdiction jurisdiction) {

  static Viewer of(User user, Jurisdictions jurisdictions) {
    Organization org = user.getOrganization();
    boolean sampler = user.has(Role.SAMPLER) && org.getKind() == OrganizationKind.SAMPLING_UNIT;
    boolean labStaff =
        (user.has(Role.LAB_TECH) || user.has(Role.LAB_REVIEWER))
            && org.getKind() == OrganizationKind.LABORATORY;
    Jurisdiction regions = Jurisdiction.none();
    if (user.has(Role.PLANNER) || user.has(Role.SUPERVISOR)) {
      regions = jurisdictions.ofOrganization(org);
    }
    return new Viewer(
        user, user.has(Role.ADMIN), sampler ? org : null, labStaff ? org : null, regions);
  }

  boolean isSamplerOf(Sample s) {
    return isSamplerOf(s.getSamplingUnit().getId());
  }

  private boolean isSamplerOf(Long samplingUnitId) {
    return samplingUnit != null && samplingUnit.getId().equals(samplingUnitId);
  }

  boolean isLabOf(Sample s) {
    return lab != null && s.getLab() != null && lab.getId().equals(s.getLab().getId());
  }

  boolean isRegionOf(Sample s) {
    return jurisdiction.covers(s.getRegion());
  }

  boolean canSee(Sample s) {
    return all || isSamplerOf(s) || isLabOf(s) || isRegionOf(s);
  }

  /** A laboratory sees a blind-coded sample without producer and party. */
  boolean masks(Sample s) {
    return masks(s.isBlind(), s.getSamplingUnit().getId(), s.getRegion().getId());
  }

  /** The same for a sample read as a list's columns: blind-coded, its sampling unit and region. */
  boolean masks(boolean blind, Long samplingUnitId, Long regionId) {
    return blind && !all && !isSamplerOf(samplingUnitId) && !jurisdiction.covers(regionId);
  }

  /** Whether this viewer sees samples only as a laboratory (then searches skip party names). */
  boolean onlyLab() {
    return !all && samplingUnit == null && jurisdiction.isEmpty();
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
    if (!jurisdiction.isEmpty()) {
      any.add(jurisdiction.covers(cb, root.get("region")));
    }
    return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
  }

  /**
   * The same samples as {@link #visible(CriteriaBuilder, Root)} for a viewer who sees them by
   * region alone, written so that no index serves it (the region's id plus zero): the database then
   * walks the index of the list's order and stops after the page instead of finding every visible
   * sample through the region index and sorting them all. Null for any other viewer.
   */
  Listing.Restriction<Sample> visibleInListOrder() {
    if (all || samplingUnit != null || lab != null || jurisdiction.isEmpty()) {
      return null;
    }
    return (cb, root) ->
        cb.sum(root.<Long>get("regionId"), cb.literal(0L)).in(jurisdiction.regionIds());
  }

  /**
   * How many samples a viewer who sees them by region alone sees, counted as all samples less those
   * of the regions outside the jurisdiction (every sample has a region): for a jurisdiction that
   * holds most samples the database then reads the table's row count and the few index entries of
   * the other regions instead of every visible sample's. One statement, so both counts see the same
   * rows. Only for a viewer of {@link #visibleInListOrder()}.
   */
  long countVisibleAsAllLessOthers(EntityManager em) {
    StringBuilder ids = new StringBuilder();
    for (Long id : jurisdiction.regionIds()) {
      ids.append(ids.isEmpty() ? "" : ", ").append(id.longValue());
    }
    Object n =
        em.createNativeQuery(
                "SELECT (SELECT COUNT(*) FROM sample) - (SELECT COUNT(*) FROM sample WHERE"
                    + " region_id IN (SELECT id FROM region WHERE id NOT IN ("
                    + ids
                    + ")))")
            .getSingleResult();
    return ((Number) n).longValue();
  }

  /** The regions of the viewer's jurisdiction (empty for none). */
  Set<Long> jurisdictionRegionIds() {
    return jurisdiction.regionIds();
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
