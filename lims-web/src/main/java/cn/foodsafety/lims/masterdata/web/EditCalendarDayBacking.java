package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.CalendarDayData;
import cn.foodsafety.lims.masterdata.boundary.CalendarDays;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * masterdata/calendar-day.xhtml: enter a holiday or make-up working day, or change the kind or name
 * of one (?id=); its date is fixed once entered.
 */
@Named
@ViewScoped
public class EditCalendarDayBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarDays calendarDays;

  @Inject FacesText text;

  private Long id;
  private LocalDate date;
  private DayKind kind = DayKind.HOLIDAY;
  private String name;
  private Long version;

  /** viewAction: loads the entry named by ?id=. */
  public void load() {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    CalendarDayData d = calendarDays.get(id);
    date = d.date();
    kind = d.kind();
    name = d.name();
    version = d.version();
  }

  public String save() {
    CalendarDayData data = new CalendarDayData(id, date, kind, name, null, version);
    try {
      CalendarDayData saved =
          id == null ? calendarDays.create(data) : calendarDays.update(id, data);
      text.info("saved", saved.date() + " " + saved.name());
      return done(saved.date());
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public String remove() {
    try {
      calendarDays.remove(id);
      text.info("deleted", date + " " + name);
      return done(date);
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  /** Back to the list, showing the year of the entry. */
  private static String done(LocalDate day) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/masterdata/calendar.xhtml?faces-redirect=true&year=" + day.getYear();
  }

  /** The weekday of the chosen date, to see at once whether it is a weekend. */
  public DayOfWeek getWeekday() {
    return date == null ? null : date.getDayOfWeek();
  }

  public List<DayKind> getKinds() {
    return List.of(DayKind.values());
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public DayKind getKind() {
    return kind;
  }

  public void setKind(DayKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getVersion() {
    return version;
  }
}
