package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.PublicationRate;
import cn.foodsafety.lims.oversight.boundary.PublicationReport;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * oversight/list.xhtml: the results behind a publication figure (due, on time, late, overdue, not
 * yet due) for the filters of the address, with their approval day, deadline and publication day.
 */
@Named
@ViewScoped
public class ListPublicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> MEASURES = List.of("due", "on-time", "late", "overdue", "not-yet-due");

  @Inject PublicationRate oversight;

  @Inject FacesText text;

  private OversightRequest request;
  private String measure;
  private PageModel<PublicationReport.Item> rows;

  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<String, String> raw = new HashMap<>();
    for (String name : OversightRequest.NAMES) {
      if (params.get(name) != null && !params.get(name).isBlank()) {
        raw.put(name, params.get(name));
      }
    }
    try {
      measure = params.get("measure");
      if (!MEASURES.contains(measure)) {
        measure = "due";
      }
      request = OversightRequest.parse(raw);
      rows = new PageModel<>(this::page, PublicationReport.Item::sampleId, () -> null, Map::of);
    } catch (RuntimeException e) {
      request = null;
      text.show(e, "list");
    }
  }

  private Page<PublicationReport.Item> page(ListQuery q) {
    return oversight.publicationItems(request, measure, q.page(), q.size(), text.locale());
  }

  public boolean isLoaded() {
    return request != null;
  }

  public String getHeading() {
    return text.get("ov.list.heading." + measure);
  }

  public String getBackHref() {
    String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    Map<String, String> m = new HashMap<>(request == null ? Map.of() : request.stats().asMap());
    return OversightLinks.with(ctx + "/statistics/dashboard.xhtml?", new java.util.TreeMap<>(m))
        .replace("?&", "?");
  }

  public String statusLabel(PublicationReport.Item i) {
    return text.get("ov.status." + i.status().name());
  }

  public String levelLabel(String level) {
    return level == null ? "" : text.get("enum.SamplingLevel." + level);
  }

  public PageModel<PublicationReport.Item> getRows() {
    return rows;
  }

  public String getMeasure() {
    return measure;
  }
}
