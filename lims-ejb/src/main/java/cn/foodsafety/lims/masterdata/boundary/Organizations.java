package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.control.OrganizationRules;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Regulators, testing institutions, their sampling teams and laboratories, with each laboratory's
 * accreditation, scope and weekly capacity.
 */
@Stateless
public class Organizations {

  static final String ENTITY = "Organization";

  private static final Listing<Organization> LISTING =
      Listing.of(Organization.class)
          .sortable("code", "name", "kind")
          .sortableAs("region", "region.name")
          .defaultSort("code")
          .searchable("code", "name", "nameEn")
          .filterable("kind", OrganizationKind::valueOf)
          .filterable("department", Department::valueOf)
          .filterable("region.id", Long::valueOf)
          .filterable("parent.id", Long::valueOf)
          .filterable("active", Boolean::valueOf);

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject @Any Instance<OrganizationReferences> references;

  @Inject AuditTrail audit;

  @PermitAll
  public Page<OrganizationData> list(ListQuery query) {
    return LISTING.run(em, query).map(OrganizationData::of);
  }

  @PermitAll
  public OrganizationData get(long id) {
    return OrganizationData.of(find(id));
  }

  /** The active laboratories, by code: where samples can be sent. */
  @PermitAll
  public List<OrganizationData> laboratories() {
    return byKind(OrganizationKind.LABORATORY);
  }

