package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.HistoryLine;
import cn.foodsafety.lims.results.boundary.ItemData;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.TestReports;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * lab/history.xhtml?id=: every audit record of a sample, its items and reports (read only), in the
 * page's language: field, entity and action names and coded values (states, verdicts) in words,
 * times in China's civil time.
 */
@Named
@ViewScoped
public class ShowHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject Results results;

  @Inject TestReports testReports;

  @Inject FacesText text;

  private Long id;
  private String sampleNumber;
  private String foodName;
  private List<Line> lines = List.of();

  /** A history line as the page shows it. */
  public record Line(
      String at,
      String actor,
      String action,
      String entity,
      String subject,
      String field,
      String oldValue,
      String newValue,
      String reason)
      implements Serializable {

    static Line of(HistoryLine l, Locale locale, Map<String, String> subjects) {
      return new Line(
          l.at().atZoneSameInstant(CivilTime.ZONE).format(TIME),
          l.actor(),
          l.actionText(locale),
          l.entityText(locale),
          subjects.getOrDefault(l.entityType() + "/" + l.entityId(), ""),
          l.fieldText(locale),
          l.oldValueText(locale),
          l.newValueText(locale),
          l.reason());
    }
  }

  public void load() {
    if (id == null) {
      return;
    }
    try {
      Locale locale = text.locale();
      ResultSheet sheet = results.sheet(id);
      sampleNumber = sheet.sampleNumber();
      foodName = sheet.foodName();
      // what a line is about, by its number or name: never the database id ("检验项目 129")
      Map<String, String> subjects = new HashMap<>();
      subjects.put("Sample/" + id, sheet.sampleNumber());
      subjects.put("Analysis/" + id, sheet.sampleNumber());
      for (ItemData item : sheet.items()) {
        subjects.put("SampleItem/" + item.id(), item.analyte());
      }
      lines = testReports.history(id).stream().map(l -> Line.of(l, locale, subjects)).toList();
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

  public String getSampleNumber() {
    return sampleNumber;
  }

  public String getFoodName() {
    return foodName;
  }

  public List<Line> getLines() {
    return lines;
  }
}
