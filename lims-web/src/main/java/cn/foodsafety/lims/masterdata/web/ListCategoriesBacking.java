package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * masterdata/categories.xhtml: the food classification as a list with search and filters, and as a
 * tree.
 */
@Named
@ViewScoped
public class ListCategoriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** 大类 / 亚类 / 品种 / 细类. */
  private static final List<Integer> DEPTHS = List.of(1, 2, 3, 4);

  @Inject FoodCategories categories;

  private String search;
  private Integer depth;
  private Long parentId;
  private Boolean keyCategory;
  private PageModel<FoodCategoryData> model;

  // loaded once per view: the choices of the parent filter and the tree
  private transient List<FoodCategoryData> all;
  private transient TreeNode<FoodCategoryData> tree;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> categories.list(q),
            FoodCategoryData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (depth != null) {
                f.put("depth", depth.toString());
              }
              if (parentId != null) {
                f.put("parent.id", parentId.toString());
              }
              if (keyCategory != null) {
                f.put("keyCategory", keyCategory.toString());
              }
              return f;
            });
  }

  /** The categories that have sub-categories, for the parent filter. */
  public List<FoodCategoryData> getParents() {
    List<FoodCategoryData> every = all();
    return every.stream()
        .filter(c -> every.stream().anyMatch(child -> c.id().equals(child.parentId())))
        .toList();
  }

  /** The whole classification as a tree, each level in its display order. */
  public TreeNode<FoodCategoryData> getTree() {
    if (tree == null) {
      Map<Long, List<FoodCategoryData>> byParent = new HashMap<>();
      for (FoodCategoryData c : all()) {
        byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
      }
      tree = new DefaultTreeNode<>(null, null);
      addChildren(tree, null, byParent);
    }
    return tree;
  }

  private static void addChildren(
      TreeNode<FoodCategoryData> node, Long parentId, Map<Long, List<FoodCategoryData>> byParent) {
    List<FoodCategoryData> children = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
    children.sort(
        Comparator.comparing((FoodCategoryData c) -> c.sortOrder() == null ? 0 : c.sortOrder())
            .thenComparing(FoodCategoryData::code));
    for (FoodCategoryData c : children) {
      addChildren(new DefaultTreeNode<>(c, node), c.id(), byParent);
    }
  }

  private List<FoodCategoryData> all() {
    if (all == null) {
      all = categories.all();
    }
    return all;
  }

  public List<Integer> getDepths() {
    return DEPTHS;
  }

  public PageModel<FoodCategoryData> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Integer getDepth() {
    return depth;
  }

  public void setDepth(Integer depth) {
    this.depth = depth;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Boolean getKeyCategory() {
    return keyCategory;
  }

  public void setKeyCategory(Boolean keyCategory) {
    this.keyCategory = keyCategory;
  }
}
