package cn.foodsafety.lims.platform.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every exported workbook uses, made once per workbook: a bold grey header row that
 * wraps, plain text, counts ({@code #,##0}), two-decimal figures, percentages as numbers with a
 * percent format ({@code 0.0%}), dates and date-times as dates.
 */
public record SheetStyles(
    CellStyle header,
    CellStyle text,
    CellStyle integer,
    CellStyle decimal,
    CellStyle percent,
    CellStyle date,
    CellStyle dateTime) {

  public static SheetStyles of(Workbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    CellStyle header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    return new SheetStyles(
        header,
        wb.createCellStyle(),
        formatted(wb, "#,##0"),
        formatted(wb, "#,##0.00"),
        formatted(wb, "0.0%"),
        formatted(wb, "yyyy-mm-dd"),
        formatted(wb, "yyyy-mm-dd hh:mm"));
  }

  /** A style of its own with a number format, e.g. {@code 0.0#}. */
  public static CellStyle formatted(Workbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }
}
