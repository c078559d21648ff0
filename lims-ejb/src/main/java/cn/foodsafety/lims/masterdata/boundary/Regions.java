package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;

/** The region tree and its residents figures. */
@Stateless
public class Regions {

  static final String ENTITY = "Region";

  private static final Listing<Region> LISTING =
      Listing.of(Region.class)
          .sortable("code", "name", "residents", "residentsYear", "kind")
          .defaultSort("code")
          .searchable("code", "name", "nameEn")
          .filterable("kind", RegionKind::valueOf)
          .filterable("parent.id", Long::valueOf)
          .filterable("active", Boolean::valueOf)
          .filterable("residentsYear", Integer::valueOf);

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Resource SessionContext session;

  @PermitAll
  public Page<RegionData> list(ListQuery query) {
    return LISTING.run(em, query).map(RegionData::of);
  }

  @PermitAll
  public RegionData get(long id) {
    return RegionData.of(find(id));
  }

  /** The county-level units under a region (the units of a city, or all of a province's). */
  @PermitAll
  public List<Region> countyUnitsWithin(long regionId) {
    Region top = find(regionId);
    return em.createQuery(
            "select r from Region r where r.kind = :kind and r.active = true order by r.code",
            Region.class)
        .setParameter("kind", RegionKind.COUNTY)
        .getResultStream()
        .filter(r -> r.isWithin(top))
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public RegionData create(RegionData data) {
    Violations v = Violations.of(validator, data);
    Region parent = parentOf(data, v);
    checkStructure(data, null, parent, v);
    v.throwIfAny();
    Region region = new Region(data.code().strip(), data.name().strip(), data.kind(), parent);
    region.describe(
        data.code().strip(), data.name().strip(), blankToNull(data.nameEn()), data.unitType());
    region.recordResidents(data.residents(), data.residentsBasis().strip(), data.residentsYear());
    em.persist(region);
    em.flush();
    audit.created(ENTITY, region.getId(), region.getCode() + " " + region.getName());
    return RegionData.of(region);
  }

  /** Planners update residents figures each year; the structure is the administrator's. */
  @RolesAllowed({Role.ADMIN_NAME, Role.PLANNER_NAME})
  @Interceptors({ReferenceChange.class, RecordChanges.class})
  public RegionData update(long id, RegionData data) {
    boolean administrator = session.isCallerInRole(Role.ADMIN_NAME);
    Region region = find(id);
    Versions.check(data.version(), region.getVersion());
    Violations v = Violations.of(validator, data);
    Region parent = parentOf(data, v);
    checkStructure(data, region, parent, v);
    boolean structureChanged =
        !region.getCode().equals(data.code())
            || !region.getName().equals(data.name())
            || region.getKind() != data.kind()
            || !java.util.Objects.equals(
                region.getParent() == null ? null : region.getParent().getId(), data.parentId());
    v.addIf(structureChanged && !administrator, "code", "lims.region.structure.adminOnly");
    v.throwIfAny();
    region.describe(
        data.code().strip(), data.name().strip(), blankToNull(data.nameEn()), data.unitType());
    region.moveUnder(parent);
    region.recordResidents(data.residents(), data.residentsBasis().strip(), data.residentsYear());
    em.flush();
    return RegionData.of(region);
  }

  /**
   * Deletes a region nothing refers to; a region that is referred to (sub-regions, organizations)
   * is deactivated instead, so nothing that points to it breaks.
   *
   * @return the region as it is now, or null when it was deleted
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public RegionData remove(long id) {
    Region region = find(id);
    if (isReferenced(region)) {
      return deactivate(id);
    }
    audit.action(AuditAction.DEACTIVATE, ENTITY, id, "deleted", region.getCode(), null, null);
    em.remove(region);
    return null;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public RegionData deactivate(long id) {
    Region region = find(id);
    if (region.isActive()) {
      region.deactivate();
      audit.action(AuditAction.DEACTIVATE, ENTITY, id, "active", "true", "false", null);
    }
    em.flush(); // the answer carries the new version
    return RegionData.of(region);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public RegionData activate(long id) {
    Region region = find(id);
    if (!region.isActive()) {
      region.activate();
      audit.action(AuditAction.ACTIVATE, ENTITY, id, "active", "false", "true", null);
    }
    em.flush(); // the answer carries the new version
    return RegionData.of(region);
  }

  Region find(long id) {
    Region region = em.find(Region.class, id);
    if (region == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return region;
  }

  private boolean isReferenced(Region region) {
    long children =
        em.createNamedQuery(Region.COUNT_CHILDREN, Long.class)
            .setParameter("parent", region)
            .getSingleResult();
    long organizations =
        em.createQuery("select count(o) from Organization o where o.region = :r", Long.class)
            .setParameter("r", region)
            .getSingleResult();
    return children + organizations > 0;
  }

  private Region parentOf(RegionData data, Violations v) {
    if (data.parentId() == null) {
      return null;
    }
    Region parent = em.find(Region.class, data.parentId());
    v.addIf(parent == null, "parentId", "lims.field.unknownReference", data.parentId());
    return parent;
  }

  private void checkStructure(RegionData data, Region self, Region parent, Violations v) {
    if (data.code() != null && !data.code().isBlank()) {
      List<Region> sameCode =
          em.createNamedQuery(Region.FIND_BY_CODE, Region.class)
              .setParameter("code", data.code().strip())
              .getResultList();
      v.addIf(
          sameCode.stream().anyMatch(r -> self == null || !r.getId().equals(self.getId())),
          "code",
          "lims.field.duplicateCode",
          data.code().strip());
    }
    if (self != null && parent != null && parent.isWithin(self)) {
      v.add("parentId", "lims.region.parent.cycle");
    } else if (data.kind() != null && !v.has("parentId")) {
      RegionKind expected = data.kind().parentKind();
      if (expected == null) {
        v.addIf(parent != null, "parentId", "lims.region.parent.none", data.kind());
      } else {
        v.addIf(
            parent == null || parent.getKind() != expected,
            "parentId",
            "lims.region.parent.kind",
            data.kind(),
            expected);
      }
    }
    v.addIf(
        data.kind() == RegionKind.COUNTY && data.unitType() == null,
        "unitType",
        "lims.field.required");
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
