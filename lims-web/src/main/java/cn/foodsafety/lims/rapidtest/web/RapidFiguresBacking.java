package cn.foodsafety.lims.rapidtest.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.rapidtest.boundary.MarketFigures;
import cn.foodsafety.lims.rapidtest.boundary.RapidFigures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * rapidtest/figures.xhtml: tests per market and day, positive rate, confirmations and their
 * outcome; markets below the positive-rate floor are flagged.
 */
@Named
@ViewScoped
public class RapidFiguresBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MarketFigures tests;

  @Inject FacesText text;

  private LocalDate from;
  private LocalDate to;
  private RapidFigures figures;

  @PostConstruct
  void init() {
    show();
  }

  public void show() {
    try {
      figures = tests.figures(from, to);
      from = figures.from();
      to = figures.to();
    } catch (RuntimeException e) {
      text.show(e, "period");
    }
  }

  public RapidFigures getFigures() {
    return figures;
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
}
