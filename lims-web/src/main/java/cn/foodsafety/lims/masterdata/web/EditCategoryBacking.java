package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/** masterdata/category.xhtml: create or edit one food category (?id= for an existing one). */
@Named
@ViewScoped
public class EditCategoryBacking extends EditRecordBacking<FoodCategoryData> {

  private static final long serialVersionUID = 1L;

  @Inject FoodCategories categories;

  private String code;
  private String name;
  private String nameEn;
  private Long parentId;
  private Integer depth;
  private boolean keyCategory;
  private Integer sortOrder;

  private transient List<FoodCategoryData> parentChoices;

  /** viewAction: loads the category named by ?id= (a new one may come with ?parent=). */
  public void load() {
    if (!loads()) {
      return;
    }
    FoodCategoryData c = categories.get(id);
    code = c.code();
    name = c.name();
    nameEn = c.nameEn();
    parentId = c.parentId();
    depth = c.depth();
    keyCategory = Boolean.TRUE.equals(c.keyCategory());
    sortOrder = c.sortOrder();
    active = Boolean.TRUE.equals(c.active());
    version = c.version();
  }

  @Override
  protected FoodCategoryData formData() {
    FoodCategoryData data =
        new FoodCategoryData(
            id, code, name, nameEn, parentId, null, null, keyCategory, sortOrder, null, version);
    return data;
  }

  @Override
  protected Records<FoodCategoryData> records() {
    return new Records<>(
        categories::create,
        categories::update,
        categories::remove,
        categories::activate,
        categories::deactivate,
        FoodCategoryData::active,
        FoodCategoryData::version,
        FoodCategoryData::name);
  }

  @Override
  protected String shownName() {
    return name;
  }

  @Override
  protected String listPage() {
    return "/masterdata/categories.xhtml";
  }

  /** Every other category; one below this category is refused by the use case (a cycle). */
  public List<FoodCategoryData> getParents() {
    if (parentChoices == null) {
      parentChoices = categories.all().stream().filter(c -> !Objects.equals(c.id(), id)).toList();
    }
    return parentChoices;
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

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Integer getDepth() {
    return depth;
  }

  public boolean isKeyCategory() {
    return keyCategory;
  }

  public void setKeyCategory(boolean keyCategory) {
    this.keyCategory = keyCategory;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }
}
