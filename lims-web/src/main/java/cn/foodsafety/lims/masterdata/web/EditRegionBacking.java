package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.UnitType;
import cn.foodsafety.lims.platform.control.ListQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** masterdata/region.xhtml: create or edit one region (?id= for an existing one). */
@Named
@ViewScoped
public class EditRegionBacking extends EditRecordBacking<RegionData> {

  private static final long serialVersionUID = 1L;

  @Inject Regions regions;

  private String code;
  private String name;
  private String nameEn;
  private RegionKind kind = RegionKind.COUNTY;
  private UnitType unitType;
  private Long parentId;
  private Long residents;
  private String residentsBasis;
  private Integer residentsYear;

  /** viewAction: loads the region named by ?id=. */
  public void load() {
    if (!loads()) {
      return;
    }
    RegionData r = regions.get(id);
    code = r.code();
    name = r.name();
    nameEn = r.nameEn();
    kind = r.kind();
    unitType = r.unitType();
    parentId = r.parentId();
    residents = r.residents();
    residentsBasis = r.residentsBasis();
    residentsYear = r.residentsYear();
    active = Boolean.TRUE.equals(r.active());
    version = r.version();
  }

  @Override
  protected RegionData formData() {
    RegionData data =
        new RegionData(
            id,
            code,
            name,
            nameEn,
            kind,
            unitType,
            parentId,
            null,
            null,
            residents,
            residentsBasis,
            residentsYear,
            null,
            version);
    return data;
  }

  @Override
  protected Records<RegionData> records() {
    return new Records<>(
        regions::create,
        regions::update,
        regions::remove,
        regions::activate,
        regions::deactivate,
        RegionData::active,
        RegionData::version,
        RegionData::name);
  }

  @Override
  protected String shownName() {
    return name;
  }

  @Override
  protected String listPage() {
    return "/masterdata/regions.xhtml";
  }

  /** Possible parents: regions one level up from the chosen kind. */
  public List<RegionData> getParents() {
    RegionKind parentKind = kind == null ? null : kind.parentKind();
    if (parentKind == null) {
      return List.of();
    }
    return regions
        .list(ListQuery.firstPage(ListQuery.MAX_SIZE).withFilter("kind", parentKind.name()))
        .items();
  }

  public List<RegionKind> getKinds() {
    return List.of(RegionKind.values());
  }

  public List<UnitType> getUnitTypes() {
    return List.of(UnitType.values());
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

  public RegionKind getKind() {
    return kind;
  }

  public void setKind(RegionKind kind) {
    this.kind = kind;
  }

  public UnitType getUnitType() {
    return unitType;
  }

  public void setUnitType(UnitType unitType) {
    this.unitType = unitType;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Long getResidents() {
    return residents;
  }

  public void setResidents(Long residents) {
    this.residents = residents;
  }

  public String getResidentsBasis() {
    return residentsBasis;
  }

  public void setResidentsBasis(String residentsBasis) {
    this.residentsBasis = residentsBasis;
  }

  public Integer getResidentsYear() {
    return residentsYear;
  }

  public void setResidentsYear(Integer residentsYear) {
    this.residentsYear = residentsYear;
  }
}
