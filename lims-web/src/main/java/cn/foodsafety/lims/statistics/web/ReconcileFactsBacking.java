package cn.foodsafety.lims.statistics.web;

import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.statistics.boundary.StatisticsFacts;
import cn.foodsafety.lims.statistics.control.Reconciliation;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * admin/facts.xhtml: the administrator reconciles the statistics facts of a period with the raw
 * rows (every difference listed; none when they agree) and rebuilds them from the raw rows.
 */
@Named
@ViewScoped
public class ReconcileFactsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StatisticsFacts facts;

  @Inject transient FacesText text;

  @Inject transient CivilClock civilClock;

  private LocalDate from;
  private LocalDate to;
  private Reconciliation.Result result;
  private StatisticsFacts.Rebuilt rebuilt;

  @PostConstruct
  void init() {
    to = civilClock.today();
    from = to.withDayOfYear(1);
  }

  public void reconcile() {
    try {
      result = facts.reconcile(from, to);
      text.info(result.clean() ? "facts.clean" : "facts.differences", result.differenceCount());
    } catch (RuntimeException e) {
      text.show(e, "facts");
    }
  }

  public void rebuild() {
    try {
      rebuilt = facts.rebuild();
      text.info("facts.rebuilt", rebuilt.samples(), rebuilt.cases(), rebuilt.millis());
      result = null;
    } catch (RuntimeException e) {
      text.show(e, "facts");
    }
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Reconciliation.Result getResult() {
    return result;
  }

  public StatisticsFacts.Rebuilt getRebuilt() {
    return rebuilt;
  }
}
