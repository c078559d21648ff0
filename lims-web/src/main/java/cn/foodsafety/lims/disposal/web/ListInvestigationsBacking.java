package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.InvestigationData;
import cn.foodsafety.lims.disposal.boundary.ProducerInvestigations;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * disposal/investigations.xhtml: the producer investigation tasks the user may see (its bureau's
 * own, those beside its cases, those below it), nearest deadline first; open ones only unless
 * asked.
 */
@Named
@ViewScoped
public class ListInvestigationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProducerInvestigations investigations;

  @Inject FacesText text;

  private boolean all;
  private boolean mine;
  private boolean overdue;
  private String search;
  private List<InvestigationData> items = List.of();

  public void load() {
    Map<String, String> filters = new HashMap<>();
    if (!all) {
      filters.put("open", "true");
    }
    if (mine) {
      filters.put("mine", "true");
    }
    if (overdue) {
      // the tasks the home page counted as overdue
      filters.put("alert", "INVESTIGATION_OVERDUE");
    }
    try {
      items =
          investigations
              .list(
                  new ListQuery(
                      0,
                      ListQuery.MAX_SIZE,
                      "deadline",
                      false,
                      search == null || search.isBlank() ? null : search.strip(),
                      filters))
              .items();
    } catch (RuntimeException e) {
      text.show(e, "list");
    }
  }

  public List<InvestigationData> getItems() {
    return items;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
