package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.statistics.control.Period;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook for the departments' risk meetings (风险会商, Apache POI streaming): the warnings of the
 * period with their class and failing items, the repeat offenders with their batches, and the
 * non-conforming trends by category and analyte, month by month against the year before.
 */
public final class RiskWorkbook {

  private final Locale locale;

  public RiskWorkbook(Locale locale) {
    this.locale = locale;
  }

  public void write(
      OutputStream out,
      Period period,
      List<RiskReport.Warning> warnings,
      RiskReport.Offenders offenders,
      RiskReport.Trends trends)
      throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    wb.setCompressTempFiles(true);
    try {
      SheetWriter w = new SheetWriter(wb, locale);
      warnings(w, period, warnings);
      offenders(w, offenders);
      trends(w, "sheet.categoryTrend", trends, trends.categories());
      trends(w, "sheet.analyteTrend", trends, trends.analytes());
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  private void warnings(SheetWriter w, Period period, List<RiskReport.Warning> warnings) {
    SXSSFSheet s =
        w.sheet(
            "sheet.warnings",
            "class",
            "sampleNumber",
            "food",
            "category",
            "unit",
            "level",
            "sampledOn",
            "approvedOn",
            "producer",
            "operator",
            "items");
    int r = 1;
    for (RiskReport.Warning x : warnings) {
      Row row = s.createRow(r++);
      w.text(row, 0, x.warningClass().name());
      w.text(row, 1, x.sampleNumber());
      w.text(row, 2, x.foodName());
      w.text(row, 3, x.category());
      w.text(row, 4, x.unit());
      w.text(row, 5, Messages.text(locale, "enum.SamplingLevel." + x.level()));
      w.day(row, 6, x.sampledOn());
      w.day(row, 7, x.approvedOn());
      w.text(row, 8, x.producer());
      w.text(row, 9, x.operator());
      w.text(
          row,
          10,
          x.items().stream()
              .map(
                  i ->
                      i.analyte()
                          + " "
                          + (i.value() == null ? "" : i.value())
                          + (i.unit() == null ? "" : " " + i.unit())
                          + (i.timesOver() == null
                              ? ""
                              : " (" + w.t("timesOver", i.timesOver().toPlainString()) + ")"))
              .collect(Collectors.joining("; ")));
    }
    w.finish(s, r, 11);
  }

  private void offenders(SheetWriter w, RiskReport.Offenders offenders) {
    SXSSFSheet s =
        w.sheet(
            "sheet.offenders",
            "role",
            "party",
            "licence",
            "batches",
            "units",
            "sampleNumber",
            "food",
            "unit",
            "sampledOn");
    int r = 1;
    for (RiskReport.Offender o : offenders.items()) {
      for (RiskReport.OffenderBatch b : o.samples()) {
        Row row = s.createRow(r++);
        w.text(row, 0, Messages.text(locale, "oversight.role." + o.role().name()));
        w.text(row, 1, o.name());
        w.text(row, 2, o.licence());
        w.count(row, 3, o.batches());
        w.count(row, 4, o.units());
        w.text(row, 5, b.sampleNumber());
        w.text(row, 6, b.foodName());
        w.text(row, 7, b.unit());
        w.day(row, 8, b.sampledOn());
      }
    }
    w.finish(s, r, 9);
  }

  private void trends(
      SheetWriter w, String title, RiskReport.Trends trends, List<RiskReport.Series> series) {
    SXSSFSheet s =
        w.sheet(
            title,
            "name",
            "month",
            "judged",
            "nonConforming",
            "rate",
            "judgedLastYear",
            "nonConformingLastYear",
            "rateLastYear");
    int r = 1;
    for (RiskReport.Series x : series) {
      for (int m = 0; m < 12; m++) {
        Row row = s.createRow(r++);
        w.text(row, 0, x.label());
        w.text(row, 1, trends.year() + "-" + (m < 9 ? "0" : "") + (m + 1));
        w.count(row, 2, x.judged().get(m));
        w.count(row, 3, x.failing().get(m));
        w.percent(row, 4, x.rate().get(m));
        w.count(row, 5, x.judgedLastYear().get(m));
        w.count(row, 6, x.failingLastYear().get(m));
        w.percent(row, 7, x.rateLastYear().get(m));
      }
    }
    w.finish(s, r, 8);
  }
}
