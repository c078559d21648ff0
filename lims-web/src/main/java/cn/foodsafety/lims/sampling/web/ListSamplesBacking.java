package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.web.PageModel;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import cn.foodsafety.lims.sampling.boundary.Samples;
import cn.foodsafety.lims.sampling.entity.SampleState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** sampling/samples.xhtml: the samples the user may see, paged, sorted, searched and filtered. */
@Named
@ViewScoped
public class ListSamplesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Samples samples;

  private String search;
  private SampleState state;
  private SamplingLevel level;
  private boolean onlyLate;
  private boolean onlyOutsidePlan;
  private PageModel<SampleData> model;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> samples.list(q),
            SampleData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (state != null) {
                f.put("state", state.name());
              }
              if (level != null) {
                f.put("level", level.name());
              }
              if (onlyLate) {
                f.put("late", "true");
              }
              if (onlyOutsidePlan) {
                f.put("outsidePlan", "true");
              }
              return f;
            });
  }

  public List<SampleState> getStates() {
    return List.of(SampleState.values());
  }

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public PageModel<SampleData> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public SampleState getState() {
    return state;
  }

  public void setState(SampleState state) {
    this.state = state;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public void setLevel(SamplingLevel level) {
    this.level = level;
  }

  public boolean isOnlyLate() {
    return onlyLate;
  }

  public void setOnlyLate(boolean onlyLate) {
    this.onlyLate = onlyLate;
  }

  public boolean isOnlyOutsidePlan() {
    return onlyOutsidePlan;
  }

  public void setOnlyOutsidePlan(boolean onlyOutsidePlan) {
    this.onlyOutsidePlan = onlyOutsidePlan;
  }
}
