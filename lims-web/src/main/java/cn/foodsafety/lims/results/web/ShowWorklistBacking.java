package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import cn.foodsafety.lims.results.boundary.Reviews;
import cn.foodsafety.lims.results.boundary.Worklist;
import cn.foodsafety.lims.results.boundary.Worklists;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * lab/worklist.xhtml: the lab's samples by urgency and the conclusions to report, both paged and
 * sorted by the database (the same use cases as the API), with the overdue counts and turnaround.
 */
@Named
@ViewScoped
public class ShowWorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reviews reviews;

  @Inject Worklists worklists;

  @Inject FacesText text;

  private Worklist.Summary summary;
  private String search;
  private boolean onlyOverdue;
  private PageModel<Worklist.Entry> samples;
  private PageModel<Worklist.Entry> conclusions;

  @PostConstruct
  void init() {
    samples =
        new PageModel<>(
            q -> worklists.worklist(q), Worklist.Entry::sampleId, () -> search, this::filters);
    conclusions =
        new PageModel<>(
            q -> worklists.conclusionsDue(q), Worklist.Entry::sampleId, () -> null, Map::of);
  }

  private Map<String, String> filters() {
    Map<String, String> f = new HashMap<>();
    if (onlyOverdue) {
      f.put("overdue", "true");
    }
    return f;
  }

  public Worklist.Summary getSummary() {
    if (summary == null) {
      summary = worklists.worklistSummary();
    }
    return summary;
  }

  /** Records that an approved conclusion was sent to the regulator. */
  public void conclusionReported(long sampleId) {
    try {
      reviews.conclusionReported(sampleId);
      summary = null;
    } catch (RuntimeException e) {
      text.show(e, "worklist");
    }
  }

  public PageModel<Worklist.Entry> getSamples() {
    return samples;
  }

  public PageModel<Worklist.Entry> getConclusions() {
    return conclusions;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public boolean isOnlyOverdue() {
    return onlyOverdue;
  }

  public void setOnlyOverdue(boolean onlyOverdue) {
    this.onlyOverdue = onlyOverdue;
  }
}
