package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.SheetPrinting;
import cn.foodsafety.lims.platform.control.SheetStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook the province receives (Apache POI, streaming: at most 200 rows in memory): sampling
 * volume by unit, pass rates by category (with the key groups and their targets), the three
 * follow-up rates by level, and every non-conforming sample of the period with its case's state and
 * dates. The figures are the dashboard's ({@link FiguresReport}); the list of non-conforming
 * samples is the dashboard's non-conforming drill-down, read as a stream. Headers frozen, filters
 * on, numbers and percentages as numbers with formats.
 */
public final class ProvincialWorkbook {

  private final Locale locale;
  private SXSSFWorkbook wb;
  private CellStyle header;
  private CellStyle text;
  private CellStyle integer;
  private CellStyle decimal;
  private CellStyle percent;
  private CellStyle date;

  public ProvincialWorkbook(Locale locale) {
    this.locale = locale;
  }

  /**
   * Writes the workbook; {@code progress} hears 0-100. The non-conforming samples come from the
   * database with the figures' own conditions.
   */
  public void write(
      OutputStream out,
      FiguresReport f,
      Connection c,
      Scope scope,
      Reference ref,
      IntConsumer progress)
      throws IOException, SQLException {
    write(out, f, c, scope, ref, java.util.Set.of(), List.of(), progress);
  }

  /**
   * The same with the sheets of other components' {@link WorkbookPart}s after the statistics' own.
   */
  public void write(
      OutputStream out,
      FiguresReport f,
      Connection c,
      Scope scope,
      Reference ref,
      java.util.Set<Long> units,
      List<WorkbookPart> parts,
      IntConsumer progress)
      throws IOException, SQLException {
    wb = new SXSSFWorkbook(200);
    wb.setCompressTempFiles(true);
    try {
      styles();
      about(f);
      volume(f);
      progress.accept(10);
      passRates(f);
      followUp(f);
      progress.accept(20);
      nonConforming(f.period(), c, scope, ref, progress);
      for (WorkbookPart part : parts) {
        part.addSheets(wb, c, f.period(), scope, ref, units, locale);
      }
      wb.write(out);
      progress.accept(100);
    } finally {
      wb.close();
    }
  }

  private String t(String key) {
    return Messages.text(locale, "workbook." + key);
  }

  private void about(FiguresReport f) {
    SXSSFSheet s = wb.createSheet(t("sheet.about"));
    s.setColumnWidth(0, 24 * 256);
    s.setColumnWidth(1, 100 * 256);
    int r = 0;
    r = pair(s, r, t("title"), t("titleText"));
    r = pair(s, r, t("period"), f.period().from() + " ~ " + f.period().to());
    r = pair(s, r, t("asOf"), f.period().asOf().toString());
    for (FiguresReport.Definition d : f.definitions()) {
      r = pair(s, r, Messages.text(locale, "workbook.definition." + d.key()), d.text());
    }
    SheetPrinting.forPrinting(s, 0, "en".equals(locale.getLanguage()));
  }

  private int pair(SXSSFSheet s, int r, String a, String b) {
    Row row = s.createRow(r);
    str(row, 0, a, header);
    str(row, 1, b, text);
    return r + 1;
  }

  private void volume(FiguresReport f) {
    SXSSFSheet s =
        sheet(
            "sheet.volume",
            "col.unit",
            "col.residents",
            "col.quota",
            "col.batches",
            "col.perThousand",
            "col.percentOfQuota");
    int r = 1;
    for (FiguresReport.VolumeRow v : f.volume().byUnit()) {
      volumeRow(s.createRow(r++), v);
    }
    volumeRow(s.createRow(r++), f.volume().total());
    finish(s, r, 6);
  }

  private void volumeRow(Row row, FiguresReport.VolumeRow v) {
    str(row, 0, v.label(), text);
    num(row, 1, v.residents(), integer);
    num(row, 2, v.quota(), integer);
    num(row, 3, v.batches(), integer);
    num(row, 4, v.perThousand(), decimal);
    pct(row, 5, v.percentOfQuota());
  }

