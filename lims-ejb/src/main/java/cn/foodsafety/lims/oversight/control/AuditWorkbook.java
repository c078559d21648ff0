package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.oversight.boundary.AuditData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The workbook of an audit for the province: the drawn records with their scores, the roll-up. */
public final class AuditWorkbook {

  private final Locale locale;

  public AuditWorkbook(Locale locale) {
    this.locale = locale;
  }

  public void write(OutputStream out, AuditData audit, List<AuditData.Item> checklist)
      throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    wb.setCompressTempFiles(true);
    try {
      SheetWriter w = new SheetWriter(wb, locale);
      SXSSFSheet s =
          w.sheet(
              "sheet.auditRecords",
              "sampleNumber",
              "stratum",
              "unit",
              "total",
              "max",
              "reviewer",
              "note");
      Row head = s.getRow(0);
      for (int i = 0; i < checklist.size(); i++) {
        w.text(head, 7 + i, checklist.get(i).code() + " " + checklist.get(i).text());
      }
      int r = 1;
      for (AuditData.Record x : audit.records()) {
        Row row = s.createRow(r++);
        w.text(row, 0, x.sampleNumber());
        w.text(row, 1, x.stratum());
        w.text(row, 2, x.unit());
        if (x.total() != null) {
          w.count(row, 3, x.total());
          w.count(row, 4, x.max());
        }
        w.text(row, 5, x.reviewer());
        w.text(row, 6, x.note());
        for (int i = 0; i < checklist.size(); i++) {
          Integer v = x.scores().get(checklist.get(i).code());
          if (v != null) {
            w.count(row, 7 + i, v);
          }
        }
      }
      w.finish(s, r, 7 + checklist.size());
      SXSSFSheet u = w.sheet("sheet.auditRollUp", "stratum", "drawn", "reviewed", "percent");
      int n = 1;
      for (AuditData.RollUp x : audit.rollUp()) {
        Row row = u.createRow(n++);
        w.text(row, 0, x.label());
        w.count(row, 1, x.drawn());
        w.count(row, 2, x.reviewed());
        w.percent(row, 3, x.percent());
      }
      Row about = u.createRow(n + 1);
      w.text(
          about,
          0,
          w.t(
              "auditAbout",
              audit.title(),
              audit.from(),
              audit.to(),
              audit.seed(),
              audit.size(),
              audit.population()));
      w.finish(u, n, 4);
      wb.write(out);
    } finally {
      wb.close();
    }
  }
}
