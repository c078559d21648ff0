package cn.foodsafety.lims.platform.control;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every workbook sheet prints: A4 landscape, all columns on the width of one page (as many
 * pages down as the rows need), the header row repeated on every page, and page numbers in the
 * footer. Without it the plan's allocation printed as 230 pages of four columns.
 */
public final class SheetPrinting {

  private SheetPrinting() {}

  /** Sets up {@code sheet} whose column headings are in its first {@code headerRows} rows. */
  public static void forPrinting(Sheet sheet, int headerRows, boolean english) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    if (headerRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
    sheet
        .getFooter()
        .setCenter(english ? "Page " + "&P" + " of " + "&N" : "第 " + "&P" + " 页，共 " + "&N" + " 页");
  }
}
