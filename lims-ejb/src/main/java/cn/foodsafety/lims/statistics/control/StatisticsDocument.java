package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.ReportTemplates;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The statistics summary PDF (reports/statistics/summary.jrxml): the period's figures from {@link
 * FiguresReport}, the same as the dashboard's and the workbook's, with a monthly chart (batches as
 * bars, pass rate as a line) drawn here with Java 2D, and the definitions. Chinese first; English
 * when asked.
 */
public final class StatisticsDocument {

  private StatisticsDocument() {}

  public static byte[] render(FiguresReport f, String scopeLabel, LocalDate today, Locale locale) {
    Map<String, Object> params = new HashMap<>();
    params.put("title", t(locale, "title"));
    params.put(
        "subtitle",
        t(locale, "subtitle", scopeLabel, f.period().from(), f.period().to(), f.period().asOf()));
    params.put("chartTitle", t(locale, "chartTitle"));
    params.put("chart", chart(f));
    StringBuilder defs = new StringBuilder();
    for (FiguresReport.Definition d : f.definitions()) {
      defs.append(d.text()).append('\n');
    }
    params.put("definitions", defs.toString().strip());
    params.put("footer", t(locale, "footer", today));
    params.put("pageOf", t(locale, "page"));
    params.put(
        "headers",
        List.of(
            t(locale, "col.section"),
            t(locale, "col.name"),
            t(locale, "col.value"),
            t(locale, "col.target"),
            t(locale, "col.met")));
    List<Map<String, ?>> rows = new ArrayList<>();
    String volume = t(locale, "section.volume");
    FiguresReport.VolumeRow total = f.volume().total();
    rows.add(row(volume, t(locale, "batches"), String.valueOf(total.batches()), "", ""));
    rows.add(row(volume, t(locale, "quota"), String.valueOf(total.quota()), "", ""));
    rows.add(figureRow(volume, t(locale, "percentOfQuota"), total.percentOfQuota(), locale));
    rows.add(
        row(
            volume,
            t(locale, "perThousand"),
            total.perThousand() == null ? "-" : total.perThousand().toPlainString(),
            f.volume().planRate() == null ? "" : f.volume().planRate().toPlainString(),
            ""));
    String pass = t(locale, "section.passRates");
    rows.add(
        figureRow(
            pass, f.passRates().overall().label(), f.passRates().overall().passRate(), locale));
    for (FiguresReport.PassRow p : f.passRates().keyGroups()) {
      rows.add(figureRow(pass, p.label(), p.passRate(), locale));
    }
    String follow = t(locale, "section.followUp");
    for (FiguresReport.FollowRow x : f.followUp().byLevel()) {
      if (x.mustFollow() == 0 && x.disposal().target() == null) {
        continue;
      }
      rows.add(figureRow(follow, x.label() + " · " + t(locale, "disposal"), x.disposal(), locale));
      rows.add(
          figureRow(follow, x.label() + " · " + t(locale, "completion"), x.completion(), locale));
      rows.add(figureRow(follow, x.label() + " · " + t(locale, "onTime"), x.onTime(), locale));
    }
    String labs = t(locale, "section.labs");
    for (FiguresReport.LabRow l : f.labs()) {
      rows.add(
          row(
              labs,
              l.label(),
              t(
                  locale,
                  "turnaround",
                  l.medianDays() == null ? "-" : l.medianDays().toPlainString(),
                  l.p90Days() == null ? "-" : l.p90Days(),
                  l.overdueReports()),
              "",
              ""));
    }
    try {
      return JasperExportManager.exportReportToPdf(
          JasperFillManager.fillReport(
              ReportTemplates.get("statistics/summary"),
              params,
              new JRMapCollectionDataSource(rows)));
    } catch (JRException e) {
      throw new IllegalStateException("the statistics report could not be rendered", e);
    }
  }

