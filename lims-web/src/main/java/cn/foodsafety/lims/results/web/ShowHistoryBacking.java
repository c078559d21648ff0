package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.HistoryLine;
import cn.foodsafety.lims.results.boundary.Results;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** lab/history.xhtml?id=: every audit record of a sample, its items and reports (read only). */
@Named
@ViewScoped
public class ShowHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Results results;

  @Inject transient FacesText text;

  private Long id;
  private List<HistoryLine> lines = List.of();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      lines = results.history(id);
    } catch (RuntimeException e) {
      text.show(e, "history");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<HistoryLine> getLines() {
    return lines;
  }
}
