package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.boundary.TestItemData;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.entity.ComparisonMethod;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * masterdata/test-item.xhtml: create or edit one test item with its limit (?id= for an existing
 * one). The limit's values are shown only for the operators that take them, and only what is shown
 * is submitted; the values keep the digits as typed.
 */
@Named
@ViewScoped
public class EditTestItemBacking extends EditRecordBacking<TestItemData> {

  private static final long serialVersionUID = 1L;

  @Inject TestItems testItems;

  @Inject FoodCategories categories;

  private String code;
  private String analyte;
  private String analyteEn;
  private String methodStandard;
  private String unit;
  private LimitOperator limitOperator = LimitOperator.LE;
  private BigDecimal limitValue;
  private BigDecimal limitUpper;
  private BigDecimal lod;
  private String limitStandard;
  private String standardEdition;
  private ComparisonMethod comparison = ComparisonMethod.FULL_VALUE;
  private boolean microbiological;
  private boolean seriousHazard;
  private String seriousHazardReason;
  private List<Long> categoryIds = new ArrayList<>();

  private transient List<FoodCategoryData> categoryChoices;

  /** viewAction: loads the test item named by ?id=. */
  public void load() {
    if (!loads()) {
      return;
    }
    TestItemData t = testItems.get(id);
    code = t.code();
    analyte = t.analyte();
    analyteEn = t.analyteEn();
    methodStandard = t.methodStandard();
    unit = t.unit();
    limitOperator = t.limitOperator();
    limitValue = t.limitValue();
    limitUpper = t.limitUpper();
    lod = t.lod();
    limitStandard = t.limitStandard();
    standardEdition = t.standardEdition();
    comparison = t.comparison();
    microbiological = Boolean.TRUE.equals(t.microbiological());
    seriousHazard = Boolean.TRUE.equals(t.seriousHazard());
    seriousHazardReason = t.seriousHazardReason();
    categoryIds = new ArrayList<>(t.categoryIds());
    active = Boolean.TRUE.equals(t.active());
    version = t.version();
  }

  @Override
  protected TestItemData formData() {
    TestItemData data =
        new TestItemData(
            id,
            code,
            analyte,
            analyteEn,
            methodStandard,
            unit,
            limitOperator,
            isValueShown() ? limitValue : null,
            isUpperShown() ? limitUpper : null,
            lod,
            limitStandard,
            standardEdition,
            comparison,
            microbiological,
            seriousHazard,
            seriousHazardReason,
            new LinkedHashSet<>(categoryIds),
            null,
            null,
            version);
    return data;
  }

  @Override
  protected Records<TestItemData> records() {
    return new Records<>(
        testItems::create,
        testItems::update,
        testItems::remove,
        testItems::activate,
        testItems::deactivate,
        TestItemData::active,
        TestItemData::version,
        TestItemData::analyte);
  }

  @Override
  protected String shownName() {
    return analyte;
  }

  @Override
  protected String listPage() {
    return "/masterdata/test-items.xhtml";
  }

  /** Whether the operator takes a limit value (≤, ≥, a range); "must not be detected" has none. */
  public boolean isValueShown() {
    return limitOperator == null || limitOperator.needsValue();
  }

  /** Whether the operator takes an upper value (a range). */
  public boolean isUpperShown() {
    return limitOperator == null || limitOperator.needsUpper();
  }

  public List<FoodCategoryData> getCategories() {
    if (categoryChoices == null) {
      categoryChoices = categories.all();
    }
    return categoryChoices;
  }

  public List<LimitOperator> getOperators() {
    return List.of(LimitOperator.values());
  }

  public List<ComparisonMethod> getComparisons() {
    return List.of(ComparisonMethod.values());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getAnalyte() {
    return analyte;
  }

  public void setAnalyte(String analyte) {
    this.analyte = analyte;
  }

  public String getAnalyteEn() {
    return analyteEn;
  }

  public void setAnalyteEn(String analyteEn) {
    this.analyteEn = analyteEn;
  }

  public String getMethodStandard() {
    return methodStandard;
  }

  public void setMethodStandard(String methodStandard) {
    this.methodStandard = methodStandard;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public LimitOperator getLimitOperator() {
    return limitOperator;
  }

  public void setLimitOperator(LimitOperator limitOperator) {
    this.limitOperator = limitOperator;
  }

  public BigDecimal getLimitValue() {
    return limitValue;
  }

  public void setLimitValue(BigDecimal limitValue) {
    this.limitValue = limitValue;
  }

  public BigDecimal getLimitUpper() {
    return limitUpper;
  }

  public void setLimitUpper(BigDecimal limitUpper) {
    this.limitUpper = limitUpper;
  }

  public BigDecimal getLod() {
    return lod;
  }

  public void setLod(BigDecimal lod) {
    this.lod = lod;
  }

  public String getLimitStandard() {
    return limitStandard;
  }

  public void setLimitStandard(String limitStandard) {
    this.limitStandard = limitStandard;
  }

  public String getStandardEdition() {
    return standardEdition;
  }

  public void setStandardEdition(String standardEdition) {
    this.standardEdition = standardEdition;
  }

  public ComparisonMethod getComparison() {
    return comparison;
  }

  public void setComparison(ComparisonMethod comparison) {
    this.comparison = comparison;
  }

  public boolean isMicrobiological() {
    return microbiological;
  }

  public void setMicrobiological(boolean microbiological) {
    this.microbiological = microbiological;
  }

  public boolean isSeriousHazard() {
    return seriousHazard;
  }

  public void setSeriousHazard(boolean seriousHazard) {
    this.seriousHazard = seriousHazard;
  }

  public String getSeriousHazardReason() {
    return seriousHazardReason;
  }

  public void setSeriousHazardReason(String seriousHazardReason) {
    this.seriousHazardReason = seriousHazardReason;
  }

  public List<Long> getCategoryIds() {
    return categoryIds;
  }

  public void setCategoryIds(List<Long> categoryIds) {
    this.categoryIds = categoryIds == null ? new ArrayList<>() : categoryIds;
  }
}
