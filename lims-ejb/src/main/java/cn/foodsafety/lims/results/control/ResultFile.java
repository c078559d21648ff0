package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.results.entity.Units;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a result file (CSV in UTF-8, or an XLSX workbook's first sheet) with a header row: sample
 * number, analyte, value, unit, and optionally method, instrument, analyst, test date, LOD. Header
 * names may be Chinese or English. Every row is checked and every problem is reported with its row
 * and column; the caller imports nothing unless there is none.
 */
public final class ResultFile {

  /** The columns, with the header names accepted for each (compared without case and spaces). */
  public enum Column {
    SAMPLE_NUMBER(true, "样品编号", "samplenumber", "sample"),
    ANALYTE(true, "检验项目", "analyte", "item", "testitem"),
    VALUE(true, "检验结果", "结果", "value", "result"),
    UNIT(true, "单位", "结果单位", "unit"),
    METHOD(false, "检验方法", "method"),
    INSTRUMENT(false, "仪器", "检验仪器", "instrument"),
    ANALYST(false, "检验人", "检验员", "analyst"),
    TESTED_ON(false, "检验日期", "testedon", "date"),
    LOD(false, "检出限", "lod");

    final boolean required;
    final List<String> names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = List.of(names);
    }
  }

  /** One data row: the values as read; {@code notDetected} when the value says 未检出 / ND. */
  public record Row(
      int number,
      String sampleNumber,
      String analyte,
      BigDecimal value,
      boolean notDetected,
      String unit,
      String method,
      String instrument,
      String analyst,
      LocalDate testedOn,
      BigDecimal lod) {}

  /** A problem: the row (1 = header) and the column's header name, and a message key. */
  public record Problem(int row, String column, String key, String value) {}

  /** What the file holds: the good rows and every problem. */
  public record Parsed(List<Row> rows, List<Problem> problems) {
    public boolean isClean() {
      return problems.isEmpty();
    }
  }

  private ResultFile() {}

  /** Reads the bytes as XLSX when they are a ZIP (XLSX) or OLE2 (XLS) file, else as CSV. */
  public static Parsed read(byte[] content, String fileName) {
    if (content == null || content.length == 0) {
      return failed("lims.import.empty");
    }
    boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
    boolean ole = content.length > 7 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF;
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (zip || ole || name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return readWorkbook(content);
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.indexOf('\u0000') >= 0 || text.indexOf('\uFFFD') >= 0) {
      return failed("lims.import.notASpreadsheet");
    }
    return readCsv(text);
  }

  private static Parsed failed(String key) {
    return new Parsed(List.of(), List.of(new Problem(0, "", key, null)));
  }

  private static Parsed readWorkbook(byte[] content) {
    try (InputStream in = new ByteArrayInputStream(content);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(text(row.getCell(c), fmt));
          }
        }
        lines.add(cells);
      }
      return parse(lines);
    } catch (IOException | RuntimeException e) {
      return failed("lims.import.corrupt");
    }
  }

  /**
   * Numbers as the lab wrote them. The stored double knows no trailing zeros, so a numeric cell
   * takes its decimals from the cell's format as well: "0.000" shows 0.05 as "0.050", and those
   * three decimals are the lab's precision. The value itself comes from the stored number (at the
   * 15 significant digits Excel keeps), so a format with fewer decimals never rounds a digit away;
   * a format that shows no plain decimal (percent, scientific, currency) adds no decimals.
   */
  static String text(Cell cell, DataFormatter fmt) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      BigDecimal stored =
          new BigDecimal(Double.toString(cell.getNumericCellValue()))
              .round(EXCEL_PRECISION)
              .stripTrailingZeros();
      if (stored.scale() < 0) {
        stored = stored.setScale(0);
      }
      Matcher shown = PLAIN_NUMBER.matcher(fmt.formatCellValue(cell).strip().replace(",", ""));
      if (shown.matches() && shown.group(1) != null) {
        int decimals = shown.group(1).length() - 1;
        if (decimals > stored.scale()) {
          stored = stored.setScale(decimals);
        }
      }
      return stored.toPlainString();
    }
    return fmt.formatCellValue(cell).strip();
  }

  private static final MathContext EXCEL_PRECISION = new MathContext(15);

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /**
   * RFC 4180 through Commons CSV: a quoted field may hold commas, doubled quotes and line breaks,
   * so records are found by the parser, not by splitting lines first. Blank lines are kept as
   * records so that a problem's row number is the row a spreadsheet program shows.
   */
  private static Parsed readCsv(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<List<String>> lines = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        lines.add(record.toList());
      }
    } catch (IOException | UncheckedIOException e) {
      // a string fails only on its quotes: one never closed, or text after a closing quote
      return new Parsed(
          List.of(), List.of(new Problem(lines.size() + 1, "", "lims.import.csvQuotes", null)));
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).stream().allMatch(String::isBlank)) {
      lines.remove(lines.size() - 1);
    }
    return parse(lines);
  }

  private static Parsed parse(List<List<String>> lines) {
    List<Problem> problems = new ArrayList<>();
    if (lines.isEmpty()) {
      return failed("lims.import.empty");
    }
    Map<Column, Integer> index = new HashMap<>();
    List<String> header = lines.get(0);
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).replace(" ", "").toLowerCase(Locale.ROOT);
      for (Column col : Column.values()) {
        if (col.names.contains(h) && !index.containsKey(col)) {
          index.put(col, c);
        }
      }
    }
    for (Column col : Column.values()) {
      if (col.required && !index.containsKey(col)) {
        problems.add(new Problem(1, col.names.get(0), "lims.import.columnMissing", null));
      }
    }
    if (!problems.isEmpty()) {
      return new Parsed(List.of(), problems);
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < lines.size(); r++) {
      List<String> line = lines.get(r);
      if (line.stream().allMatch(String::isBlank)) {
        continue;
      }
      int rowNo = r + 1;
      String sample = get(line, index, Column.SAMPLE_NUMBER);
      String analyte = get(line, index, Column.ANALYTE);
      String valueText = get(line, index, Column.VALUE);
      String unit = get(line, index, Column.UNIT);
      int before = problems.size();
      for (String cell : line) {
        if (hasControl(cell)) {
          problems.add(new Problem(rowNo, "", "lims.import.controlCharacter", null));
          break;
        }
      }
      required(problems, rowNo, Column.SAMPLE_NUMBER, sample);
      required(problems, rowNo, Column.ANALYTE, analyte);
      required(problems, rowNo, Column.VALUE, valueText);
      required(problems, rowNo, Column.UNIT, unit);
      boolean nd = isNotDetected(valueText);
      BigDecimal value = null;
      if (!valueText.isEmpty() && !nd) {
        value = number(problems, rowNo, Column.VALUE, valueText);
      }
      if (!unit.isEmpty() && !Units.isKnown(unit)) {
        problems.add(new Problem(rowNo, Column.UNIT.names.get(0), "lims.import.unitUnknown", unit));
      }
      BigDecimal lod = null;
      String lodText = get(line, index, Column.LOD);
      if (!lodText.isEmpty()) {
        lod = number(problems, rowNo, Column.LOD, lodText);
      }
      LocalDate testedOn = null;
      String dateText = get(line, index, Column.TESTED_ON);
      if (!dateText.isEmpty()) {
        try {
          testedOn = LocalDate.parse(dateText.replace('/', '-'));
        } catch (DateTimeParseException e) {
          problems.add(
              new Problem(
                  rowNo, Column.TESTED_ON.names.get(0), "lims.import.dateInvalid", dateText));
        }
      }
      if (problems.size() == before) {
        rows.add(
            new Row(
                rowNo,
                sample,
                analyte,
                value,
                nd,
                unit,
                blankToNull(get(line, index, Column.METHOD)),
                blankToNull(get(line, index, Column.INSTRUMENT)),
                blankToNull(get(line, index, Column.ANALYST)),
                testedOn,
                lod));
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(0, "", "lims.import.noRows", null));
    }
    return new Parsed(rows, problems);
  }

  /** NUL and the other control characters but tab and line breaks: never a valid cell. */
  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  static boolean isNotDetected(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    return v.equals("未检出") || v.equals("ND") || v.equals("N.D.") || v.startsWith("<");
  }

  private static BigDecimal number(List<Problem> problems, int row, Column col, String text) {
    if (!ResultInput.isPlainDecimal(text) && !text.strip().startsWith("-")) {
      // checked before parsing: a megabyte of digits or 1e309 is refused at once
      problems.add(
          new Problem(
              row,
              col.names.get(0),
              text.strip().matches("[+-]?[0-9.]*([eE][+-]?[0-9]+)?") || text.length() > 64
                  ? "lims.import.decimalFormat"
                  : "lims.import.notANumber",
              text.length() > 64 ? text.substring(0, 20) + "…" : text));
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(text.strip());
      if (v.signum() < 0) {
        problems.add(new Problem(row, col.names.get(0), "lims.import.negative", text));
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(new Problem(row, col.names.get(0), "lims.import.notANumber", text));
      return null;
    }
  }

  private static void required(List<Problem> problems, int row, Column col, String value) {
    if (value.isEmpty()) {
      problems.add(new Problem(row, col.names.get(0), "lims.import.required", null));
    }
  }

  private static String get(List<String> line, Map<Column, Integer> index, Column col) {
    Integer i = index.get(col);
    return i == null || i >= line.size() ? "" : line.get(i).strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