  private void passRates(FiguresReport f) {
    SXSSFSheet s =
        sheet(
            "sheet.passRates",
            "col.category",
            "col.judged",
            "col.conforming",
            "col.nonConforming",
            "col.passRate",
            "col.target",
            "col.met");
    int r = 1;
    List<FiguresReport.PassRow> rows = new ArrayList<>(f.passRates().byCategory());
    rows.addAll(f.passRates().keyGroups());
    rows.add(f.passRates().overall());
    for (FiguresReport.PassRow p : rows) {
      Row row = s.createRow(r++);
      str(row, 0, p.label(), text);
      num(row, 1, p.judged(), integer);
      num(row, 2, p.conforming(), integer);
      num(row, 3, p.nonConforming(), integer);
      pct(row, 4, p.passRate());
      target(row, 5, p.passRate());
    }
    finish(s, r, 7);
  }

  private void followUp(FiguresReport f) {
    SXSSFSheet s =
        sheet(
            "sheet.followUp",
            "col.level",
            "col.mustFollow",
            "col.started",
            "col.disposalRate",
            "col.target",
            "col.met",
            "col.completed",
            "col.completionRate",
            "col.target",
            "col.met",
            "col.onTimeCompleted",
            "col.onTimeDue",
            "col.onTimeRate",
            "col.target",
            "col.met");
    int r = 1;
    List<FiguresReport.FollowRow> rows = new ArrayList<>(f.followUp().byLevel());
    rows.add(f.followUp().overall());
    for (FiguresReport.FollowRow x : rows) {
      Row row = s.createRow(r++);
      str(row, 0, x.label(), text);
      num(row, 1, x.mustFollow(), integer);
      num(row, 2, x.disposal().numerator(), integer);
      pct(row, 3, x.disposal());
      target(row, 4, x.disposal());
      num(row, 6, x.completion().numerator(), integer);
      pct(row, 7, x.completion());
      target(row, 8, x.completion());
      num(row, 10, x.onTime().numerator(), integer);
      num(row, 11, x.onTime().denominator(), integer);
      pct(row, 12, x.onTime());
      target(row, 13, x.onTime());
    }
    finish(s, r, 15);
  }