  /** The active organizations of one kind, by code, for the pages' choices. */
  @PermitAll
  public List<OrganizationData> byKind(OrganizationKind kind) {
    if (kind == null) {
      throw InvalidInputException.of("kind", "lims.field.required");
    }
    return em.createQuery(
            "select o from Organization o where o.kind = :kind and o.active = true order by o.code",
            Organization.class)
        .setParameter("kind", kind)
        .getResultStream()
        .map(OrganizationData::of)
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public OrganizationData create(OrganizationData data) {
    Violations v = Violations.of(validator, data);
    References refs = resolve(data, null, v);
    checkRules(data, data.kind(), null, v);
    v.throwIfAny();
    Organization org =
        new Organization(data.code().strip(), data.name().strip(), data.kind(), refs.region());
    describe(org, data, refs);
    em.persist(org);
    em.flush();
    audit.created(ENTITY, org.getId(), org.getCode() + " " + org.getName());
    return OrganizationData.of(org);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors({ReferenceChange.class, RecordChanges.class})
  public OrganizationData update(long id, OrganizationData data) {
    Organization org = find(id);
    Versions.check(data.version(), org.getVersion());
    Violations v = Violations.of(validator, data);
    v.addIf(
        data.kind() != null && data.kind() != org.getKind(),
        "kind",
        "lims.organization.kind.fixed");
    References refs = resolve(data, org, v);
    checkRules(data, org.getKind(), org, v);
    v.throwIfAny();
    describe(org, data, refs);
    em.flush();
    return OrganizationData.of(org);
  }

  /**
   * Deletes an organization nothing refers to; one that has organizations below it or user accounts
   * is deactivated instead, so nothing that points to it breaks.
   *
   * @return the organization as it is now, or null when it was deleted
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public OrganizationData remove(long id) {
    Organization org = find(id);
    if (isReferenced(org)) {
      return deactivate(id);
    }
    audit.action(AuditAction.DEACTIVATE, ENTITY, id, "deleted", org.getCode(), null, null);
    em.remove(org);
    return null;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public OrganizationData deactivate(long id) {
    Organization org = find(id);
    if (org.isActive()) {
      org.deactivate();
      audit.action(AuditAction.DEACTIVATE, ENTITY, id, "active", "true", "false", null);
    }
    em.flush(); // the answer carries the new version
    return OrganizationData.of(org);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public OrganizationData activate(long id) {
    Organization org = find(id);
    if (!org.isActive()) {
      org.activate();
      audit.action(AuditAction.ACTIVATE, ENTITY, id, "active", "false", "true", null);
    }
    em.flush(); // the answer carries the new version
    return OrganizationData.of(org);
  }

  Organization find(long id) {
    Organization org = em.find(Organization.class, id);
    if (org == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return org;
  }

  /** The records an organization's data names, found (or reported as field errors). */
  private record References(
      Region region,
      Organization parent,
      Set<FoodCategory> scopeCategories,
      Set<TestItem> scopeTestItems) {}

  private References resolve(OrganizationData data, Organization self, Violations v) {
    Region region = data.regionId() == null ? null : em.find(Region.class, data.regionId());
    v.addIf(
        data.regionId() != null && region == null,
        "regionId",
        "lims.field.unknownReference",
        data.regionId());
    v.addIf(
        region != null
            && !region.isActive()
            && (self == null || !self.getRegion().getId().equals(region.getId())),
        "regionId",
        "lims.field.inactiveReference",
        region == null ? "" : region.getName());

    Organization parent =
        data.parentId() == null ? null : em.find(Organization.class, data.parentId());
    v.addIf(
        data.parentId() != null && parent == null,
        "parentId",
        "lims.field.unknownReference",
        data.parentId());
    if (parent != null && self != null && parent.isWithin(self)) {
      v.add("parentId", "lims.organization.parent.cycle");
    } else {
      v.addIf(
          parent != null
              && !parent.isActive()
              && (self == null || !Objects.equals(idOf(self.getParent()), parent.getId())),
          "parentId",
          "lims.field.inactiveReference",
          parent == null ? "" : parent.getName());
    }

    Set<FoodCategory> categories =
        ReferencedRecords.find(
            em,
            FoodCategory.class,
            data.scopeCategoryIds(),
            self == null ? Set.of() : self.getScopeCategories(),
            FoodCategory::isActive,
            FoodCategory::getName,
            "scopeCategoryIds",
            v);
    Set<TestItem> testItems =
        ReferencedRecords.find(
            em,
            TestItem.class,
            data.scopeTestItemIds(),
            self == null ? Set.of() : self.getScopeTestItems(),
            TestItem::isActive,
            TestItem::getAnalyte,
            "scopeTestItemIds",
            v);
    return new References(region, parent, categories, testItems);
  }

  private void checkRules(
      OrganizationData data, OrganizationKind kind, Organization self, Violations v) {
    if (data.code() != null && !data.code().isBlank()) {
      List<Organization> sameCode =
          em.createNamedQuery(Organization.FIND_BY_CODE, Organization.class)
              .setParameter("code", data.code().strip())
              .getResultList();
      v.addIf(
          sameCode.stream().anyMatch(o -> self == null || !o.getId().equals(self.getId())),
          "code",
          "lims.field.duplicateCode",
          data.code().strip());
    }
    OrganizationRules.check(
        kind,
        data.parentId() != null,
        data.department(),
        data.accreditationNumber(),
        data.weeklyCapacity(),
        data.scopeCategoryIds(),
        data.scopeTestItemIds(),
        v);
  }

  private static void describe(Organization org, OrganizationData data, References refs) {
    org.describe(
        data.code().strip(),
        data.name().strip(),
        Regions.blankToNull(data.nameEn()),
        data.department(),
        refs.region(),
        refs.parent(),
        Regions.blankToNull(data.address()),
        Regions.blankToNull(data.phone()));
    if (org.getKind() == OrganizationKind.LABORATORY) {
      org.accredit(
          data.accreditationNumber().strip(),
          data.weeklyCapacity(),
          refs.scopeCategories(),
          refs.scopeTestItems());
    }
  }

  private boolean isReferenced(Organization org) {
    long children =
        em.createNamedQuery(Organization.COUNT_CHILDREN, Long.class)
            .setParameter("parent", org)
            .getSingleResult();
    long elsewhere = 0;
    for (OrganizationReferences r : references) {
      elsewhere += r.count(org);
    }
    return children + elsewhere > 0;
  }

  private static Long idOf(Organization o) {
    return o == null ? null : o.getId();
  }
}
