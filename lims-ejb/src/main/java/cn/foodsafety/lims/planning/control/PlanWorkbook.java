package cn.foodsafety.lims.planning.control;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.SheetPrinting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A plan's allocation as an Excel workbook, for the province and for planners who work in Excel.
 * Sheet "分配": one row per unit × level × department × category with the batches of each month, the
 * total and the small-farmer batches (Chinese headers); sheet "进度" (Progress): plan against actual
 * per unit, collected inside and outside the plan apart, in the reader's language. A frozen header
 * row, filters, number formats.
 *
 * <p>The same layout is read back: all or nothing. Every bad cell is reported with its sheet, row
 * and column (field "分配!C7") and the reason; nothing is returned unless the whole sheet is clean.
 * Levels and departments may be written as their Chinese or English name or the code (NATIONAL).
 */
public final class PlanWorkbook {

  public static final String ALLOCATION_SHEET = "分配";
  static final int MAX_ROWS = 200_000;

  static final String[] ALLOCATION_HEADERS = {
    "县级单位编码", "县级单位", "级别", "部门", "食品类别编码", "食品类别", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月",
    "9月", "10月", "11月", "12月", "合计", "其中小农户"
  };
  static final int COL_UNIT = 0;
  static final int COL_LEVEL = 2;
  static final int COL_DEPARTMENT = 3;
  static final int COL_CATEGORY = 4;
  static final int COL_JANUARY = 6;
  static final int COL_TOTAL = 18;
  static final int COL_SMALL_FARMERS = 19;

  /**
   * The progress sheet's columns as the plan's progress page shows them (message keys, written in
   * the reader's language): collected inside the plan and outside it apart, per 1,000 residents and
   * share of the quota of all batches.
   */
  static final String[] PROGRESS_HEADERS = {
    "unitCode",
    "unit",
    "residents",
    "quota",
    "planned",
    "collected",
    "outsidePlan",
    "perThousand",
    "percentOfQuota"
  };

  /** One row of the allocation sheet. */
  public record Row(
      String unitCode,
      String unitName,
      SamplingLevel level,
      Department department,
      String categoryCode,
      String categoryName,
      int[] months,
      int[] smallFarmers) {}

  /** One row of the progress sheet (the unit code is empty on the city's total). */
  public record ProgressLine(
      String unitCode,
      String unitName,
      long residents,
      int quota,
      int planned,
      long collected,
      long outsidePlan,
      BigDecimal perThousand,
      BigDecimal percentOfQuota) {}

  /** A clean row read back: ids resolved, batches per month and the small-farmer total. */
  public record ImportedRow(
      long regionId,
      SamplingLevel level,
      Department department,
      long categoryId,
      int[] months,
      int smallFarmers) {}

  /**
   * Writes the workbook: the allocation sheet in Chinese (the layout {@link #read} takes back), the
   * progress sheet in the reader's language.
   */
  public byte[] write(String title, List<Row> rows, List<ProgressLine> progress, Locale locale) {
    // shared strings (not inline ones): every spreadsheet program, and POI itself, edits them
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
      CellStyle header = headerStyle(wb);
      CellStyle integer = wb.createCellStyle();
      integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.000"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));

      SXSSFSheet sheet = wb.createSheet(ALLOCATION_SHEET);
      headerRow(sheet, ALLOCATION_HEADERS, header);
      int r = 1;
      for (Row row : rows) {
        org.apache.poi.ss.usermodel.Row x = sheet.createRow(r++);
        x.createCell(0).setCellValue(row.unitCode());
        x.createCell(1).setCellValue(row.unitName());
        x.createCell(2).setCellValue(Messages.label(Messages.CHINESE, row.level()));
        x.createCell(3).setCellValue(Messages.label(Messages.CHINESE, row.department()));
        x.createCell(4).setCellValue(row.categoryCode());
        x.createCell(5).setCellValue(row.categoryName());
        int total = 0;
        int small = 0;
        for (int m = 0; m < 12; m++) {
          number(x, COL_JANUARY + m, row.months()[m], integer);
          total += row.months()[m];
          small += row.smallFarmers()[m];
        }
        number(x, COL_TOTAL, total, integer);
        number(x, COL_SMALL_FARMERS, small, integer);
      }
      finish(sheet, ALLOCATION_HEADERS.length, r, new int[] {14, 22, 10, 14, 14, 22});

      SXSSFSheet p = wb.createSheet(progressSheet(locale));
      headerRow(p, progressHeaders(locale), header);
      r = 1;
      for (ProgressLine line : progress) {
        org.apache.poi.ss.usermodel.Row x = p.createRow(r++);
        x.createCell(0).setCellValue(line.unitCode());
        x.createCell(1).setCellValue(line.unitName());
        number(x, 2, line.residents(), integer);
        number(x, 3, line.quota(), integer);
        number(x, 4, line.planned(), integer);
        number(x, 5, line.collected(), integer);
        number(x, 6, line.outsidePlan(), integer);
        if (line.perThousand() != null) {
          x.createCell(7).setCellValue(line.perThousand().doubleValue());
          x.getCell(7).setCellStyle(decimal);
        }
        if (line.percentOfQuota() != null) {
          x.createCell(8).setCellValue(line.percentOfQuota().doubleValue());
          x.getCell(8).setCellStyle(percent);
        }
      }
      finish(p, PROGRESS_HEADERS.length, r, new int[] {14, 22, 16, 14, 12, 12, 14, 12, 14});
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The progress sheet's name in the reader's language ("进度" in Chinese). */
  public static String progressSheet(Locale locale) {
    return Messages.text(Messages.supported(locale), "workbook.plan.progress");
  }

  static String[] progressHeaders(Locale locale) {
    Locale l = Messages.supported(locale);
    String[] out = new String[PROGRESS_HEADERS.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Messages.text(l, "workbook.plan.progress." + PROGRESS_HEADERS[i]);
    }
    return out;
  }

  private static CellStyle headerStyle(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    s.setFont(bold);
    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return s;
  }

  private static void headerRow(Sheet sheet, String[] headers, CellStyle style) {
    org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      Cell c = h.createCell(i);
      c.setCellValue(headers[i]);
      c.setCellStyle(style);
    }
  }

