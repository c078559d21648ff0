package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.UnitType;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** masterdata/region.xhtml: create or edit one region (?id= for an existing one). */
@Named
@ViewScoped
public class EditRegionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Regions regions;

  @Inject FacesText text;

  private Long id;
  private String code;
  private String name;
  private String nameEn;
  private RegionKind kind = RegionKind.COUNTY;
  private UnitType unitType;
  private Long parentId;
  private Long residents;
  private String residentsBasis;
  private Integer residentsYear;
  private boolean active = true;
  private Long version;

  /** viewAction: loads the region named by ?id=. */
  public void load() {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
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

  public String save() {
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
    try {
      RegionData saved = id == null ? regions.create(data) : regions.update(id, data);
      text.info("saved", saved.name());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/masterdata/regions.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public String remove() {
    try {
      RegionData left = regions.remove(id);
      text.info(left == null ? "deleted" : "deactivatedInstead", name);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/masterdata/regions.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public void activate() throws IOException {
    try {
      RegionData r = active ? regions.deactivate(id) : regions.activate(id);
      active = Boolean.TRUE.equals(r.active());
      version = r.version();
    } catch (RuntimeException e) {
      text.show(e, "form");
    }
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

  public boolean isActive() {
    return active;
  }

  public Long getVersion() {
    return version;
  }
}