  private void nonConforming(
      Period p, Connection c, Scope scope, Reference ref, IntConsumer progress)
      throws SQLException {
    SXSSFSheet s =
        sheet(
            "sheet.nonConforming",
            "col.no",
            "col.sampleNumber",
            "col.food",
            "col.category",
            "col.level",
            "col.unit",
            "col.party",
            "col.producer",
            "col.sampledOn",
            "col.failingItems",
            "col.approvedOn",
            "col.caseNumber",
            "col.caseState",
            "col.receivedOn",
            "col.deadline",
            "col.acceptedOn",
            "col.completedOn",
            "col.onTime");
    List<Object> params = new ArrayList<>();
    OffsetDateTime end = StatsQueries.endOf(p.asOf());
    params.add(end);
    String where =
        " FROM sample s JOIN analysis a ON a.sample_id = s.id WHERE a.first_approved_at < ?"
            + " AND a.conclusion <> 'CONFORMING' AND"
            + StatsQueries.sampleBase(p, scope, params);
    long total;
    try (PreparedStatement q = StatsQueries.prepare(c, "SELECT COUNT(*)" + where, params);
        ResultSet r = q.executeQuery()) {
      r.next();
      total = r.getLong(1);
    }
    Map<Long, String> failing = failingItems(c, where, params);
    String sql =
        "SELECT s.id, s.sample_number, s.food_name, s.category_id, s.sampling_level, s.region_id,"
            + " s.party_name, s.producer_name, s.sampled_on, a.first_approved_at, d.case_number,"
            + " d.state, d.received_on, d.deadline, d.accepted_on, d.completed_on"
            + where.replace(" WHERE", " LEFT JOIN disposal_case d ON d.sample_id = s.id WHERE")
            + " ORDER BY s.sampled_on, s.id";
    int r = 1;
    try (PreparedStatement q = StatsQueries.prepare(c, sql, params)) {
      q.setFetchSize(1000);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          Row row = s.createRow(r);
          num(row, 0, (long) r, integer);
          str(row, 1, rs.getString(2), text);
          str(row, 2, rs.getString(3), text);
          str(row, 3, name(ref.categories(), rs.getLong(4)), text);
          str(row, 4, Messages.text(locale, "enum.SamplingLevel." + rs.getString(5)), text);
          str(row, 5, name(ref.regions(), rs.getLong(6)), text);
          str(row, 6, rs.getString(7), text);
          str(row, 7, rs.getString(8), text);
          day(row, 8, StatsQueries.date(rs, 9));
          str(row, 9, failing.get(rs.getLong(1)), text);
          OffsetDateTime approved = rs.getObject(10, OffsetDateTime.class);
          day(
              row,
              10,
              approved == null ? null : approved.atZoneSameInstant(CivilTime.ZONE).toLocalDate());
          str(row, 11, rs.getString(11), text);
          String state = rs.getString(12);
          str(
              row,
              12,
              state == null ? t("noCase") : Messages.text(locale, "enum.CaseState." + state),
              text);
          day(row, 13, StatsQueries.date(rs, 13));
          LocalDate deadline = StatsQueries.date(rs, 14);
          day(row, 14, deadline);
          day(row, 15, StatsQueries.date(rs, 15));
          LocalDate completed = StatsQueries.date(rs, 16);
          day(row, 16, completed);
          str(
              row,
              17,
              completed == null || deadline == null
                  ? ""
                  : !completed.isAfter(deadline) ? t("yes") : t("no"),
              text);
          if (total > 0 && r % 1000 == 0) {
            progress.accept(20 + (int) (75L * r / total));
          }
          r++;
        }
      }
    }
    finish(s, r, 18);
  }

  private Map<Long, String> failingItems(Connection c, String where, List<Object> params)
      throws SQLException {
    Map<Long, String> m = new HashMap<>();
    String sql =
        "SELECT i.sample_id, i.analyte, i.reported_value, i.result_unit, i.limit_operator,"
            + " i.limit_value, i.limit_upper, i.limit_unit, i.times_over FROM sample_item i"
            + " WHERE i.verdict = 'NON_CONFORMING' AND i.dropped = FALSE AND i.sample_id IN"
            + " (SELECT s.id"
            + where
            + ") ORDER BY i.sample_id, i.analyte";
    try (PreparedStatement q = StatsQueries.prepare(c, sql, params);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        String limit =
            Limit.text(r.getString(5), r.getString(6), r.getString(7), r.getString(8), locale);
        String item =
            r.getString(2)
                + " "
                + nz(r.getString(3))
                + nz(r.getString(4))
                + " / "
                + limit
                + (r.getString(9) == null ? "" : " (" + r.getString(9) + "x)");
        m.merge(r.getLong(1), item, (a, b) -> a + "；" + b);
      }
    }
    return m;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private String name(Map<Long, Reference.Node> nodes, long id) {
    Reference.Node n = nodes.get(id);
    return n == null ? "" : n.name(locale);
  }

  // ---------------------------------------------------------------- cells and styles

  private SXSSFSheet sheet(String name, String... columns) {
    SXSSFSheet s = wb.createSheet(t(name));
    Row row = s.createRow(0);
    for (int i = 0; i < columns.length; i++) {
      str(row, i, t(columns[i]), header);
      s.setColumnWidth(i, Math.max(10, t(columns[i]).length() * 2 + 4) * 256);
    }
    s.createFreezePane(0, 1);
    return s;
  }

  private void finish(SXSSFSheet s, int rows, int columns) {
    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    SheetPrinting.forPrinting(s, 1, "en".equals(locale.getLanguage()));
  }

  private void styles() {
    SheetStyles styles = SheetStyles.of(wb);
    header = styles.header();
    text = styles.text();
    integer = styles.integer();
    decimal = styles.decimal();
    percent = styles.percent();
    date = styles.date();
  }

  private static void str(Row row, int col, String value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value == null ? "" : value);
    c.setCellStyle(style);
  }

  private static void num(Row row, int col, Number value, CellStyle style) {
    Cell c = row.createCell(col);
    if (value == null) {
      c.setCellValue("-");
    } else {
      c.setCellValue(value.doubleValue());
      c.setCellStyle(style);
    }
  }

  /** A percentage as a fraction with a percent format (97.5% is 0.975), "-" without a value. */
  private void pct(Row row, int col, Figure f) {
    Cell c = row.createCell(col);
    if (f.value() == null) {
      c.setCellValue("-");
    } else {
      c.setCellValue(f.value().movePointLeft(2).doubleValue());
      c.setCellStyle(percent);
    }
  }

  private void target(Row row, int col, Figure f) {
    BigDecimal t = f.target();
    Cell c = row.createCell(col);
    if (t == null) {
      c.setCellValue("-");
    } else {
      c.setCellValue(t.movePointLeft(2).doubleValue());
      c.setCellStyle(percent);
    }
    str(row, col + 1, f.met() == null ? "-" : f.met() ? t("met") : t("notMet"), text);
  }

  private void day(Row row, int col, LocalDate d) {
    Cell c = row.createCell(col);
    if (d != null) {
      c.setCellValue(d);
      c.setCellStyle(date);
    }
  }
}
