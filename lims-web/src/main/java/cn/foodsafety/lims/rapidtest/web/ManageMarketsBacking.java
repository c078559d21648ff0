package cn.foodsafety.lims.rapidtest.web;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.rapidtest.boundary.MarketData;
import cn.foodsafety.lims.rapidtest.boundary.Markets;
import cn.foodsafety.lims.rapidtest.boundary.RapidKitData;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * rapidtest/markets.xhtml: markets with rapid testing (each with the link and QR code of its public
 * page), a new market with its testing points, and the kits.
 */
@Named
@ViewScoped
public class ManageMarketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Markets markets;

  @Inject Regions regions;

  @Inject Organizations organizations;

  @Inject FacesText text;

  private List<MarketData> list;
  private List<RapidKitData> kits;
  private String code;
  private String name;
  private String address;
  private Long regionId;
  private Long samplingUnitId;
  private String points;
  private String kitCode;
  private String kitName;
  private String kitItem;
  private String kitMethod;

  @PostConstruct
  void init() {
    load();
  }

  private void load() {
    list = markets.list();
    kits = markets.kits();
  }

  public void create() {
    try {
      List<MarketData.Point> named =
          points == null
              ? List.of()
              : Arrays.stream(points.split("[,，、\\n]"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .map(s -> new MarketData.Point(null, s))
                  .toList();
      MarketData m =
          markets.create(
              new MarketData(
                  null,
                  code,
                  name,
                  address,
                  regionId,
                  null,
                  samplingUnitId,
                  null,
                  true,
                  named,
                  null));
      text.info("rapid.market.created", m.name());
      code = null;
      name = null;
      address = null;
      points = null;
      load();
    } catch (RuntimeException e) {
      text.show(e, "market");
    }
  }

  public void createKit() {
    try {
      RapidKitData k =
          markets.createKit(
              new RapidKitData(null, kitCode, kitName, kitItem, kitMethod, null, true));
      text.info("rapid.kit.created", k.name());
      kitCode = null;
      kitName = null;
      kitItem = null;
      kitMethod = null;
      load();
    } catch (RuntimeException e) {
      text.show(e, "kit");
    }
  }

  public List<RegionData> getRegions() {
    return regions
        .list(
            new ListQuery(
                0,
                ListQuery.MAX_SIZE,
                "code",
                false,
                null,
                Map.of("kind", RegionKind.COUNTY.name(), "active", "true")))
        .items();
  }

  public List<OrganizationData> getSamplingUnits() {
    return organizations
        .list(
            new ListQuery(
                0,
                ListQuery.MAX_SIZE,
                "code",
                false,
                null,
                Map.of("kind", "SAMPLING_UNIT", "active", "true")))
        .items();
  }

  public String pointNames(MarketData m) {
    return String.join("、", m.points().stream().map(MarketData.Point::name).toList());
  }

  public List<MarketData> getList() {
    return list;
  }

  public List<RapidKitData> getKits() {
    return kits;
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

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getSamplingUnitId() {
    return samplingUnitId;
  }

  public void setSamplingUnitId(Long samplingUnitId) {
    this.samplingUnitId = samplingUnitId;
  }

  public String getPoints() {
    return points;
  }

  public void setPoints(String points) {
    this.points = points;
  }

  public String getKitCode() {
    return kitCode;
  }

  public void setKitCode(String kitCode) {
    this.kitCode = kitCode;
  }

  public String getKitName() {
    return kitName;
  }

  public void setKitName(String kitName) {
    this.kitName = kitName;
  }

  public String getKitItem() {
    return kitItem;
  }

  public void setKitItem(String kitItem) {
    this.kitItem = kitItem;
  }

  public String getKitMethod() {
    return kitMethod;
  }

  public void setKitMethod(String kitMethod) {
    this.kitMethod = kitMethod;
  }
}
