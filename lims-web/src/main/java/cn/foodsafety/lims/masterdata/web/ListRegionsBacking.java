package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** masterdata/regions.xhtml: the region tree as a list with search and filters. */
@Named
@ViewScoped
public class ListRegionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Regions regions;

  private String search;
  private RegionKind kind;
  private Long parentId;
  private PageModel<RegionData> model;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> regions.list(q),
            RegionData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (kind != null) {
                f.put("kind", kind.name());
              }
              if (parentId != null) {
                f.put("parent.id", parentId.toString());
              }
              return f;
            });
  }

  public List<RegionKind> getKinds() {
    return List.of(RegionKind.values());
  }

  public PageModel<RegionData> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public RegionKind getKind() {
    return kind;
  }

  public void setKind(RegionKind kind) {
    this.kind = kind;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }
}
