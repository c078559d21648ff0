package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A regulator, testing institution, sampling team or laboratory. Teams and laboratories have a
 * parent organization: the separation of sampling and testing (抽检分离) forbids a laboratory to test
 * what a team of its own parent organization collected.
 */
// Reference data like regions: every request's caller belongs to one, every sample names several;
// changed rarely and only through JPA, so kept in the shared cache (ReferenceCacheSync).
@Cacheable
@Entity
@Table(name = "organization")
@NamedQuery(
    name = Organization.FIND_BY_CODE,
    query = "select o from Organization o where o.code = :code")
@NamedQuery(
    name = Organization.COUNT_CHILDREN,
    query = "select count(o) from Organization o where o.parent = :parent")
public class Organization implements Audited {

  public static final String FIND_BY_CODE = "Organization.findByCode";
  public static final String COUNT_CHILDREN = "Organization.countChildren";

  @Id
  @SequenceGenerator(
      name = "organization_seq",
      sequenceName = "organization_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_en")
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganizationKind kind;

  @Enumerated(EnumType.STRING)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY)
  private Organization parent;

  @Column(name = "accreditation_number")
  private String accreditationNumber;

  @Column(name = "weekly_capacity")
  private Integer weeklyCapacity;

  private String address;

  private String phone;

  @ManyToMany
  @JoinTable(
      name = "lab_scope_category",
      joinColumns = @JoinColumn(name = "organization_id"),
      inverseJoinColumns = @JoinColumn(name = "food_category_id"))
  private Set<FoodCategory> scopeCategories = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "lab_scope_test_item",
      joinColumns = @JoinColumn(name = "organization_id"),
      inverseJoinColumns = @JoinColumn(name = "test_item_id"))
  private Set<TestItem> scopeTestItems = new HashSet<>();

  private boolean active = true;

  @Version private long version;

  protected Organization() {}

  public Organization(String code, String name, OrganizationKind kind, Region region) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.region = Objects.requireNonNull(region);
  }

  public void describe(
      String code,
      String name,
      String nameEn,
      Department department,
      Region region,
      Organization parent,
      String address,
      String phone) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.nameEn = nameEn;
    this.department = department;
    this.region = Objects.requireNonNull(region);
    this.parent = parent;
    this.address = address;
    this.phone = phone;
  }

  /** A laboratory's accreditation: number, scope and the batches it can take per week. */
  public void accredit(
      String number, int weeklyCapacity, Set<FoodCategory> categories, Set<TestItem> testItems) {
    if (kind != OrganizationKind.LABORATORY) {
      throw new RuleViolationException("lims.organization.lab.only");
    }
    this.accreditationNumber = Objects.requireNonNull(number);
    this.weeklyCapacity = weeklyCapacity;
    scopeCategories.clear();
    scopeCategories.addAll(categories);
    scopeTestItems.clear();
    scopeTestItems.addAll(testItems);
  }

  /**
   * The organization that answers for this one in the separation of sampling and testing: the
   * parent of a team or laboratory, or the organization itself.
   */
  public Organization owner() {
    return parent == null ? this : parent;
  }

  /** True when this organization is the given one or lies below it. */
  public boolean isWithin(Organization other) {
    for (Organization o = this; o != null; o = o.parent) {
      if (o.id != null && o.id.equals(other.id)) {
        return true;
      }
    }
    return false;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public Department getDepartment() {
    return department;
  }

  public Region getRegion() {
    return region;
  }

  public Organization getParent() {
    return parent;
  }

  public String getAccreditationNumber() {
    return accreditationNumber;
  }

  public Integer getWeeklyCapacity() {
    return weeklyCapacity;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public Set<FoodCategory> getScopeCategories() {
    return scopeCategories;
  }

  public Set<TestItem> getScopeTestItems() {
    return scopeTestItems;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return code;
  }
}
