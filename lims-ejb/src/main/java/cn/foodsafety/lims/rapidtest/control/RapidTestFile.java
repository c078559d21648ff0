package cn.foodsafety.lims.rapidtest.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rapid-test device's CSV export: column names in the first row, Chinese or English (市场编号 /
 * market, 检测点 / point, 摊位 / stall, 经营者 / operator, 食品 / food, 食品分类编码 / category, 试剂盒 / kit, 结果 /
 * result (阴性/阳性, negative/positive), 检测人 / tester, 检测时间 / testedAt). Reads rows as text; checking
 * them is the boundary's (each bad row reported with its row number).
 */
public final class RapidTestFile {

  public static final List<String> COLUMNS =
      List.of(
          "market",
          "point",
          "stall",
          "operator",
          "food",
          "category",
          "kit",
          "result",
          "tester",
          "testedAt");

  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    String[][] pairs = {
      {"市场编号", "market"}, {"市场", "market"}, {"检测点", "point"}, {"摊位", "stall"},
      {"经营者", "operator"}, {"食品", "food"}, {"样品名称", "food"}, {"食品分类编码", "category"},
      {"食品分类", "category"}, {"试剂盒", "kit"}, {"试剂盒编号", "kit"}, {"结果", "result"},
      {"检测结果", "result"}, {"检测人", "tester"}, {"检测时间", "testedAt"}
    };
    for (String[] p : pairs) {
      NAMES.put(p[0], p[1]);
    }
    for (String c : COLUMNS) {
      NAMES.put(c.toLowerCase(Locale.ROOT), c);
    }
  }

  private RapidTestFile() {}

  /** One data row: its number in the file (the header is row 1) and its values by column. */
  public record Row(int number, Map<String, String> values) {
    public String get(String column) {
      String v = values.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  /**
   * The rows of the file; unknown columns are ignored, a missing required column is a row error.
   */
  public static List<Row> read(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    List<Row> rows = new ArrayList<>();
    if (lines.length == 0) {
      return rows;
    }
    List<String> header = split(lines[0]);
    List<String> columns = new ArrayList<>();
    for (String h : header) {
      String key = h.strip();
      columns.add(NAMES.getOrDefault(key, NAMES.get(key.toLowerCase(Locale.ROOT))));
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> cells = split(lines[i]);
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < cells.size() && c < columns.size(); c++) {
        if (columns.get(c) != null) {
          values.put(columns.get(c), cells.get(c));
        }
      }
      rows.add(new Row(i + 1, values));
    }
    return rows;
  }

  /** One CSV line: commas, fields in double quotes with "" for a quote. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
