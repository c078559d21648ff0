package cn.foodsafety.lims.oversight.web;

import cn.foodsafety.lims.oversight.boundary.AuditForm;
import cn.foodsafety.lims.oversight.boundary.Audits;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.ReviewForm;
import cn.foodsafety.lims.oversight.control.AuditData;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * oversight/audit.xhtml: a supervisor draws an audit of the records of a year (or month),
 * stratified by unit, team or lab, with a seed (the same seed draws the same records again); the
 * reviewers score each drawn record item by item; the roll-up and the workbook for the province.
 */
@Named
@ViewScoped
public class EditAuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Audits audits;

  @Inject FacesText text;

  private Integer year =
      LocalDate.now(cn.foodsafety.lims.platform.control.CivilTime.ZONE).getYear();
  private Integer month;
  private String title;
  private Integer size = 20;
  private String stratifiedBy = "unit";
  private Long seed;
  private AuditData audit;
  private String stratum;
  private List<AuditData.Item> checklist;

  /** Scores being entered: record id → item code → score. */
  private final Map<Long, Map<String, Object>> scores = new HashMap<>();

  private final Map<Long, String> notes = new HashMap<>();

  public void load() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("[0-9]{1,18}")) {
      try {
        show(audits.get(Long.parseLong(id), text.locale()));
      } catch (RuntimeException e) {
        text.show(e, "draw");
      }
    }
  }

  public void draw() {
    Map<String, String> raw = new LinkedHashMap<>();
    if (year != null) {
      raw.put("year", year.toString());
    }
    if (month != null) {
      raw.put("month", month.toString());
    }
    try {
      show(
          audits.draw(
              OversightRequest.parse(raw),
              new AuditForm(title, size, stratifiedBy, seed),
              text.locale()));
    } catch (RuntimeException e) {
      text.show(e, "draw");
    }
  }

  /** A click on a roll-up line: only that stratum's records (again: all of them). */
  public void openStratum(AuditData.RollUp u) {
    stratum = u.key().equals(stratum) ? null : u.key();
  }

  /** The records shown: those of the chosen stratum, or all. */
  public List<AuditData.Record> getRecords() {
    return audit == null
        ? List.of()
        : audit.records().stream()
            .filter(r -> stratum == null || r.stratumKey().equals(stratum))
            .toList();
  }

  public String getStratum() {
    return stratum;
  }

  private void show(AuditData a) {
    if (audit == null || audit.id() != a.id()) {
      stratum = null;
    }
    audit = a;
    seed = a.seed();
    scores.clear();
    for (AuditData.Record r : a.records()) {
      scores.put(r.id(), new HashMap<>(r.scores()));
      notes.put(r.id(), r.note());
    }
  }

  public void review(AuditData.Record r) {
    try {
      audits.review(
          audit.id(),
          r.id(),
          new ReviewForm(integers(scores.get(r.id())), notes.get(r.id())),
          text.locale());
      show(audits.get(audit.id(), text.locale()));
      text.info("audit.reviewedMessage", r.sampleNumber());
    } catch (RuntimeException e) {
      text.show(e, "records");
    }
  }

  /**
   * The scores as numbers (an input gives text or a number, whatever the map holds); an entry that
   * is no whole number is left out, so the review reports it as missing.
   */
  private static Map<String, Integer> integers(Map<String, Object> given) {
    Map<String, Integer> out = new HashMap<>();
    if (given != null) {
      given.forEach(
          (k, v) -> {
            if (v instanceof Number n) {
              out.put(k, n.intValue());
            } else if (v != null && v.toString().strip().matches("-?[0-9]{1,6}")) {
              out.put(k, Integer.valueOf(v.toString().strip()));
            }
          });
    }
    return out;
  }

  public StreamedContent getWorkbook() {
    long id = audit.id();
    java.util.Locale locale = text.locale();
    return DefaultStreamedContent.builder()
        .name("audit-" + id + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(audits.workbook(id, locale)))
        .build();
  }

  public List<AuditData.Item> getChecklist() {
    if (checklist == null) {
      checklist = audits.checklist(text.locale());
    }
    return checklist;
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(cn.foodsafety.lims.platform.control.CivilTime.ZONE).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y >= now - 4; y--) {
      years.add(y);
    }
    return years;
  }

  public List<Integer> getMonths() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  public Map<Long, Map<String, Object>> getScores() {
    return scores;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public AuditData getAudit() {
    return audit;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getSize() {
    return size;
  }

  public void setSize(Integer size) {
    this.size = size;
  }

  public String getStratifiedBy() {
    return stratifiedBy;
  }

  public void setStratifiedBy(String stratifiedBy) {
    this.stratifiedBy = stratifiedBy;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }
}
