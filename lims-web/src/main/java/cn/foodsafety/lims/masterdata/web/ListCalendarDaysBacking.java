package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.CalendarDayData;
import cn.foodsafety.lims.masterdata.boundary.CalendarDays;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * masterdata/calendar.xhtml: the public holidays and make-up working days, one year at a time (the
 * current one first), with deleting an entry in its row.
 */
@Named
@ViewScoped
public class ListCalendarDaysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarDays calendarDays;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private Integer year;
  private DayKind kind;
  private String search;
  private PageModel<CalendarDayData> model;

  @PostConstruct
  void init() {
    // the calendar is the mainland's: "this year" is the year in Beijing time
    year = civilClock.today().getYear();
    model =
        new PageModel<>(
            q -> calendarDays.list(q),
            CalendarDayData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (year != null) {
                f.put("year", year.toString());
              }
              if (kind != null) {
                f.put("kind", kind.name());
              }
              return f;
            });
  }

  public void remove(CalendarDayData day) {
    try {
      calendarDays.remove(day.id());
      text.info("deleted", day.date() + " " + day.name());
    } catch (RuntimeException e) {
      text.show(e, "list");
    }
  }

  public List<DayKind> getKinds() {
    return List.of(DayKind.values());
  }

  public PageModel<CalendarDayData> getModel() {
    return model;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public DayKind getKind() {
    return kind;
  }

  public void setKind(DayKind kind) {
    this.kind = kind;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
