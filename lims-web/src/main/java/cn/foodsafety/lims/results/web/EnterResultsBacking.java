package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.ItemAddition;
import cn.foodsafety.lims.results.boundary.ItemChoice;
import cn.foodsafety.lims.results.boundary.ItemData;
import cn.foodsafety.lims.results.boundary.Reason;
import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.ResultEntries;
import cn.foodsafety.lims.results.boundary.ResultEntry;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Reviews;
import cn.foodsafety.lims.results.boundary.Signature;
import cn.foodsafety.lims.results.boundary.TestReports;
import cn.foodsafety.lims.results.entity.AnalysisState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * lab/results.xhtml?id=: a sample's items with their results, entered and judged; items added (from
 * the lab's accreditation scope) or dropped with a reason; then submission, review, rejection,
 * e-signed approval and amendment, and the issued reports.
 */
@Named
@ViewScoped
public class EnterResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Results results;

  @Inject Reviews reviews;

  @Inject TestReports testReports;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Long id;
  private ResultSheet sheet;
  private List<Row> rows = List.of();
  private List<ReportData> reports = List.of();
  private List<ItemChoice> choices = List.of();
  private List<ItemData> droppedItems = List.of();
  private String reason;
  private String password;
  private boolean itemsChangeable;
  private Long addTestItemId;
  private String addReason;
  private Long dropItemId;
  private String dropReason;

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

    Row(ItemData item, LocalDate today) {
      this.item = item;
      this.value = item.value();
      this.notDetected = item.notDetected();
      this.lod = item.lod();
      this.unit = item.unit() == null ? item.limitUnit() : item.unit();
      this.method = item.method();
      this.instrument = item.instrument();
      this.analyst = item.analyst();
      this.testedOn = item.testedOn() == null ? today : item.testedOn();
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
    LocalDate today = civilClock.today();
    s.items().stream().filter(i -> !i.dropped()).forEach(i -> r.add(new Row(i, today)));
    rows = r;
    droppedItems = s.items().stream().filter(ItemData::dropped).toList();
    reports = testReports.reports(id);
    itemsChangeable = isEditable() && labMember();
    choices = itemsChangeable ? results.itemChoices(id) : List.of();
    reason = null;
    password = null;
  }

  /** Adds the chosen test item with the reason; a field error names what is missing or wrong. */
  public void addItem() {
    try {
      show(results.addItem(id, new ItemAddition(addTestItemId, addReason)));
      addTestItemId = null;
      addReason = null;
      text.info("lab.results.itemAdded");
    } catch (RuntimeException e) {
      text.show(e, "addItem");
    }
  }

  /** Drops the chosen item with the reason. */
  public void dropItem() {
    try {
      show(results.dropItem(id, dropItemId, new Reason(dropReason)));
      dropItemId = null;
      dropReason = null;
      text.info("lab.results.itemDropped");
    } catch (RuntimeException e) {
      text.show(e, "dropItem");
    }
  }

  /** Adding and dropping items is the lab's: its technicians and reviewers. */
  private static boolean labMember() {
    var ctx = FacesContext.getCurrentInstance().getExternalContext();
    return ctx.isUserInRole("LAB_TECH") || ctx.isUserInRole("LAB_REVIEWER");
  }

  public boolean isItemsChangeable() {
    return itemsChangeable;
  }

  public void save() {
    List<ResultEntry> entries = rows.stream().filter(Row::touched).map(Row::entry).toList();
    run(() -> results.record(id, new ResultEntries(entries)), "lab.results.saved");
  }

  public void submit() {
    run(() -> results.submit(id), "lab.results.submitted");
  }

  public void review() {
    run(() -> reviews.review(id), "lab.results.reviewed");
  }

  public void reject() {
    run(() -> reviews.reject(id, new Reason(reason)), "lab.results.rejected");
  }

  public void amend() {
    run(() -> reviews.amend(id, new Reason(reason)), "lab.results.amended");
  }

  public void approve() {
    try {
      ReportData r = reviews.approve(id, new Signature(password));
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
    return getState() != null && getState().isEditable();
  }

  /** The items that can still be dropped: those not dropped yet. */
  public List<ItemData> getDroppable() {
    return rows.stream().map(Row::getItem).toList();
  }

  public List<ItemChoice> getChoices() {
    return choices;
  }

  public List<ItemData> getDroppedItems() {
    return droppedItems;
  }

  public Long getAddTestItemId() {
    return addTestItemId;
  }

  public void setAddTestItemId(Long addTestItemId) {
    this.addTestItemId = addTestItemId;
  }

  public String getAddReason() {
    return addReason;
  }

  public void setAddReason(String addReason) {
    this.addReason = addReason;
  }

  public Long getDropItemId() {
    return dropItemId;
  }

  public void setDropItemId(Long dropItemId) {
    this.dropItemId = dropItemId;
  }

  public String getDropReason() {
    return dropReason;
  }

  public void setDropReason(String dropReason) {
    this.dropReason = dropReason;
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

  /**
   * Where the work is, as the enum that knows the allowed steps: the page asks {@code
   * state.canReview()} and the like rather than comparing state names.
   */
  public AnalysisState getState() {
    return sheet == null ? null : AnalysisState.valueOf(sheet.state());
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
