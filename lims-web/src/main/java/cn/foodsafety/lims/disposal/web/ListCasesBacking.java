package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.CaseRow;
import cn.foodsafety.lims.disposal.boundary.Cases;
import cn.foodsafety.lims.disposal.entity.AlertKind;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.PageModel;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * disposal/cases.xhtml: the cases the user may see, by the deadline that counts (most urgent
 * first), paged and filtered. A county bureau's supervisor starts with the cases of its own bureau
 * ("my cases"); the city bureau and the administrator start with every case they may see.
 */
@Named
@ViewScoped
public class ListCasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Cases cases;

  @Inject Regions regions;

  @Inject Users users;

  @Inject Organizations organizations;

  private String search;
  private CaseState state;
  private SamplingLevel level;
  private Long regionId;
  private String due;
  private String open;
  private boolean mine;
  private AlertKind alert;
  private List<RegionData> units = List.of();
  private PageModel<CaseRow> model;

  @PostConstruct
  void init() {
    units =
        regions
            .list(
                ListQuery.firstPage(ListQuery.MAX_SIZE)
                    .withFilter("kind", RegionKind.COUNTY.name())
                    .withFilter("active", "true"))
            .items();
    if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SUPERVISOR")) {
      long bureauRegion = organizations.get(users.me().organizationId()).regionId();
      mine = units.stream().anyMatch(u -> u.id() == bureauRegion);
    }
    model =
        new PageModel<>(
            q -> cases.list(q),
            CaseRow::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (state != null) {
                f.put("state", state.name());
              }
              if (level != null) {
                f.put("level", level.name());
              }
              if (regionId != null) {
                f.put("region.id", regionId.toString());
              }
              f.put("due", due);
              f.put("open", open);
              if (mine) {
                f.put("mine", "true");
              }
              if (alert != null) {
                f.put("alert", alert.name());
              }
              return f;
            });
  }

  /** The row's colour: overdue red, due soon amber. */
  public String rowClass(CaseRow row) {
    if (row.urgency() == null) {
      return "";
    }
    return switch (row.urgency()) {
      case OVERDUE -> "late-row";
      case DUE_SOON -> "soon-row";
      case ON_TRACK -> "";
    };
  }

  public List<CaseState> getStates() {
    return List.of(CaseState.values());
  }

  /** The alerts about a case, for the filter (the home page's counts link here with one). */
  public List<AlertKind> getAlerts() {
    return java.util.Arrays.stream(AlertKind.values()).filter(AlertKind::isAboutCase).toList();
  }

  public AlertKind getAlert() {
    return alert;
  }

  /**
   * A filter by alert shows every case flagged so, not only the bureau's own: it lists what the
   * home page counted.
   */
  public void setAlert(AlertKind alert) {
    this.alert = alert;
    if (alert != null) {
      mine = false;
    }
  }

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public List<RegionData> getUnits() {
    return units;
  }

  public PageModel<CaseRow> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public CaseState getState() {
    return state;
  }

  public void setState(CaseState state) {
    this.state = state;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public void setLevel(SamplingLevel level) {
    this.level = level;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getOpen() {
    return open;
  }

  public void setOpen(String open) {
    this.open = open;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
