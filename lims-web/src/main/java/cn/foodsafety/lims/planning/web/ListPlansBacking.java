package cn.foodsafety.lims.planning.web;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.SamplingPlans;
import cn.foodsafety.lims.planning.entity.PlanState;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** planning/plans.xhtml: the plans the user may see, and a new plan for a city and year. */
@Named
@ViewScoped
public class ListPlansBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SamplingPlans plans;

  @Inject Regions regions;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private PageModel<PlanData> model;
  private Integer filterYear;
  private PlanState filterState;
  private SamplingKind filterKind;
  private SamplingKind samplingKind = SamplingKind.SUPERVISORY;

  private Long cityId;
  private Integer year;
  private BigDecimal ratePerThousand = new BigDecimal("7");
  private BigDecimal municipalShare = new BigDecimal("0.5");
  private BigDecimal smallFarmerShare = new BigDecimal("0.1");
  private boolean blindCoding;

  @PostConstruct
  void init() {
    // next year's plan is made in the December before, by the year in Beijing
    year = civilClock.today().getYear() + 1;
    model =
        new PageModel<>(
            q -> plans.list(q),
            PlanData::id,
            () -> null,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (filterYear != null) {
                f.put("year", filterYear.toString());
              }
              if (filterState != null) {
                f.put("state", filterState.name());
              }
              if (filterKind != null) {
                f.put("kind", filterKind.name());
              }
              return f;
            });
  }

  public String create() {
    try {
      PlanData created =
          plans.create(
              new PlanData(
                  null,
                  cityId,
                  null,
                  year,
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
                  null,
                  samplingKind,
                  null));
      // what the creation did, in figures, so that a planner sees it was done and how far
      text.info(
          "plan.created",
          String.valueOf(created.year()),
          created.units().size(),
          created.cityQuota(),
          created.plannedBatches());
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return "/planning/plan.xhtml?faces-redirect=true&id=" + created.id();
    } catch (RuntimeException e) {
      text.show(e, "create");
      return null;
    }
  }

  public List<RegionData> getCities() {
    return regions
        .list(
            ListQuery.firstPage(ListQuery.MAX_SIZE)
                .withFilter("kind", RegionKind.CITY.name())
                .withFilter("active", "true"))
        .items();
  }

  public List<PlanState> getStates() {
    return List.of(PlanState.values());
  }

  public PageModel<PlanData> getModel() {
    return model;
  }

  public Integer getFilterYear() {
    return filterYear;
  }

  public void setFilterYear(Integer filterYear) {
    this.filterYear = filterYear;
  }

  public PlanState getFilterState() {
    return filterState;
  }

  public void setFilterState(PlanState filterState) {
    this.filterState = filterState;
  }

  public Long getCityId() {
    return cityId;
  }

  public void setCityId(Long cityId) {
    this.cityId = cityId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
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

  public List<SamplingKind> getKinds() {
    return List.of(SamplingKind.values());
  }

  public SamplingKind getFilterKind() {
    return filterKind;
  }

  public void setFilterKind(SamplingKind filterKind) {
    this.filterKind = filterKind;
  }

  public SamplingKind getSamplingKind() {
    return samplingKind;
  }

  public void setSamplingKind(SamplingKind samplingKind) {
    this.samplingKind = samplingKind;
  }
}
