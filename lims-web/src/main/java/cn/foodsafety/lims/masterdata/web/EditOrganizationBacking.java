package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.boundary.TestItemData;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.control.ListQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * masterdata/organization.xhtml: create or edit one organization (?id= for an existing one). The
 * page shows the department for regulators and the accreditation, capacity and scope for
 * laboratories only, and submits only what it shows.
 */
@Named
@ViewScoped
public class EditOrganizationBacking extends EditRecordBacking<OrganizationData> {

  private static final long serialVersionUID = 1L;

  @Inject Organizations organizations;

  @Inject Regions regions;

  @Inject FoodCategories categories;

  @Inject TestItems testItems;

  private String code;
  private String name;
  private String nameEn;
  private OrganizationKind kind;
  private Department department;
  private Long regionId;
  private Long parentId;
  private String accreditationNumber;
  private Integer weeklyCapacity;
  private List<Long> scopeCategoryIds = new ArrayList<>();
  private List<Long> scopeTestItemIds = new ArrayList<>();
  private String address;
  private String phone;

  // the choices, loaded once per view
  private transient List<RegionData> regionChoices;
  private transient List<OrganizationData> parentChoices;
  private transient List<FoodCategoryData> categoryChoices;
  private transient List<TestItemData> testItemChoices;

  /** viewAction: loads the organization named by ?id=. */
  public void load() {
    if (!loads()) {
      return;
    }
    OrganizationData o = organizations.get(id);
    code = o.code();
    name = o.name();
    nameEn = o.nameEn();
    kind = o.kind();
    department = o.department();
    regionId = o.regionId();
    parentId = o.parentId();
    accreditationNumber = o.accreditationNumber();
    weeklyCapacity = o.weeklyCapacity();
    scopeCategoryIds = new ArrayList<>(o.scopeCategoryIds());
    scopeTestItemIds = new ArrayList<>(o.scopeTestItemIds());
    address = o.address();
    phone = o.phone();
    active = Boolean.TRUE.equals(o.active());
    version = o.version();
  }

  @Override
  protected OrganizationData formData() {
    boolean lab = isLaboratory();
    OrganizationData data =
        new OrganizationData(
            id,
            code,
            name,
            nameEn,
            kind,
            isRegulator() ? department : null,
            regionId,
            null,
            parentId,
            null,
            lab ? accreditationNumber : null,
            lab ? weeklyCapacity : null,
            lab ? new LinkedHashSet<>(scopeCategoryIds) : null,
            lab ? new LinkedHashSet<>(scopeTestItemIds) : null,
            address,
            phone,
            null,
            version,
            null);
    return data;
  }

  @Override
  protected Records<OrganizationData> records() {
    return new Records<>(
        organizations::create,
        organizations::update,
        organizations::remove,
        organizations::activate,
        organizations::deactivate,
        OrganizationData::active,
        OrganizationData::version,
        OrganizationData::name);
  }

  @Override
  protected String shownName() {
    return name;
  }

  @Override
  protected String listPage() {
    return "/masterdata/organizations.xhtml";
  }

  /** The department is asked of regulators only: each department runs its own program. */
  public boolean isRegulator() {
    return kind != null && kind.hasDepartment();
  }

  /** Accreditation, capacity and scope are asked of laboratories only. */
  public boolean isLaboratory() {
    return kind != null && kind.isAccredited();
  }

  public List<RegionData> getRegions() {
    if (regionChoices == null) {
      regionChoices = regions.list(ListQuery.firstPage(ListQuery.MAX_SIZE)).items();
    }
    return regionChoices;
  }

  /** Every other organization (an organization is never its own parent). */
  public List<OrganizationData> getParents() {
    if (parentChoices == null) {
      parentChoices =
          organizations.list(ListQuery.firstPage(ListQuery.MAX_SIZE)).items().stream()
              .filter(o -> !Objects.equals(o.id(), id))
              .toList();
    }
    return parentChoices;
  }

  public List<FoodCategoryData> getCategories() {
    if (categoryChoices == null) {
      categoryChoices = categories.all();
    }
    return categoryChoices;
  }

  public List<TestItemData> getTestItems() {
    if (testItemChoices == null) {
      testItemChoices = testItems.list(ListQuery.firstPage(ListQuery.MAX_SIZE)).items();
    }
    return testItemChoices;
  }

  public List<OrganizationKind> getKinds() {
    return List.of(OrganizationKind.values());
  }

  public List<Department> getDepartments() {
    return List.of(Department.values());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public void setKind(OrganizationKind kind) {
    this.kind = kind;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getAccreditationNumber() {
    return accreditationNumber;
  }

  public void setAccreditationNumber(String accreditationNumber) {
    this.accreditationNumber = accreditationNumber;
  }

  public Integer getWeeklyCapacity() {
    return weeklyCapacity;
  }

  public void setWeeklyCapacity(Integer weeklyCapacity) {
    this.weeklyCapacity = weeklyCapacity;
  }

  public List<Long> getScopeCategoryIds() {
    return scopeCategoryIds;
  }

  public void setScopeCategoryIds(List<Long> scopeCategoryIds) {
    this.scopeCategoryIds = scopeCategoryIds == null ? new ArrayList<>() : scopeCategoryIds;
  }

  public List<Long> getScopeTestItemIds() {
    return scopeTestItemIds;
  }

  public void setScopeTestItemIds(List<Long> scopeTestItemIds) {
    this.scopeTestItemIds = scopeTestItemIds == null ? new ArrayList<>() : scopeTestItemIds;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
