package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A node of the food classification (大类 / 亚类 / 品种 / 细类, any depth). The list is data the
 * administrator maintains; nothing in the code assumes a fixed set.
 */
// Reference data: read by nearly every use case, changed a few times a year and only through JPA,
// so kept in the shared cache (which a change through JPA updates on commit).
@Cacheable
@Entity
@Table(name = "food_category")
@NamedQuery(
    name = FoodCategory.FIND_BY_CODE,
    query = "select c from FoodCategory c where c.code = :code")
@NamedQuery(
    name = FoodCategory.COUNT_CHILDREN,
    query = "select count(c) from FoodCategory c where c.parent = :parent")
public class FoodCategory implements Audited {

  public static final String FIND_BY_CODE = "FoodCategory.findByCode";
  public static final String COUNT_CHILDREN = "FoodCategory.countChildren";

  @Id
  @SequenceGenerator(
      name = "food_category_seq",
      sequenceName = "food_category_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "food_category_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_en")
  private String nameEn;

  @ManyToOne(fetch = FetchType.LAZY)
  private FoodCategory parent;

  /** 1 for a top-level category; kept so that listings can filter a level without recursion. */
  private int depth;

  @Column(name = "key_category")
  private boolean keyCategory;

  @Column(name = "sort_order")
  private int sortOrder;

  private boolean active = true;

  @Version private long version;

  protected FoodCategory() {}

  public FoodCategory(String code, String name, FoodCategory parent) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    moveUnder(parent);
  }

  public void describe(
      String code, String name, String nameEn, boolean keyCategory, int sortOrder) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.nameEn = nameEn;
    this.keyCategory = keyCategory;
    this.sortOrder = sortOrder;
  }

  /** Moves the node; the caller re-computes the depth of its descendants. */
  public void moveUnder(FoodCategory newParent) {
    this.parent = newParent;
    this.depth = newParent == null ? 1 : newParent.depth + 1;
  }

  /** True when this category is the given one or lies below it. */
  public boolean isWithin(FoodCategory other) {
    for (FoodCategory c = this; c != null; c = c.parent) {
      if (c.id != null && c.id.equals(other.id)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level category (大类) this one belongs to. */
  public FoodCategory topLevel() {
    FoodCategory c = this;
    while (c.parent != null) {
      c = c.parent;
    }
    return c;
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

  public FoodCategory getParent() {
    return parent;
  }

  public int getDepth() {
    return depth;
  }

  public boolean isKeyCategory() {
    return keyCategory;
  }

  public int getSortOrder() {
    return sortOrder;
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
