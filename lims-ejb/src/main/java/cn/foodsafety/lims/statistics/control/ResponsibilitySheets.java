package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.SheetPrinting;
import cn.foodsafety.lims.platform.control.SheetStyles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Two sheets of the provincial workbook about who followed up and how fast (DOMAIN.md, "Kinds of
 * sampling and who follows up"):
 *
 * <ul>
 *   <li>the producer investigation tasks (生产环节核查) and cross-region assistance requests (协查函) of the
 *       period's non-conforming samples (the population of the non-conforming sheet: sampled in the
 *       period, in the group), each with its state, deadline and whether it was on time: a task
 *       closed by its deadline is on time, one closed after it or open past it is late, an open one
 *       not yet due is pending; an assistance request has no deadline (sent, answered);
 *   <li>the serious-hazard figure of the dashboard (failures on an illegal addition or banned
 *       substance, and how many were reported within the hours after approval) with the batches
 *       behind it ({@link SeriousHazardFigures}: the same query, so the figure is the list's
 *       count).
 * </ul>
 *
 * The tables belong to the disposal and results components; like the non-conforming sheet they are
 * read here with plain SQL, in the export's own connection.
 */
public final class ResponsibilitySheets implements WorkbookPart {

  private final int seriousHazardHours;

  private Locale locale;
  private CellStyle header;
  private CellStyle text;
  private CellStyle integer;
  private CellStyle percent;
  private CellStyle date;
  private CellStyle dateTime;

