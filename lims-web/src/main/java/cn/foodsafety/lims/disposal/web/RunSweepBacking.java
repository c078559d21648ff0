package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.DeadlineSweep;
import cn.foodsafety.lims.disposal.boundary.SweepData;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's part of disposal/cases.xhtml: run the deadline sweep now, see what the run
 * changed and the latest runs.
 */
@Named
@ViewScoped
public class RunSweepBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int RECENT = 5;

  @Inject DeadlineSweep sweep;

  @Inject FacesText text;

  private List<SweepData> recent = List.of();
  private SweepData last;

  @PostConstruct
  void init() {
    if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
      recent = sweep.recent(RECENT);
    }
  }

  public void run() {
    try {
      last = sweep.runNow();
      List<SweepData> runs = new ArrayList<>();
      runs.add(last);
      recent.stream().limit(RECENT - 1).forEach(runs::add);
      recent = runs;
      text.info("case.sweep.done", last.raised(), last.cleared(), last.changedCases());
    } catch (RuntimeException e) {
      text.show(e, "sweep");
    }
  }

  public SweepData getLast() {
    return last;
  }

  public List<SweepData> getRecent() {
    return recent;
  }
}
