package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.boundary.TestItemData;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** masterdata/test-items.xhtml: the analytes with their limits, standards and food categories. */
@Named
@ViewScoped
public class ListTestItemsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TestItems testItems;

  @Inject FoodCategories categories;

  @Inject FacesText text;

  private String search;
  private LimitOperator limitOperator;
  private PageModel<TestItemData> model;

  // the categories by id, loaded once per view, to name a row's categories in the page's language
  private transient Map<Long, FoodCategoryData> categoryById;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> testItems.list(q),
            TestItemData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (limitOperator != null) {
                f.put("limitOperator", limitOperator.name());
              }
              return f;
            });
  }

  /**
   * The limit as the standard writes it: "≤ 0.05 mg/kg", "6.0–7.5 pH", "不得检出". The values keep the
   * digits they were entered with: they decide how results are rounded (GB/T 8170).
   */
  public String limit(TestItemData t) {
    return Limit.text(t.limitOperator(), t.limitValue(), t.limitUpper(), t.unit(), text.locale());
  }

  /** The standard with its edition: "GB 2763-2021". */
  public String standard(TestItemData t) {
    return Limit.standardText(t.limitStandard(), t.standardEdition());
  }

  /** The names of a row's food categories in the page's language. */
  public List<String> categoryNames(TestItemData t) {
    if (categoryById == null) {
      categoryById =
          categories.all().stream()
              .collect(Collectors.toMap(FoodCategoryData::id, Function.identity()));
    }
    boolean english = "en".equals(text.locale().getLanguage());
    return t.categoryIds().stream()
        .map(categoryById::get)
        .filter(c -> c != null)
        .map(c -> english && c.nameEn() != null ? c.nameEn() : c.name())
        .toList();
  }

  public List<LimitOperator> getOperators() {
    return List.of(LimitOperator.values());
  }

  public PageModel<TestItemData> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public LimitOperator getLimitOperator() {
    return limitOperator;
  }

  public void setLimitOperator(LimitOperator limitOperator) {
    this.limitOperator = limitOperator;
  }
}