  /** {@code seriousHazardHours}: the setting {@code lab.seriousHazard.reportHours} (24). */
  public ResponsibilitySheets(int seriousHazardHours) {
    this.seriousHazardHours = seriousHazardHours;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void addSheets(
      SXSSFWorkbook wb,
      Connection c,
      Period period,
      Scope scope,
      Reference reference,
      Set<Long> units,
      Locale locale)
      throws SQLException {
    this.locale = locale;
    styles(wb);
    investigations(wb, c, period, scope, reference);
    seriousHazards(wb, c, period, scope, reference);
  }

  private String t(String key, Object... args) {
    return Messages.text(locale, "workbook." + key, args);
  }

  private void investigations(SXSSFWorkbook wb, Connection c, Period p, Scope scope, Reference ref)
      throws SQLException {
    String[] columns = {
      "col.no",
      "col.followKind",
      "col.taskNumber",
      "col.caseNumber",
      "col.sampleNumber",
      "col.food",
      "col.producer",
      "col.producerRegion",
      "col.investigatedBy",
      "col.caseRegulator",
      "col.openedOn",
      "col.taskDeadline",
      "col.taskState",
      "col.closedOn",
      "col.taskOnTime"
    };
    SXSSFSheet s = sheet(wb, "sheet.investigations", 0, columns);
    LocalDate today = p.asOf();
    List<Object> params = new ArrayList<>();
    String tasks =
        "SELECT i.task_number, d.case_number, s.sample_number, s.food_name, i.producer_name,"
            + " i.region_id, o.name, o.name_en, ro.name, ro.name_en, i.opened_on, i.deadline,"
            + " i.state, i.closed_on"
            + population(
                "JOIN producer_investigation i ON i.case_id = d.id"
                    + " JOIN organization o ON o.id = i.regulator_id",
                "",
                p,
                scope,
                params)
            + " ORDER BY i.opened_on, i.id";
    int r = 1;
    try (PreparedStatement q = StatsQueries.prepare(c, tasks, params);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        Row row = s.createRow(r);
        num(row, 0, r);
        str(row, 1, t("followKind.task"));
        str(row, 2, rs.getString(1));
        str(row, 3, rs.getString(2));
        str(row, 4, rs.getString(3));
        str(row, 5, rs.getString(4));
        str(row, 6, rs.getString(5));
        str(row, 7, name(ref.regions(), rs.getLong(6)));
        str(row, 8, localized(rs.getString(7), rs.getString(8)));
        str(row, 9, localized(rs.getString(9), rs.getString(10)));
        day(row, 10, StatsQueries.date(rs, 11));
        LocalDate deadline = StatsQueries.date(rs, 12);
        day(row, 11, deadline);
        str(row, 12, Messages.text(locale, "enum.InvestigationState." + rs.getString(13)));
        LocalDate closed = StatsQueries.date(rs, 14);
        day(row, 13, closed);
        str(row, 14, onTime(deadline, closed, today));
        r++;
      }
    }
    List<Object> assistanceParams = new ArrayList<>();
    String assistance =
        "SELECT d.case_number, s.sample_number, s.food_name, cr.producer_name, cr.assistance_to,"
            + " ro.name, ro.name_en, cr.assistance_sent_on, cr.assistance_answered_on"
            + population(
                "JOIN case_responsibility cr ON cr.case_id = d.id",
                " cr.producer_route = 'ASSISTANCE' AND",
                p,
                scope,
                assistanceParams)
            + " ORDER BY d.received_on, d.id";
    try (PreparedStatement q = StatsQueries.prepare(c, assistance, assistanceParams);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        Row row = s.createRow(r);
        num(row, 0, r);
        str(row, 1, t("followKind.assistance"));
        str(row, 2, "");
        str(row, 3, rs.getString(1));
        str(row, 4, rs.getString(2));
        str(row, 5, rs.getString(3));
        str(row, 6, rs.getString(4));
        str(row, 7, rs.getString(5));
        str(row, 8, rs.getString(5));
        str(row, 9, localized(rs.getString(6), rs.getString(7)));
        LocalDate sent = StatsQueries.date(rs, 8);
        day(row, 10, sent);
        str(row, 11, "-");
        LocalDate answered = StatsQueries.date(rs, 9);
        str(
            row,
            12,
            sent == null
                ? t("assistance.notSent")
                : answered == null ? t("assistance.waiting") : t("assistance.answered"));
        day(row, 13, answered);
        str(row, 14, "-");
        r++;
      }
    }
    finish(s, 0, r, columns.length);
  }

  /**
   * The non-conforming samples of the period and group (as the non-conforming sheet counts them)
   * with their case and its regulator ({@code ro}), joined to {@code join}.
   */
  private static String population(
      String join, String condition, Period p, Scope scope, List<Object> params) {
    params.add(StatsQueries.endOf(p.asOf()));
    return " FROM sample s JOIN analysis a ON a.sample_id = s.id"
        + " JOIN disposal_case d ON d.sample_id = s.id"
        + " JOIN organization ro ON ro.id = d.responsible_org_id "
        + join
        + " WHERE a.first_approved_at < ? AND a.conclusion <> 'CONFORMING' AND"
        + condition
        + StatsQueries.sampleBase(p, scope, params);
  }

  /**
   * On time (closed by the deadline), late (closed after it, or open past it on the as-of date), or
   * pending (open, not yet due).
   */
  private String onTime(LocalDate deadline, LocalDate closed, LocalDate today) {
    if (closed != null) {
      return closed.isAfter(deadline) ? t("no") : t("yes");
    }
    return today.isAfter(deadline) ? t("overdue") : t("pending");
  }

  private void seriousHazards(SXSSFWorkbook wb, Connection c, Period p, Scope scope, Reference ref)
      throws SQLException {
    List<SeriousHazardFigures.SeriousHazardBatch> batches =
        SeriousHazardFigures.batches(c, p, scope, seriousHazardHours);
    long inTime = batches.stream().filter(SeriousHazardFigures.SeriousHazardBatch::inTime).count();
    String[] columns = {
      "col.no",
      "col.sampleNumber",
      "col.food",
      "col.party",
      "col.unit",
      "col.approvedAt",
      "col.reportedAt",
      "col.hoursTaken",
      "col.reportedInTime"
    };
    // the figure on top, the batches behind it below
    SXSSFSheet s = sheet(wb, "sheet.seriousHazards", 4, columns);
    Row a = s.createRow(0);
    str(a, 0, t("seriousHazard.results"), header);
    num(a, 1, batches.size());
    Row b = s.createRow(1);
    str(b, 0, t("seriousHazard.inTime", seriousHazardHours), header);
    num(b, 1, inTime);
    Row rate = s.createRow(2);
    str(rate, 0, t("seriousHazard.rate"), header);
    Cell cell = rate.createCell(1);
    if (batches.isEmpty()) {
      cell.setCellValue("-");
    } else {
      cell.setCellValue((double) inTime / batches.size());
      cell.setCellStyle(percent);
    }
    int r = 5;
    for (SeriousHazardFigures.SeriousHazardBatch x : batches) {
      Row row = s.createRow(r);
      num(row, 0, r - 4);
      str(row, 1, x.sampleNumber());
      str(row, 2, x.foodName());
      str(row, 3, x.partyName());
      str(row, 4, name(ref.regions(), x.regionId()));
      moment(row, 5, x.approvedAt());
      moment(row, 6, x.reportedAt());
      if (x.reportedAt() == null) {
        str(row, 7, "-");
      } else {
        num(row, 7, java.time.Duration.between(x.approvedAt(), x.reportedAt()).toHours());
      }
      str(row, 8, x.reportedAt() == null ? t("notReported") : x.inTime() ? t("yes") : t("no"));
      r++;
    }
    finish(s, 4, r, columns.length);
  }

  private String localized(String name, String nameEn) {
    return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
  }

  private String name(Map<Long, Reference.Node> nodes, long id) {
    Reference.Node n = nodes.get(id);
    return n == null ? "" : n.name(locale);
  }

  // ---------------------------------------------------------------- cells and styles

  private SXSSFSheet sheet(SXSSFWorkbook wb, String name, int headerRow, String... columns) {
    SXSSFSheet s = wb.createSheet(t(name));
    Row row = s.createRow(headerRow);
    for (int i = 0; i < columns.length; i++) {
      str(row, i, t(columns[i]), header);
      s.setColumnWidth(i, Math.max(12, t(columns[i]).length() * 2 + 4) * 256);
    }
    s.createFreezePane(0, headerRow + 1);
    return s;
  }

  private void finish(SXSSFSheet s, int headerRow, int rows, int columns) {
    s.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rows - 1), 0, columns - 1));
    SheetPrinting.forPrinting(s, headerRow + 1, "en".equals(locale.getLanguage()));
  }

  private void styles(SXSSFWorkbook wb) {
    SheetStyles styles = SheetStyles.of(wb);
    header = styles.header();
    text = styles.text();
    integer = styles.integer();
    percent = styles.percent();
    date = styles.date();
    dateTime = styles.dateTime();
  }

  private void str(Row row, int col, String value) {
    str(row, col, value, text);
  }

  private static void str(Row row, int col, String value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value == null ? "" : value);
    c.setCellStyle(style);
  }

  private void num(Row row, int col, long value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(integer);
  }

  private void day(Row row, int col, LocalDate d) {
    Cell c = row.createCell(col);
    if (d != null) {
      c.setCellValue(d);
      c.setCellStyle(date);
    }
  }

  /** A moment in Beijing time, as the people who read the workbook count the hours. */
  private void moment(Row row, int col, OffsetDateTime at) {
    Cell c = row.createCell(col);
    if (at != null) {
      c.setCellValue(at.atZoneSameInstant(CivilTime.ZONE).toLocalDateTime());
      c.setCellStyle(dateTime);
    }
  }
}
