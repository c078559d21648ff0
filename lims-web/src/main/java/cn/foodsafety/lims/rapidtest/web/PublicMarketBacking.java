package cn.foodsafety.lims.rapidtest.web;

import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.web.Failures;
import cn.foodsafety.lims.rapidtest.boundary.PublicMarketDay;
import cn.foodsafety.lims.rapidtest.boundary.PublicMarkets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * public/market.xhtml?m=CODE&amp;d=2026-03-02: a market's rapid tests of the day for the public
 * (reached by the QR code at its testing point), no sign-in. Everything is written escaped.
 */
@Named
@RequestScoped
public class PublicMarketBacking {

  @Inject PublicMarkets tests;

  private String m;
  private String d;
  private PublicMarketDay day;

  public void load() {
    LocalDate date = null;
    try {
      date = d == null || d.isBlank() ? null : LocalDate.parse(d.strip());
    } catch (DateTimeParseException e) {
      date = null;
    }
    try {
      day = m == null ? null : tests.publicDay(m, date);
    } catch (RuntimeException e) {
      if (Failures.unwrap(e) instanceof LimsException) {
        day = null;
      } else {
        throw e;
      }
    }
  }

  public String time(OffsetDateTime t) {
    return t == null ? "" : t.toLocalTime().withSecond(0).toString();
  }

  public PublicMarketDay getDay() {
    return day;
  }

  public String getM() {
    return m;
  }

  public void setM(String m) {
    this.m = m;
  }

  public String getD() {
    return d;
  }

  public void setD(String d) {
    this.d = d;
  }
}
