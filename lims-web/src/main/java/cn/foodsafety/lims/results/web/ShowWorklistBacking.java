package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Worklist;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** lab/worklist.xhtml: the lab's samples by urgency, conclusions to report, turnaround. */
@Named
@ViewScoped
public class ShowWorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Results results;

  @Inject transient FacesText text;

  private Worklist worklist;

  public Worklist getWorklist() {
    if (worklist == null) {
      worklist = results.worklist();
    }
    return worklist;
  }

  /** Records that an approved conclusion was sent to the regulator. */
  public void conclusionReported(long sampleId) {
    try {
      results.conclusionReported(sampleId);
      worklist = null;
    } catch (RuntimeException e) {
      text.show(e, "worklist");
    }
  }
}
