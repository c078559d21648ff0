package cn.foodsafety.lims.rapidtest.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.rapidtest.boundary.MarketData;
import cn.foodsafety.lims.rapidtest.boundary.Markets;
import cn.foodsafety.lims.rapidtest.boundary.RapidKitData;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestData;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestForm;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestImports;
import cn.foodsafety.lims.rapidtest.boundary.RapidTests;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * rapidtest/tests.xhtml: a tester records a rapid test on the phone (market, point, stall,
 * operator, food, kit, result), or imports a device's CSV file, and sees the market's tests of the
 * day: a positive with its held batch, the operator's objection window and its confirmation.
 */
@Named
@ViewScoped
public class RecordRapidTestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject RapidTests tests;

  @Inject RapidTestImports imports;

  @Inject Markets markets;

  @Inject FoodCategories categories;

  @Inject FacesText text;

  private List<MarketData> marketList;
  private List<RapidKitData> kits;
  private List<FoodCategoryData> categoryList;
  private List<RapidTestData> today;

  private Long marketId;
  private Long pointId;
  private String stall;
  private String operatorName;
  private String foodName;
  private Long categoryId;
  private String kitCode;
  private RapidResult result = RapidResult.NEGATIVE;
  private String tester;
  private String testedAt;
  private transient Part file;

  @PostConstruct
  void init() {
    marketList = markets.list().stream().filter(m -> Boolean.TRUE.equals(m.active())).toList();
    kits = markets.kits().stream().filter(k -> Boolean.TRUE.equals(k.active())).toList();
    categoryList =
        categories
            .list(new ListQuery(0, ListQuery.MAX_SIZE, "code", false, null, java.util.Map.of()))
            .items();
    if (!marketList.isEmpty()) {
      marketId = marketList.get(0).id();
    }
    testedAt = now();
    load();
  }

  private static String now() {
    return LocalDateTime.now(CHINA)
        .withSecond(0)
        .withNano(0)
        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  public void load() {
    today = marketId == null ? List.of() : tests.list(marketId, null);
  }

  public void save() {
    try {
      RapidTestData saved =
          tests.record(
              new RapidTestForm(
                  marketId,
                  pointId,
                  stall,
                  operatorName,
                  foodName,
                  categoryId,
                  kitCode,
                  result,
                  tester,
                  testedAt,
                  null));
      if (saved.result() == RapidResult.POSITIVE) {
        text.info("rapid.saved.positive", saved.foodName(), saved.confirmationTaskId());
      } else {
        text.info("rapid.saved.negative", saved.foodName());
      }
      stall = null;
      operatorName = null;
      foodName = null;
      result = RapidResult.NEGATIVE;
      testedAt = now();
      load();
    } catch (RuntimeException e) {
      text.show(e, "form");
    }
  }

  public void upload() {
    try {
      if (file == null) {
        throw cn.foodsafety.lims.platform.control.InvalidInputException.of(
            "file", "lims.field.required");
      }
      byte[] content;
      try (var in = file.getInputStream()) {
        content = in.readNBytes(5 * 1024 * 1024);
      }
      RapidTestImports.ImportOutcome o = imports.importFile(content);
      text.info("rapid.imported", o.tests(), o.positives());
      load();
    } catch (IOException e) {
      text.show(new java.io.UncheckedIOException(e), "upload");
    } catch (RuntimeException e) {
      text.show(e, "upload");
    }
  }

  public List<MarketData.Point> getPoints() {
    return marketList.stream()
        .filter(m -> m.id().equals(marketId))
        .findFirst()
        .map(MarketData::points)
        .orElse(List.of());
  }

  public RapidResult[] getResults() {
    return RapidResult.values();
  }

  public List<MarketData> getMarkets() {
    return marketList;
  }

  public List<RapidKitData> getKits() {
    return kits;
  }

  public List<FoodCategoryData> getCategories() {
    return categoryList;
  }

  public List<RapidTestData> getToday() {
    return today;
  }

  public String time(java.time.OffsetDateTime t) {
    return t == null ? "" : t.toLocalDateTime().toString().replace('T', ' ');
  }

  public Long getMarketId() {
    return marketId;
  }

  public void setMarketId(Long marketId) {
    this.marketId = marketId;
  }

  public Long getPointId() {
    return pointId;
  }

  public void setPointId(Long pointId) {
    this.pointId = pointId;
  }

  public String getStall() {
    return stall;
  }

  public void setStall(String stall) {
    this.stall = stall;
  }

  public String getOperatorName() {
    return operatorName;
  }

  public void setOperatorName(String operatorName) {
    this.operatorName = operatorName;
  }

  public String getFoodName() {
    return foodName;
  }

  public void setFoodName(String foodName) {
    this.foodName = foodName;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getKitCode() {
    return kitCode;
  }

  public void setKitCode(String kitCode) {
    this.kitCode = kitCode;
  }

  public RapidResult getResult() {
    return result;
  }

  public void setResult(RapidResult result) {
    this.result = result;
  }

  public String getTester() {
    return tester;
  }

  public void setTester(String tester) {
    this.tester = tester;
  }

  public String getTestedAt() {
    return testedAt;
  }

  public void setTestedAt(String testedAt) {
    this.testedAt = testedAt;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
