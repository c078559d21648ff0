package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.ItemData;
import cn.foodsafety.lims.results.boundary.Reason;
import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.ResultEntries;
import cn.foodsafety.lims.results.boundary.ResultEntry;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Signature;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * lab/results.xhtml?id=: a sample's items with their results, entered and judged; then submission,
 * review, rejection, e-signed approval and amendment, and the issued reports.
 */
@Named
@ViewScoped
public class EnterResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Results results;

  @Inject transient FacesText text;

  private Long id;
  private ResultSheet sheet;
  private List<Row> rows = List.of();
  private List<ReportData> reports = List.of();
  private String reason;
  private String password;

  /** One editable line of the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ItemData item;
    private String value;
    private boolean notDetected;
    private String lod;
    private String unit;
    private String method;
    private String instrument;
    private String analyst;
    private LocalDate testedOn;

    Row(ItemData item) {
      this.item = item;
      this.value = item.value();
      this.notDetected = item.notDetected();
      this.lod = item.lod();
      this.unit = item.unit() == null ? item.limitUnit() : item.unit();
      this.method = item.method();
      this.instrument = item.instrument();
      this.analyst = item.analyst();
      this.testedOn = item.testedOn() == null ? LocalDate.now() : item.testedOn();
    }

    boolean touched() {
      return notDetected || (value != null && !value.isBlank());
    }

    ResultEntry entry() {
      return new ResultEntry(
          item.id(), value, notDetected, lod, unit, method, instrument, analyst, testedOn);
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

    public String getLod() {
      return lod;
    }

    public void setLod(String lod) {
      this.lod = lod;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public String getMethod() {
      return method;
    }

    public void setMethod(String method) {
      this.method = method;
    }

    public String getInstrument() {
      return instrument;
    }

    public void setInstrument(String instrument) {
      this.instrument = instrument;
    }

    public String getAnalyst() {
      return analyst;
    }

    public void setAnalyst(String analyst) {
      this.analyst = analyst;
    }

    public LocalDate getTestedOn() {
      return testedOn;
    }

    public void setTestedOn(LocalDate testedOn) {
      this.testedOn = testedOn;
    }
  }

  /** viewAction: the sheet of ?id=. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      show(results.sheet(id));
    } catch (RuntimeException e) {
      text.show(e, "results");
    }
  }

  private void show(ResultSheet s) {
    sheet = s;
    List<Row> r = new ArrayList<>();
    s.items().stream().filter(i -> !i.dropped()).forEach(i -> r.add(new Row(i)));
    rows = r;
    reports = results.reports(id);
    reason = null;
    password = null;
  }

  public void save() {
    List<ResultEntry> entries = rows.stream().filter(Row::touched).map(Row::entry).toList();
    run(() -> results.record(id, new ResultEntries(entries)), "lab.results.saved");
  }

  public void submit() {
    run(() -> results.submit(id), "lab.results.submitted");
  }

  public void review() {
    run(() -> results.review(id), "lab.results.reviewed");
  }

  public void reject() {
    run(() -> results.reject(id, new Reason(reason)), "lab.results.rejected");
  }

  public void amend() {
    run(() -> results.amend(id, new Reason(reason)), "lab.results.amended");
  }

  public void approve() {
    try {
      ReportData r = results.approve(id, new Signature(password));
      show(results.sheet(id));
      text.info("lab.results.approved", r.reportNumber(), r.version());
    } catch (RuntimeException e) {
      password = null;
      text.show(e, "results");
    }
  }

  private void run(Supplier<ResultSheet> action, String done) {
    try {
      show(action.get());
      text.info(done);
    } catch (RuntimeException e) {
      text.show(e, "results");
    }
  }

  public boolean isEditable() {
    return sheet != null && "IN_PROGRESS".equals(sheet.state());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ResultSheet getSheet() {
    return sheet;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<ReportData> getReports() {
    return reports;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
