package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.control.CategoryDepths;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
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
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;

/** The food classification tree (大类 / 亚类 / 品种 / 细类). */
@Stateless
public class FoodCategories {

  static final String ENTITY = "FoodCategory";

  private static final Listing<FoodCategory> LISTING =
      Listing.of(FoodCategory.class)
          .sortable("code", "name", "depth", "sortOrder")
          .defaultSort("code")
          .searchable("code", "name", "nameEn")
          .filterable("parent.id", Long::valueOf)
          .filterable("depth", Integer::valueOf)
          .filterable("keyCategory", Boolean::valueOf)
          .filterable("active", Boolean::valueOf);

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @PermitAll
  public Page<FoodCategoryData> list(ListQuery query) {
    return LISTING.run(em, query).map(FoodCategoryData::of);
  }

  @PermitAll
  public FoodCategoryData get(long id) {
    return FoodCategoryData.of(find(id));
  }

  /**
   * The categories directly below one (null: the top level), in their display order, deactivated
   * ones included and flagged, so that the administrator's tree can show them.
   */
  @PermitAll
  public List<FoodCategoryData> children(Long parentId) {
    if (parentId == null) {
      return em.createQuery(
              "select c from FoodCategory c where c.parent is null order by c.sortOrder, c.code",
              FoodCategory.class)
          .getResultStream()
          .map(FoodCategoryData::of)
          .toList();
    }
    return em.createQuery(
            "select c from FoodCategory c where c.parent = :parent order by c.sortOrder, c.code",
            FoodCategory.class)
        .setParameter("parent", find(parentId))
        .getResultStream()
        .map(FoodCategoryData::of)
        .toList();
  }

  /** Every category by code, deactivated ones included and flagged, for selects and trees. */
  @PermitAll
  public List<FoodCategoryData> all() {
    return em.createQuery(
            "select c from FoodCategory c left join fetch c.parent order by c.code",
            FoodCategory.class)
        .getResultStream()
        .map(FoodCategoryData::of)
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public FoodCategoryData create(FoodCategoryData data) {
    Violations v = Violations.of(validator, data);
    FoodCategory parent = parentOf(data, null, v);
    checkCode(data, null, v);
    v.throwIfAny();
    FoodCategory category = new FoodCategory(data.code().strip(), data.name().strip(), parent);
    describe(category, data);
    em.persist(category);
    em.flush();
    audit.created(ENTITY, category.getId(), category.getCode() + " " + category.getName());
    return FoodCategoryData.of(category);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors({ReferenceChange.class, RecordChanges.class})
  public FoodCategoryData update(long id, FoodCategoryData data) {
    FoodCategory category = find(id);
    Versions.check(data.version(), category.getVersion());
    Violations v = Violations.of(validator, data);
    FoodCategory parent = parentOf(data, category, v);
    checkCode(data, category, v);
    v.throwIfAny();
    FoodCategory oldParent = category.getParent();
    int oldDepth = category.getDepth();
    describe(category, data);
    if (!Objects.equals(idOf(oldParent), idOf(parent))) {
      category.moveUnder(parent);
      if (category.getDepth() != oldDepth) {
        CategoryDepths.followMove(category, this::childrenOf);
      }
    }
    em.flush();
    return FoodCategoryData.of(category);
  }

  /**
   * Deletes a category nothing refers to; one that has sub-categories, test items or laboratory
   * scopes is deactivated instead, so nothing that points to it breaks.
   *
   * @return the category as it is now, or null when it was deleted
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public FoodCategoryData remove(long id) {
    FoodCategory category = find(id);
    if (isReferenced(category)) {
      return deactivate(id);
    }
    audit.action(AuditAction.DEACTIVATE, ENTITY, id, "deleted", category.getCode(), null, null);
    em.remove(category);
    return null;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public FoodCategoryData deactivate(long id) {
    FoodCategory category = find(id);
    if (category.isActive()) {
      category.deactivate();
      audit.action(AuditAction.DEACTIVATE, ENTITY, id, "active", "true", "false", null);
    }
    em.flush(); // the answer carries the new version
    return FoodCategoryData.of(category);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public FoodCategoryData activate(long id) {
    FoodCategory category = find(id);
    if (!category.isActive()) {
      category.activate();
      audit.action(AuditAction.ACTIVATE, ENTITY, id, "active", "false", "true", null);
    }
    em.flush(); // the answer carries the new version
    return FoodCategoryData.of(category);
  }

  FoodCategory find(long id) {
    FoodCategory category = em.find(FoodCategory.class, id);
    if (category == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return category;
  }

  private List<FoodCategory> childrenOf(FoodCategory parent) {
    return em.createQuery(
            "select c from FoodCategory c where c.parent = :parent", FoodCategory.class)
        .setParameter("parent", parent)
        .getResultList();
  }

  private boolean isReferenced(FoodCategory category) {
    long children =
        em.createNamedQuery(FoodCategory.COUNT_CHILDREN, Long.class)
            .setParameter("parent", category)
            .getSingleResult();
    long testItems =
        em.createQuery(
                "select count(t) from TestItem t join t.categories c where c = :category",
                Long.class)
            .setParameter("category", category)
            .getSingleResult();
    long labScopes =
        em.createQuery(
                "select count(o) from Organization o join o.scopeCategories c where c = :category",
                Long.class)
            .setParameter("category", category)
            .getSingleResult();
    return children + testItems + labScopes > 0;
  }

  private FoodCategory parentOf(FoodCategoryData data, FoodCategory self, Violations v) {
    if (data.parentId() == null) {
      return null;
    }
    FoodCategory parent = em.find(FoodCategory.class, data.parentId());
    if (parent == null) {
      v.add("parentId", "lims.field.unknownReference", data.parentId());
    } else if (self != null && parent.isWithin(self)) {
      v.add("parentId", "lims.category.parent.cycle");
    } else {
      v.addIf(
          !parent.isActive()
              && (self == null || !Objects.equals(idOf(self.getParent()), parent.getId())),
          "parentId",
          "lims.field.inactiveReference",
          parent.getName());
    }
    return parent;
  }

  private void checkCode(FoodCategoryData data, FoodCategory self, Violations v) {
    if (data.code() == null || data.code().isBlank()) {
      return;
    }
    List<FoodCategory> sameCode =
        em.createNamedQuery(FoodCategory.FIND_BY_CODE, FoodCategory.class)
            .setParameter("code", data.code().strip())
            .getResultList();
    v.addIf(
        sameCode.stream().anyMatch(c -> self == null || !c.getId().equals(self.getId())),
        "code",
        "lims.field.duplicateCode",
        data.code().strip());
  }

  private static void describe(FoodCategory category, FoodCategoryData data) {
    category.describe(
        data.code().strip(),
        data.name().strip(),
        Regions.blankToNull(data.nameEn()),
        keyCategory(data),
        sortOrder(data));
  }

  private static boolean keyCategory(FoodCategoryData data) {
    return Boolean.TRUE.equals(data.keyCategory());
  }

  private static int sortOrder(FoodCategoryData data) {
    return Objects.requireNonNullElse(data.sortOrder(), 0);
  }

  private static Long idOf(FoodCategory c) {
    return c == null ? null : c.getId();
  }
}