  private static Map<String, ?> figureRow(String section, String name, Figure fig, Locale locale) {
    return row(
        section,
        name,
        fig.display(),
        fig.target() == null ? "" : fig.target().stripTrailingZeros().toPlainString() + "%",
        fig.met() == null ? "-" : fig.met() ? t(locale, "met") : t(locale, "notMet"));
  }

  private static Map<String, ?> row(
      String section, String name, String value, String target, String met) {
    Map<String, Object> m = new HashMap<>();
    m.put("section", section);
    m.put("name", name);
    m.put("value", value);
    m.put("target", target);
    m.put("met", met);
    return m;
  }

  private static String t(Locale locale, String key, Object... args) {
    return Messages.text(locale, "statsPdf." + key, args);
  }

  /** Batches per month as bars (left axis), pass rate as a line (right axis, 0-100%). */
  static BufferedImage chart(FiguresReport f) {
    int w = 1070;
    int h = 500;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    int left = 80;
    int right = w - 80;
    int top = 30;
    int bottom = h - 60;
    List<FiguresReport.VolumeRow> months = f.volume().byMonth();
    List<FiguresReport.PassRow> rates = f.passRates().byMonth();
    long max =
        Math.max(1, months.stream().mapToLong(FiguresReport.VolumeRow::batches).max().orElse(1));
    long step = niceStep(max);
    long axisMax = ((max + step - 1) / step) * step;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    g.setColor(new Color(0xE0E0E0));
    for (long v = 0; v <= axisMax; v += step) {
      int y = bottom - (int) ((bottom - top) * v / axisMax);
      g.drawLine(left, y, right, y);
    }
    g.setColor(new Color(0x444444));
    for (long v = 0; v <= axisMax; v += step) {
      int y = bottom - (int) ((bottom - top) * v / axisMax);
      String s = String.valueOf(v);
      g.drawString(s, left - 10 - g.getFontMetrics().stringWidth(s), y + 6);
    }
    for (int p = 0; p <= 100; p += 20) {
      int y = bottom - (bottom - top) * p / 100;
      g.drawString(p + "%", right + 10, y + 6);
    }
    int n = Math.max(1, months.size());
    double slot = (double) (right - left) / n;
    int[] xs = new int[n];
    int[] ys = new int[n];
    boolean[] has = new boolean[n];
    for (int i = 0; i < months.size(); i++) {
      FiguresReport.VolumeRow m = months.get(i);
      int x = left + (int) (slot * i + slot * 0.2);
      int bw = (int) (slot * 0.6);
      int bh = (int) ((bottom - top) * m.batches() / (double) axisMax);
      g.setColor(new Color(0x4A7DB8));
      g.fillRect(x, bottom - bh, bw, bh);
      g.setColor(new Color(0x444444));
      String label = m.key();
      g.drawString(label, x + bw / 2 - g.getFontMetrics().stringWidth(label) / 2, bottom + 26);
      BigDecimal rate = i < rates.size() ? rates.get(i).passRate().value() : null;
      xs[i] = x + bw / 2;
      has[i] = rate != null;
      ys[i] = rate == null ? 0 : bottom - (int) ((bottom - top) * rate.doubleValue() / 100);
    }
    g.setColor(new Color(0xD9822B));
    g.setStroke(new BasicStroke(3f));
    for (int i = 0; i < n; i++) {
      if (has[i]) {
        g.fillOval(xs[i] - 6, ys[i] - 6, 12, 12);
        for (int j = i + 1; j < n; j++) {
          if (has[j]) {
            g.drawLine(xs[i], ys[i], xs[j], ys[j]);
            break;
          }
        }
      }
    }
    g.setColor(new Color(0x444444));
    g.setStroke(new BasicStroke(1.5f));
    g.drawLine(left, bottom, right, bottom);
    g.dispose();
    return img;
  }

  private static long niceStep(long max) {
    long raw = Math.max(1, max / 5);
    long magnitude = 1;
    while (magnitude * 10 <= raw) {
      magnitude *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
