package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.PublicationRate;
import cn.foodsafety.lims.oversight.boundary.PublicationReport;
import cn.foodsafety.lims.oversight.control.PublicationDeadline;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The section of disclosure/publish.xhtml that lists the caller's approved results not published
 * yet with their publication deadline: overdue first, then those due soonest.
 */
@Named
@RequestScoped
public class ShowDuePublicationsBacking {

  @Inject PublicationRate oversight;

  @Inject FacesText text;

  private List<PublicationReport.Item> items;

  public List<PublicationReport.Item> getItems() {
    if (items == null) {
      try {
        items = oversight.unpublished(text.locale());
      } catch (RuntimeException e) {
        items = List.of();
        text.show(e, "due");
      }
    }
    return items;
  }

  public long getOverdue() {
    return getItems().stream()
        .filter(i -> i.status() == PublicationDeadline.Status.OVERDUE)
        .count();
  }

  public String statusLabel(PublicationReport.Item i) {
    return text.get("ov.status." + i.status().name());
  }

  /** The section's hint with the setting's working days. */
  public String getHint() {
    return text.get("ov.due.hint", oversight.publicationWorkingDays());
  }
}
