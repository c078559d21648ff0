package cn.foodsafety.lims.planning.web;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.boundary.CampaignData;
import cn.foodsafety.lims.planning.boundary.Campaigns;
import cn.foodsafety.lims.planning.boundary.CellData;
import cn.foodsafety.lims.planning.boundary.PlanAllocations;
import cn.foodsafety.lims.planning.boundary.PlanCells;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.PlanInputs;
import cn.foodsafety.lims.planning.boundary.PlanPage;
import cn.foodsafety.lims.planning.boundary.PlanWorkbooks;
import cn.foodsafety.lims.planning.boundary.SamplingPlans;
import cn.foodsafety.lims.planning.boundary.TotalData;
import cn.foodsafety.lims.planning.entity.CampaignReason;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * planning/plan.xhtml?id=: one plan. Parameters and quotas, the allocation's inputs, the cells with
 * filters and inline editing, the totals a hand edit broke, approval, special campaigns, and the
 * Excel workbook. Every action is one boundary call; errors show next to their fields.
 */
@Named
@ViewScoped
public class EditPlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SamplingPlans plans;

  @Inject Campaigns campaigns;

  @Inject PlanAllocations allocations;

  @Inject PlanCells planCells;

  @Inject PlanWorkbooks workbooks;

  @Inject FacesText text;

  private Long id;
  private PlanData plan;

  // parameters
  private BigDecimal ratePerThousand;
  private BigDecimal municipalShare;
  private BigDecimal smallFarmerShare;
  private boolean blindCoding;

  // inputs
  private final List<Weight> departments = new ArrayList<>();
  private final List<Weight> months = new ArrayList<>();
  private final List<CategoryLine> categories = new ArrayList<>();
  private final List<FixedLine> fixed = new ArrayList<>();
  private Long inputsVersion;

  // cells
  private PageModel<CellData> cells;

  /** The batches typed into the grid, by cell id (the input may hand over any number type). */
  private final Map<Long, Object> edits = new HashMap<>();

  private Long cellRegion;
  private SamplingLevel cellLevel;
  private Department cellDepartment;
  private Long cellCategory;
  private Integer cellMonth;

  private List<TotalData> totals = List.of();

  // a new campaign
  private String campaignName;
  private CampaignReason campaignReason = CampaignReason.PUBLIC_OPINION;
  private String campaignDescription;
  private LocalDate campaignStart;
  private LocalDate campaignEnd;
  private SamplingLevel campaignLevel = SamplingLevel.MUNICIPAL;
  private cn.foodsafety.lims.planning.entity.SamplingKind campaignKind;
  private Department campaignDepartment = Department.MARKET_REGULATION;
  private final List<CampaignLine> campaignLines = new ArrayList<>(List.of(new CampaignLine()));

  private transient UploadedFile upload;

  /** A weight that the page edits (a department's or a month's). */
  public static class Weight implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Object key;
    private BigDecimal weight;

    Weight(Object key, BigDecimal weight) {
      this.key = key;
      this.weight = weight;
    }

    public Object getKey() {
      return key;
    }

    public BigDecimal getWeight() {
      return weight;
    }

    public void setWeight(BigDecimal weight) {
      this.weight = weight;
    }
  }

  /** A category's weight and minimum as the page edits them. */
  public static class CategoryLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long categoryId;
    private final String code;
    private final String name;
    private final boolean key;
    private BigDecimal weight;
    private Integer minimum;

    CategoryLine(PlanInputs.CategoryShare c) {
      categoryId = c.categoryId();
      code = c.categoryCode();
      name = c.categoryName();
      key = Boolean.TRUE.equals(c.keyCategory());
      weight = c.weight();
      minimum = c.minimumBatches();
    }

    public Long getCategoryId() {
      return categoryId;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isKey() {
      return key;
    }

    public BigDecimal getWeight() {
      return weight;
    }

    public void setWeight(BigDecimal weight) {
      this.weight = weight;
    }

    public Integer getMinimum() {
      return minimum;
    }

    public void setMinimum(Integer minimum) {
      this.minimum = minimum;
    }
  }

  /** Fixed batches as the page edits them. */
  public static class FixedLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long regionId;
    private SamplingLevel level = SamplingLevel.NATIONAL;
    private Long categoryId;
    private Integer batches;

    public Long getRegionId() {
      return regionId;
    }

    public void setRegionId(Long regionId) {
      this.regionId = regionId;
    }

    public SamplingLevel getLevel() {
      return level;
    }

    public void setLevel(SamplingLevel level) {
      this.level = level;
    }

    public Long getCategoryId() {
      return categoryId;
    }

    public void setCategoryId(Long categoryId) {
      this.categoryId = categoryId;
    }

    public Integer getBatches() {
      return batches;
    }

    public void setBatches(Integer batches) {
      this.batches = batches;
    }
  }

  /** One unit and category of a new campaign. */
  public static class CampaignLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long regionId;
    private Long categoryId;
    private Integer batches;

    public Long getRegionId() {
      return regionId;
    }

    public void setRegionId(Long regionId) {
      this.regionId = regionId;
    }

    public Long getCategoryId() {
      return categoryId;
    }

    public void setCategoryId(Long categoryId) {
      this.categoryId = categoryId;
    }

    public Integer getBatches() {
      return batches;
    }

    public void setBatches(Integer batches) {
      this.batches = batches;
    }
  }

  /** viewAction: loads the plan named by ?id=. */
  public void load() {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    reload();
    cells =
        new PageModel<>(
            q -> {
              var page = planCells.cells(id, q);
              page.items().forEach(c -> edits.put(c.id(), c.batches()));
              return page;
            },
            CellData::id,
            () -> null,
            () -> {
              Map<String, String> f = new HashMap<>();
              put(f, "region.id", cellRegion);
              put(f, "level", cellLevel);
              put(f, "department", cellDepartment);
              put(f, "category.id", cellCategory);
              put(f, "month", cellMonth);
              return f;
            });
  }

  private static void put(Map<String, String> f, String key, Object value) {
    if (value != null) {
      f.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  private void reload() {
    PlanPage page = plans.page(id, true);
    plan = page.plan();
    ratePerThousand = plan.ratePerThousand();
    municipalShare = plan.municipalShare();
    smallFarmerShare = plan.smallFarmerShare();
    blindCoding = Boolean.TRUE.equals(plan.blindCoding());
    PlanInputs in = page.inputs();
    inputsVersion = in.version();
    departments.clear();
    Map<Department, BigDecimal> given = new HashMap<>();
    in.departmentWeights().forEach(d -> given.put(d.department(), d.weight()));
    for (Department d : Department.values()) {
      departments.add(new Weight(d, given.getOrDefault(d, BigDecimal.ZERO)));
    }
    months.clear();
    for (int m = 0; m < 12; m++) {
      months.add(
          new Weight(
              m + 1, m < in.monthWeights().size() ? in.monthWeights().get(m) : BigDecimal.ONE));
    }
    categories.clear();
    in.categoryWeights().forEach(c -> categories.add(new CategoryLine(c)));
    fixed.clear();
    for (PlanInputs.Fixed f : in.fixed()) {
      FixedLine line = new FixedLine();
      line.setRegionId(f.regionId());
      line.setLevel(f.level());
      line.setCategoryId(f.categoryId());
      line.setBatches(f.batches());
      fixed.add(line);
    }
    totals = page.totals();
  }

  public void saveParameters() {
    try {
      plans.updateParameters(
          id,
          new PlanData(
              null,
              null,
              null,
              null,
              ratePerThousand,
              municipalShare,
              smallFarmerShare,
              blindCoding,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              plan.version(),
              null,
              null));
      reload();
      text.info("saved", plan.cityName() + " " + plan.year());
    } catch (RuntimeException e) {
      text.show(e, "plan");
    }
  }

  public void saveInputs() {
    try {
      allocations.updateInputs(id, inputs());
      reload();
      text.info("saved", plan.cityName() + " " + plan.year());
    } catch (RuntimeException e) {
      text.show(e, "plan");
    }
  }

  private PlanInputs inputs() {
    return new PlanInputs(
        fixed.stream()
            .map(
                f ->
                    new PlanInputs.Fixed(
                        f.getRegionId(),
                        null,
                        f.getLevel(),
                        f.getCategoryId(),
                        null,
                        f.getBatches()))
            .toList(),
        departments.stream()
            .map(w -> new PlanInputs.DepartmentShare((Department) w.getKey(), w.getWeight()))
            .toList(),
        categories.stream()
            .map(
                c ->
                    new PlanInputs.CategoryShare(
                        c.getCategoryId(), null, null, null, c.getWeight(), c.getMinimum()))
            .toList(),
        months.stream().map(Weight::getWeight).toList(),
        inputsVersion);
  }

  public void addFixed() {
    fixed.add(new FixedLine());
  }

  public void removeFixed(FixedLine line) {
    fixed.remove(line);
  }

  public void allocate() {
    try {
      PlanData allocated = allocations.allocate(id);
      reload();
      edits.clear();
      text.info(
          "plan.allocated",
          allocated.plannedBatches(),
          allocated.cityQuota(),
          allocated.brokenTotals());
    } catch (RuntimeException e) {
      text.show(e, "plan");
    }
  }

  /** Saves one cell the planner changed in the grid. */
  public void saveCell(CellData cell) {
    Object typed = edits.get(cell.id());
    Integer batches;
    try {
      batches = typed == null ? null : new BigDecimal(typed.toString()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      batches = -1;
    }
    if (batches == null || batches.equals(cell.batches())) {
      return;
    }
    try {
      CellData saved =
          planCells.setCell(
              id,
              cell.id(),
              new CellData(
                  cell.id(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  batches,
                  null,
                  null,
                  cell.version()));
      edits.put(saved.id(), saved.batches());
      PlanPage page = plans.page(id, false);
      totals = page.totals();
      plan = page.plan();
      text.info(
          "plan.cells.saved",
          saved.regionName()
              + " · "
              + text.label(saved.level())
              + " · "
              + text.label(saved.department())
              + " · "
              + saved.categoryName()
              + " · "
              + saved.month()
              + " = "
              + saved.batches());
    } catch (RuntimeException e) {
      edits.put(cell.id(), cell.batches());
      text.show(e, "plan");
    }
  }

  public void approve() {
    try {
      plans.approve(id, plan.version());
      reload();
      text.info("plan.approved");
    } catch (RuntimeException e) {
      totals = planCells.brokenTotals(id);
      text.show(e, "plan");
    }
  }

  public void addCampaignLine() {
    campaignLines.add(new CampaignLine());
  }

  public void removeCampaignLine(CampaignLine line) {
    campaignLines.remove(line);
  }

  public void addCampaign() {
    try {
      CampaignData created =
          campaigns.addCampaign(
              id,
              new CampaignData(
                  null,
                  campaignName,
                  campaignReason,
                  campaignDescription,
                  campaignStart,
                  campaignEnd,
                  campaignLevel,
                  campaignDepartment,
                  campaignLines.stream()
                      .map(
                          l ->
                              new CampaignData.Batches(
                                  l.getRegionId(), null, l.getCategoryId(), null, l.getBatches()))
                      .toList(),
                  null,
                  null,
                  null,
                  campaignKind));
      reload();
      campaignName = null;
      campaignDescription = null;
      campaignLines.clear();
      campaignLines.add(new CampaignLine());
      text.info("plan.campaign.saved", created.name());
    } catch (RuntimeException e) {
      text.show(e, "plan");
    }
  }

  /**
   * The plan as an Excel workbook. The name goes to PrimeFaces as it is: PrimeFaces writes it
   * percent-encoded as RFC 6266's {@code filename*} itself (encoded here too, the browser saved
   * "%E9%83%91..." instead of the Chinese name).
   */
  public StreamedContent getWorkbook() {
    String name = "plan-" + plan.year() + "-" + plan.cityName() + ".xlsx";
    java.util.Locale locale = text.locale();
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(workbooks.exportWorkbook(id, locale)))
        .build();
  }

  public void importWorkbook() {
    if (upload == null || upload.getSize() == 0) {
      return;
    }
    try {
      workbooks.importWorkbook(id, upload.getContent());
      reload();
      edits.clear();
      text.info("plan.workbook.imported");
    } catch (RuntimeException e) {
      text.show(e, "plan");
    }
  }

  public boolean isDraft() {
    return plan != null && plan.state().isEditable();
  }

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public List<SamplingLevel> getFixedLevels() {
    return Stream.of(SamplingLevel.values()).filter(SamplingLevel::isFixedInPlan).toList();
  }

  public List<Department> getDepartmentList() {
    return List.of(Department.values());
  }

  public List<CampaignReason> getReasons() {
    return List.of(CampaignReason.values());
  }

  public List<Integer> getMonthNumbers() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PlanData getPlan() {
    return plan;
  }

  public BigDecimal getRatePerThousand() {
    return ratePerThousand;
  }

  public void setRatePerThousand(BigDecimal ratePerThousand) {
    this.ratePerThousand = ratePerThousand;
  }

  public BigDecimal getMunicipalShare() {
    return municipalShare;
  }

  public void setMunicipalShare(BigDecimal municipalShare) {
    this.municipalShare = municipalShare;
  }

  public BigDecimal getSmallFarmerShare() {
    return smallFarmerShare;
  }

  public void setSmallFarmerShare(BigDecimal smallFarmerShare) {
    this.smallFarmerShare = smallFarmerShare;
  }

  public boolean isBlindCoding() {
    return blindCoding;
  }

  public void setBlindCoding(boolean blindCoding) {
    this.blindCoding = blindCoding;
  }

  public List<Weight> getDepartments() {
    return departments;
  }

  public List<Weight> getMonths() {
    return months;
  }

  public List<CategoryLine> getCategories() {
    return categories;
  }

  public List<FixedLine> getFixed() {
    return fixed;
  }

  public PageModel<CellData> getCells() {
    return cells;
  }

  public Map<Long, Object> getEdits() {
    return edits;
  }

  public Long getCellRegion() {
    return cellRegion;
  }

  public void setCellRegion(Long cellRegion) {
    this.cellRegion = cellRegion;
  }

  public SamplingLevel getCellLevel() {
    return cellLevel;
  }

  public void setCellLevel(SamplingLevel cellLevel) {
    this.cellLevel = cellLevel;
  }

  public Department getCellDepartment() {
    return cellDepartment;
  }

  public void setCellDepartment(Department cellDepartment) {
    this.cellDepartment = cellDepartment;
  }

  public Long getCellCategory() {
    return cellCategory;
  }

  public void setCellCategory(Long cellCategory) {
    this.cellCategory = cellCategory;
  }

  public Integer getCellMonth() {
    return cellMonth;
  }

  public void setCellMonth(Integer cellMonth) {
    this.cellMonth = cellMonth;
  }

  public List<TotalData> getTotals() {
    return totals;
  }

  public String getCampaignName() {
    return campaignName;
  }

  public void setCampaignName(String campaignName) {
    this.campaignName = campaignName;
  }

  public CampaignReason getCampaignReason() {
    return campaignReason;
  }

  public void setCampaignReason(CampaignReason campaignReason) {
    this.campaignReason = campaignReason;
  }

  public String getCampaignDescription() {
    return campaignDescription;
  }

  public void setCampaignDescription(String campaignDescription) {
    this.campaignDescription = campaignDescription;
  }

  public LocalDate getCampaignStart() {
    return campaignStart;
  }

  public void setCampaignStart(LocalDate campaignStart) {
    this.campaignStart = campaignStart;
  }

  public LocalDate getCampaignEnd() {
    return campaignEnd;
  }

  public void setCampaignEnd(LocalDate campaignEnd) {
    this.campaignEnd = campaignEnd;
  }

  public SamplingLevel getCampaignLevel() {
    return campaignLevel;
  }

  public void setCampaignLevel(SamplingLevel campaignLevel) {
    this.campaignLevel = campaignLevel;
  }

  public Department getCampaignDepartment() {
    return campaignDepartment;
  }

  public void setCampaignDepartment(Department campaignDepartment) {
    this.campaignDepartment = campaignDepartment;
  }

  public List<CampaignLine> getCampaignLines() {
    return campaignLines;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public cn.foodsafety.lims.planning.entity.SamplingKind getCampaignKind() {
    return campaignKind;
  }

  public void setCampaignKind(cn.foodsafety.lims.planning.entity.SamplingKind campaignKind) {
    this.campaignKind = campaignKind;
  }

  public List<cn.foodsafety.lims.planning.entity.SamplingKind> getSamplingKinds() {
    return List.of(cn.foodsafety.lims.planning.entity.SamplingKind.values());
  }
}
