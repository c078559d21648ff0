package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.ItemData;
import cn.foodsafety.lims.results.boundary.ResultEntry;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * lab/grid.xhtml: many samples × their items in one table; every filled line is saved at once (all
 * or nothing).
 */
@Named
@ViewScoped
public class EnterGridBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many samples the grid shows at once. */
  static final int SAMPLES = 50;

  @Inject Results results;

  @Inject FacesText text;

  private List<Line> lines;

  /** One cell row: a sample's item and what is typed for it. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long sampleId;
    private final String sample;
    private final ItemData item;
    private String value;
    private boolean notDetected;
    private String unit;

    Line(ResultSheet s, ItemData item) {
      this.sampleId = s.sampleId();
      this.sample = (s.blindCode() != null ? s.blindCode() : s.sampleNumber()) + " " + s.foodName();
      this.item = item;
      this.value = item.value();
      this.notDetected = item.notDetected();
      this.unit = item.unit() == null ? item.limitUnit() : item.unit();
    }

    boolean filled() {
      return notDetected || (value != null && !value.isBlank());
    }

    public long getSampleId() {
      return sampleId;
    }

    public String getSample() {
      return sample;
    }

    public ItemData getItem() {
      return item;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public boolean isNotDetected() {
      return notDetected;
    }

    public void setNotDetected(boolean notDetected) {
      this.notDetected = notDetected;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }
  }

  public List<Line> getLines() {
    if (lines == null) {
      List<Line> l = new ArrayList<>();
      try {
        for (ResultSheet s : results.grid(SAMPLES)) {
          s.items().stream().filter(i -> !i.dropped()).forEach(i -> l.add(new Line(s, i)));
        }
      } catch (RuntimeException e) {
        text.show(e, "grid");
      }
      lines = l;
    }
    return lines;
  }

  public void save() {
    Map<Long, List<ResultEntry>> bySample = new LinkedHashMap<>();
    for (Line l : getLines()) {
      if (l.filled()) {
        bySample
            .computeIfAbsent(l.sampleId, k -> new ArrayList<>())
            .add(
                new ResultEntry(
                    l.item.id(), l.value, l.notDetected, null, l.unit, null, null, null, null));
      }
    }
    try {
      int n = results.recordAll(bySample);
      lines = null;
      text.info("lab.grid.saved", n);
    } catch (RuntimeException e) {
      text.show(e, "grid");
    }
  }
}
