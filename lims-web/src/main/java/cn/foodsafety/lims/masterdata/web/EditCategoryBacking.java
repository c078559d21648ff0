package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** masterdata/category.xhtml: create or edit one food category (?id= for an existing one). */
@Named
@ViewScoped
public class EditCategoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FoodCategories categories;

  @Inject FacesText text;

  private Long id;
  private String code;
  private String name;
  private String nameEn;
  private Long parentId;
  private Integer depth;
  private boolean keyCategory;
  private Integer sortOrder;
  private boolean active = true;
  private Long version;

  private transient List<FoodCategoryData> parentChoices;

  /** viewAction: loads the category named by ?id= (a new one may come with ?parent=). */
  public void load() {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
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

  public String save() {
    FoodCategoryData data =
        new FoodCategoryData(
            id, code, name, nameEn, parentId, null, null, keyCategory, sortOrder, null, version);
    try {
      FoodCategoryData saved = id == null ? categories.create(data) : categories.update(id, data);
      text.info("saved", saved.name());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/masterdata/categories.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public String remove() {
    try {
      FoodCategoryData left = categories.remove(id);
      text.info(left == null ? "deleted" : "deactivatedInstead", name);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/masterdata/categories.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public void activate() {
    try {
      FoodCategoryData c = active ? categories.deactivate(id) : categories.activate(id);
      active = Boolean.TRUE.equals(c.active());
      version = c.version();
    } catch (RuntimeException e) {
      text.show(e, "form");
    }
  }

  /** Every other category; one below this category is refused by the use case (a cycle). */
  public List<FoodCategoryData> getParents() {
    if (parentChoices == null) {
      parentChoices = categories.all().stream().filter(c -> !Objects.equals(c.id(), id)).toList();
    }
    return parentChoices;
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public boolean isActive() {
    return active;
  }

  public Long getVersion() {
    return version;
  }
}