  private static void number(
      org.apache.poi.ss.usermodel.Row row, int col, double value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static void finish(Sheet sheet, int columns, int rows, int[] widths) {
    sheet.createFreezePane(0, 1);
    SheetPrinting.forPrinting(sheet, 1, false);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    for (int i = 0; i < columns; i++) {
      sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 8));
    }
  }

  /**
   * Reads the allocation sheet back.
   *
   * @param unitByCode the region id of one of the plan's units, or null
   * @param categoryByCode the id of a top-level category, or null
   * @param edible whether small farmers may be planned in a category
   * @throws InvalidInputException listing every bad cell
   */
  public List<ImportedRow> read(
      byte[] bytes,
      Function<String, Long> unitByCode,
      Function<String, Long> categoryByCode,
      Predicate<Long> edible) {
    List<FieldError> errors = new ArrayList<>();
    List<ImportedRow> rows = new ArrayList<>();
    if (bytes == null || bytes.length == 0) {
      throw InvalidInputException.of("workbook", "lims.workbook.unreadable");
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheet(ALLOCATION_SHEET);
      if (sheet == null) {
        throw InvalidInputException.of("workbook", "lims.workbook.sheetMissing", ALLOCATION_SHEET);
      }
      DataFormatter format = new DataFormatter(Locale.ROOT);
      org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
      for (int c = 0; c < ALLOCATION_HEADERS.length; c++) {
        String text = header == null ? "" : format.formatCellValue(header.getCell(c)).strip();
        if (!ALLOCATION_HEADERS[c].equals(text)) {
          errors.add(FieldError.of(ref(0, c), "lims.workbook.header", ALLOCATION_HEADERS[c], text));
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw InvalidInputException.of("workbook", "lims.workbook.tooManyRows", MAX_ROWS);
      }
      Set<String> seen = new HashSet<>();
      Map<String, Integer> firstRow = new HashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        if (row == null || isBlank(row, format)) {
          continue;
        }
        int before = errors.size();
        String unitCode = code(row.getCell(COL_UNIT), format);
        Long region = unitCode.isEmpty() ? null : unitByCode.apply(unitCode);
        if (region == null) {
          errors.add(FieldError.of(ref(r, COL_UNIT), "lims.workbook.unit.unknown", unitCode));
        }
        String levelText = format.formatCellValue(row.getCell(COL_LEVEL)).strip();
        SamplingLevel level = parse(SamplingLevel.class, levelText);
        if (level == null) {
          errors.add(FieldError.of(ref(r, COL_LEVEL), "lims.workbook.level.unknown", levelText));
        }
        String departmentText = format.formatCellValue(row.getCell(COL_DEPARTMENT)).strip();
        Department department = parse(Department.class, departmentText);
        if (department == null) {
          errors.add(
              FieldError.of(
                  ref(r, COL_DEPARTMENT), "lims.workbook.department.unknown", departmentText));
        }
        String categoryCode = code(row.getCell(COL_CATEGORY), format);
        Long category = categoryCode.isEmpty() ? null : categoryByCode.apply(categoryCode);
        if (category == null && categoryCode.matches("\\d")) {
          // Excel turns the code "05" typed by hand into the number 5
          category = categoryByCode.apply("0" + categoryCode);
        }
        if (category == null) {
          errors.add(
              FieldError.of(ref(r, COL_CATEGORY), "lims.workbook.category.unknown", categoryCode));
        }
        int[] months = new int[12];
        int sum = 0;
        boolean monthsValid = true;
        for (int m = 0; m < 12; m++) {
          Integer n = wholeNumber(row.getCell(COL_JANUARY + m), format, r, COL_JANUARY + m, errors);
          monthsValid &= n != null;
          months[m] = n == null ? 0 : n;
          sum += months[m];
        }
        Cell totalCell = row.getCell(COL_TOTAL);
        // the total is only compared when every month is a valid number
        if (monthsValid && !format.formatCellValue(totalCell).isBlank()) {
          Integer total = wholeNumber(totalCell, format, r, COL_TOTAL, errors);
          if (total != null && total != sum) {
            errors.add(
                FieldError.of(ref(r, COL_TOTAL), "lims.workbook.total.mismatch", total, sum));
          }
        }
        Cell smallCell = row.getCell(COL_SMALL_FARMERS);
        Integer small =
            format.formatCellValue(smallCell).isBlank()
                ? Integer.valueOf(0)
                : wholeNumber(smallCell, format, r, COL_SMALL_FARMERS, errors);
        if (small != null && monthsValid && small > sum) {
          errors.add(
              FieldError.of(
                  ref(r, COL_SMALL_FARMERS), "lims.workbook.smallFarmers.tooMany", small, sum));
        } else if (small != null && small > 0 && category != null && !edible.test(category)) {
          errors.add(
              FieldError.of(ref(r, COL_SMALL_FARMERS), "lims.workbook.smallFarmers.notEdible"));
        }
        if (region != null && level != null && department != null && category != null) {
          String key = region + "/" + level + "/" + department + "/" + category;
          if (!seen.add(key)) {
            errors.add(
                FieldError.of(ref(r, COL_UNIT), "lims.workbook.duplicate", firstRow.get(key) + 1));
          } else {
            firstRow.put(key, r);
          }
        }
        if (errors.size() == before) {
          rows.add(new ImportedRow(region, level, department, category, months, small));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw InvalidInputException.of("workbook", "lims.workbook.unreadable");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return rows;
  }

  /** "分配!C7": the sheet, the column letter and the row number as Excel shows them. */
  static String ref(int row, int col) {
    return ALLOCATION_SHEET + "!" + CellReference.convertNumToColString(col) + (row + 1);
  }

  private static boolean isBlank(org.apache.poi.ss.usermodel.Row row, DataFormatter format) {
    for (int c = 0; c < ALLOCATION_HEADERS.length; c++) {
      if (!format.formatCellValue(row.getCell(c)).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A code as text; a numeric cell (Excel's guess for "410105") without decimals. */
  private static String code(Cell cell, DataFormatter format) {
    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
      double d = cell.getNumericCellValue();
      if (d == Math.rint(d)) {
        return String.valueOf((long) d);
      }
    }
    return format.formatCellValue(cell).strip();
  }

  private static Integer wholeNumber(
      Cell cell, DataFormatter format, int row, int col, List<FieldError> errors) {
    if (cell == null || format.formatCellValue(cell).isBlank()) {
      return 0;
    }
    BigDecimal value = null;
    if (cell.getCellType() == CellType.NUMERIC) {
      value = BigDecimal.valueOf(cell.getNumericCellValue());
    } else {
      try {
        value = new BigDecimal(format.formatCellValue(cell).strip().replace(",", ""));
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    if (value == null
        || value.signum() < 0
        || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      errors.add(
          FieldError.of(ref(row, col), "lims.workbook.number", format.formatCellValue(cell)));
      return null;
    }
    return value.intValueExact();
  }

  /** An enum constant by its code or its Chinese or English label. */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text)
          || Messages.label(Messages.CHINESE, e).equals(text)
          || Messages.label(Locale.ENGLISH, e).equalsIgnoreCase(text)) {
        return e;
      }
    }
    return null;
  }
}
