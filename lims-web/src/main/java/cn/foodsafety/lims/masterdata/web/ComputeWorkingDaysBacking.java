package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.CalendarDays;
import cn.foodsafety.lims.masterdata.boundary.WorkingDayAnswer;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The working-day calculator on masterdata/calendar.xhtml: the due date N working days after a
 * date, and the working days between two dates, on the calendar as entered.
 */
@Named
@RequestScoped
public class ComputeWorkingDaysBacking {

  @Inject CalendarDays calendarDays;

  @Inject FacesText text;

  @Inject CivilClock civilClock;

  private LocalDate from;
  private Integer workingDays;
  private LocalDate to;
  private WorkingDayAnswer answer;

  @PostConstruct
  void init() {
    from = civilClock.today();
  }

  public void compute() {
    try {
      answer = calendarDays.compute(from, workingDays, to);
    } catch (RuntimeException e) {
      answer = null;
      text.show(e, "calculator");
    }
  }

  /** The years the answer depends on, e.g. "2025, 2026". */
  public String getYears() {
    return answer == null ? "" : join(answer.years());
  }

  /** The years whose holidays are not entered yet, e.g. "2026". */
  public String getUncoveredYears() {
    return answer == null ? "" : join(answer.uncoveredYears());
  }

  private static String join(java.util.List<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  public WorkingDayAnswer getAnswer() {
    return answer;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public Integer getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(Integer workingDays) {
    this.workingDays = workingDays;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
