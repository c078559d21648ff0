package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.SheetPrinting;
import cn.foodsafety.lims.platform.control.SheetStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Sheets of the oversight workbooks in one look: a header row frozen with filters, texts, counts,
 * percentages as numbers with a percent format, dates as dates; titles from the bundle
 * ("oversight.xls.*").
 */
public final class SheetWriter {

  private final SXSSFWorkbook wb;
  private final Locale locale;
  private final CellStyle header;
  private final CellStyle integer;
  private final CellStyle percent;
  private final CellStyle decimal;
  private final CellStyle date;

  public SheetWriter(SXSSFWorkbook wb, Locale locale) {
    this.wb = wb;
    this.locale = locale;
    SheetStyles styles = SheetStyles.of(wb);
    header = styles.header();
    integer = styles.integer();
    percent = styles.percent();
    decimal = SheetStyles.formatted(wb, "0.0#");
    date = styles.date();
  }

  public String t(String key, Object... args) {
    return Messages.text(locale, "oversight.xls." + key, args);
  }

  public Locale locale() {
    return locale;
  }

  /** A sheet with its header row (the columns' bundle keys under oversight.xls.col.*). */
  public SXSSFSheet sheet(String titleKey, String... columns) {
    SXSSFSheet s = wb.createSheet(t(titleKey));
    Row row = s.createRow(0);
    for (int i = 0; i < columns.length; i++) {
      String title = t("col." + columns[i]);
      text(row, i, title).setCellStyle(header);
      s.setColumnWidth(i, Math.max(10, title.length() * 2 + 4) * 256);
    }
    s.createFreezePane(0, 1);
    return s;
  }

  public void finish(SXSSFSheet s, int rows, int columns) {
    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    SheetPrinting.forPrinting(s, 1, "en".equals(locale.getLanguage()));
  }

  public Cell text(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value == null ? "" : value);
    return c;
  }

  public void count(Row row, int col, long value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(integer);
  }

  public void number(Row row, int col, BigDecimal value) {
    Cell c = row.createCell(col);
    if (value == null) {
      c.setCellValue("-");
    } else {
      c.setCellValue(value.doubleValue());
      c.setCellStyle(decimal);
    }
  }

  /** A percentage (97.5) as the fraction 0.975 with a percent format; "-" without a value. */
  public void percent(Row row, int col, BigDecimal value) {
    Cell c = row.createCell(col);
    if (value == null) {
      c.setCellValue("-");
    } else {
      c.setCellValue(value.movePointLeft(2).doubleValue());
      c.setCellStyle(percent);
    }
  }

  public void day(Row row, int col, LocalDate d) {
    Cell c = row.createCell(col);
    if (d != null) {
      c.setCellValue(d);
      c.setCellStyle(date);
    }
  }
}
