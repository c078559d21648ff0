package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.control.LimitRules;
import cn.foodsafety.lims.masterdata.entity.ComparisonMethod;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.masterdata.entity.TestItem;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The test items: analytes with their limits, methods and the food categories they apply to. */
@Stateless
public class TestItems {

  static final String ENTITY = "TestItem";

  private static final Listing<TestItem> LISTING =
      Listing.of(TestItem.class)
          .sortable("code", "analyte")
          .sortableAs("unit", "limit.unit")
          .sortableAs("limitStandard", "limit.standard")
          .defaultSort("code")
          .searchable("code", "analyte", "analyteEn", "limit.standard")
          .filterableAs("limitOperator", "limit.operator", LimitOperator::valueOf)
          .filterable("active", Boolean::valueOf);

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @PermitAll
  public Page<TestItemData> list(ListQuery query) {
    return LISTING.run(em, query).map(TestItemData::of);
  }

  @PermitAll
  public TestItemData get(long id) {
    return TestItemData.of(find(id));
  }

  /**
   * The active test items that apply to foods of a category: those linked to the category itself or
   * to any category above it (an item for vegetables applies to celery), by code.
   */
  @PermitAll
  public List<TestItem> forCategory(long categoryId) {
    FoodCategory category = em.find(FoodCategory.class, categoryId);
    if (category == null) {
      throw new NotFoundException(FoodCategories.ENTITY, categoryId);
    }
    List<Long> lineage = new ArrayList<>();
    for (FoodCategory c = category; c != null; c = c.getParent()) {
      lineage.add(c.getId());
    }
    return em.createQuery(
            "select distinct t from TestItem t join t.categories c"
                + " where c.id in :lineage and t.active = true order by t.code",
            TestItem.class)
        .setParameter("lineage", lineage)
        .getResultList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public TestItemData create(TestItemData data) {
    Violations v = Violations.of(validator, data);
    checkLimit(data, v);
    checkHazard(data, v);
    checkCode(data, null, v);
    Set<FoodCategory> categories = categoriesOf(data, null, v);
    v.throwIfAny();
    TestItem item = new TestItem(data.code().strip(), data.analyte().strip(), limitOf(data));
    describe(item, data, categories);
    em.persist(item);
    em.flush();
    audit.created(ENTITY, item.getId(), item.getCode() + " " + item.getAnalyte());
    return TestItemData.of(item);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(RecordChanges.class)
  public TestItemData update(long id, TestItemData data) {
    TestItem item = find(id);
    Versions.check(data.version(), item.getVersion());
    Violations v = Violations.of(validator, data);
    checkLimit(data, v);
    checkHazard(data, v);
    checkCode(data, item, v);
    Set<FoodCategory> categories = categoriesOf(data, item, v);
    v.throwIfAny();
    describe(item, data, categories);
    em.flush();
    return TestItemData.of(item);
  }

  /**
   * Deletes a test item nothing refers to; one in a laboratory's scope is deactivated instead, so
   * nothing that points to it breaks.
   *
   * @return the test item as it is now, or null when it was deleted
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public TestItemData remove(long id) {
    TestItem item = find(id);
    if (isReferenced(item)) {
      return deactivate(id);
    }
    audit.action(AuditAction.DEACTIVATE, ENTITY, id, "deleted", item.getCode(), null, null);
    em.remove(item);
    return null;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public TestItemData deactivate(long id) {
    TestItem item = find(id);
    if (item.isActive()) {
      item.deactivate();
      audit.action(AuditAction.DEACTIVATE, ENTITY, id, "active", "true", "false", null);
    }
    em.flush(); // the answer carries the new version
    return TestItemData.of(item);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public TestItemData activate(long id) {
    TestItem item = find(id);
    if (!item.isActive()) {
      item.activate();
      audit.action(AuditAction.ACTIVATE, ENTITY, id, "active", "false", "true", null);
    }
    em.flush(); // the answer carries the new version
    return TestItemData.of(item);
  }

  TestItem find(long id) {
    TestItem item = em.find(TestItem.class, id);
    if (item == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return item;
  }

  private static void checkLimit(TestItemData data, Violations v) {
    LimitRules.check(
        data.limitOperator(), data.limitValue(), data.limitUpper(), data.lod(), data.unit(), v);
  }

  private void checkCode(TestItemData data, TestItem self, Violations v) {
    if (data.code() == null || data.code().isBlank()) {
      return;
    }
    List<TestItem> sameCode =
        em.createNamedQuery(TestItem.FIND_BY_CODE, TestItem.class)
            .setParameter("code", data.code().strip())
            .getResultList();
    v.addIf(
        sameCode.stream().anyMatch(t -> self == null || !t.getId().equals(self.getId())),
        "code",
        "lims.field.duplicateCode",
        data.code().strip());
  }

  private Set<FoodCategory> categoriesOf(TestItemData data, TestItem self, Violations v) {
    Set<FoodCategory> categories =
        ReferencedRecords.find(
            em,
            FoodCategory.class,
            data.categoryIds(),
            self == null ? Set.of() : self.getCategories(),
            FoodCategory::isActive,
            FoodCategory::getName,
            "categoryIds",
            v);
    v.addIf(
        categories.isEmpty() && !v.has("categoryIds"),
        "categoryIds",
        "lims.testItem.categories.required");
    return categories;
  }

  private static void describe(TestItem item, TestItemData data, Set<FoodCategory> categories) {
    item.describe(
        data.code().strip(),
        data.analyte().strip(),
        Regions.blankToNull(data.analyteEn()),
        Regions.blankToNull(data.methodStandard()),
        microbiological(data));
    item.setLimit(limitOf(data), data.lod());
    item.classifyHazard(seriousHazard(data), data.seriousHazardReason());
    item.linkCategories(categories);
  }

  /** The limit the data states; {@link LimitRules} has passed it. */
  private static Limit limitOf(TestItemData data) {
    return new Limit(
        data.limitOperator(),
        data.limitValue(),
        data.limitUpper(),
        data.unit().strip(),
        data.limitStandard().strip(),
        Regions.blankToNull(data.standardEdition()),
        comparison(data));
  }

  /** A serious hazard without its reason is refused with the other field errors. */
  private static void checkHazard(TestItemData data, Violations v) {
    v.addIf(
        seriousHazard(data)
            && (data.seriousHazardReason() == null || data.seriousHazardReason().isBlank()),
        "seriousHazardReason",
        "lims.testItem.seriousHazard.reason");
  }

  private static boolean seriousHazard(TestItemData data) {
    return Boolean.TRUE.equals(data.seriousHazard());
  }

  private boolean isReferenced(TestItem item) {
    return em.createQuery(
                "select count(o) from Organization o join o.scopeTestItems t where t = :item",
                Long.class)
            .setParameter("item", item)
            .getSingleResult()
        > 0;
  }

  private static ComparisonMethod comparison(TestItemData data) {
    return data.comparison() == null ? ComparisonMethod.FULL_VALUE : data.comparison();
  }

  private static boolean microbiological(TestItemData data) {
    return Boolean.TRUE.equals(data.microbiological());
  }
}
