package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResultFileTest {

  private static ResultFile.Parsed csv(String text) {
    return ResultFile.read(text.getBytes(StandardCharsets.UTF_8), "results.csv");
  }

  @Test
  void chineseHeadersAndNotDetectedAreRead() {
    var parsed =
        csv(
            "样品编号,检验项目,检验结果,单位,检验人\n"
                + "410105-2026-M-000001,毒死蜱,0.13,mg/kg,张检验\n"
                + "410105-2026-M-000001,克百威,未检出,mg/kg,张检验\n");
    assertThat(parsed.isClean()).isTrue();
    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).value()).isEqualByComparingTo("0.13");
    assertThat(parsed.rows().get(0).value().toPlainString()).isEqualTo("0.13");
    assertThat(parsed.rows().get(1).notDetected()).isTrue();
    assertThat(parsed.rows().get(1).number()).isEqualTo(3);
  }

  @Test
  void everyBadRowIsReportedWithRowAndColumn() {
    var parsed =
        csv(
            "sampleNumber,analyte,value,unit\n"
                + "S1,毒死蜱,abc,mg/kg\n"
                + "S1,克百威,-0.2,mg/kg\n"
                + "S1,氧乐果,0.01,furlongs\n"
                + ",腐霉利,0.1,mg/kg\n");
    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.problems())
        .extracting(ResultFile.Problem::row, ResultFile.Problem::column, ResultFile.Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "检验结果", "lims.import.notANumber"),
            org.assertj.core.groups.Tuple.tuple(3, "检验结果", "lims.import.negative"),
            org.assertj.core.groups.Tuple.tuple(4, "单位", "lims.import.unitUnknown"),
            org.assertj.core.groups.Tuple.tuple(5, "样品编号", "lims.import.required"));
  }

  @Test
  void missingRequiredColumnIsReported() {
    var parsed = csv("样品编号,检验项目,单位\nS1,毒死蜱,mg/kg\n");
    assertThat(parsed.problems())
        .extracting(ResultFile.Problem::key)
        .containsExactly("lims.import.columnMissing");
  }

  @Test
  void binaryGarbageIsNotASpreadsheetAndABrokenZipIsCorrupt() {
    byte[] garbage = {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 7};
    assertThat(ResultFile.read(garbage, "x.bin").problems())
        .extracting(ResultFile.Problem::key)
        .containsExactly("lims.import.notASpreadsheet");
    byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
    assertThat(ResultFile.read(brokenZip, "x.xlsx").problems())
        .extracting(ResultFile.Problem::key)
        .containsExactly("lims.import.corrupt");
    assertThat(ResultFile.read(new byte[0], "x.csv").problems())
        .extracting(ResultFile.Problem::key)
        .containsExactly("lims.import.empty");
  }

  @Test
  void workbookIsReadLikeACsv() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("结果");
      var h = sheet.createRow(0);
      String[] headers = {"样品编号", "检验项目", "检验结果", "单位"};
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      var r = sheet.createRow(1);
      r.createCell(0).setCellValue("410105-2026-M-000002");
      r.createCell(1).setCellValue("镉(以Cd计)");
      r.createCell(2).setCellValue(0.23);
      r.createCell(3).setCellValue("mg/kg");
      wb.write(out);
      bytes = out.toByteArray();
    }
    var parsed = ResultFile.read(bytes, "results.xlsx");
    assertThat(parsed.isClean()).isTrue();
    assertThat(parsed.rows().get(0).value().toPlainString()).isEqualTo("0.23");
    assertThat(parsed.rows().get(0).analyte()).isEqualTo("镉(以Cd计)");
  }

  @Test
  void quotedCsvFieldsMayHoldCommasQuotesAndLineBreaks() {
    var parsed =
        csv(
            "样品编号,检验项目,检验结果,单位,检验方法,检验人\r\n"
                + "410105-2026-M-000001,毒死蜱,0.13,mg/kg,\"GB 23200.113-2018,\n第一法\","
                + " \"张\"\"检验\"\"\"\r\n"
                + "410105-2026-M-000001,克百威,未检出,mg/kg,,李检验\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).method()).isEqualTo("GB 23200.113-2018,\n第一法");
    assertThat(parsed.rows().get(0).analyst()).isEqualTo("张\"检验\"");
    assertThat(parsed.rows().get(0).value().toPlainString()).isEqualTo("0.13");
    // the row a spreadsheet shows: the quoted line break does not start a new row
    assertThat(parsed.rows().get(1).number()).isEqualTo(3);
    assertThat(parsed.rows().get(1).analyte()).isEqualTo("克百威");
  }

  @Test
  void blankLinesKeepTheRowNumbersOfTheFile() {
    var parsed = csv("样品编号,检验项目,检验结果,单位\n\nS1,毒死蜱,abc,mg/kg\n");
    assertThat(parsed.problems())
        .extracting(ResultFile.Problem::row, ResultFile.Problem::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "lims.import.notANumber"));
  }

  @Test
  void anUnclosedQuoteIsAProblemOfItsRowNotA500() {
    var parsed = csv("样品编号,检验项目,检验结果,单位\nS1,毒死蜱,0.1,mg/kg\nS1,\"克百威,0.2,mg/kg\n");
    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.problems())
        .extracting(ResultFile.Problem::row, ResultFile.Problem::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "lims.import.csvQuotes"));
  }

  @Test
  void workbookNumbersKeepTheDigitsTheirFormatShows() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("结果");
      var h = sheet.createRow(0);
      String[] headers = {"样品编号", "检验项目", "检验结果", "单位", "检出限"};
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      var threeDecimals = wb.createCellStyle();
      threeDecimals.setDataFormat(wb.createDataFormat().getFormat("0.000"));
      var grouped = wb.createCellStyle();
      grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      var percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
      Object[][] data = {
        {"毒死蜱", 0.05, threeDecimals, 0.0015, threeDecimals},
        {"克百威", 1234.5, grouped, 0.01, null},
        {"氧乐果", 0.05, percent, 0.010, percent},
        {"腐霉利", 0.1 + 0.2, null, 0.01, null}
      };
      for (int i = 0; i < data.length; i++) {
        var r = sheet.createRow(i + 1);
        r.createCell(0).setCellValue("410105-2026-M-000002");
        r.createCell(1).setCellValue((String) data[i][0]);
        var v = r.createCell(2);
        v.setCellValue((Double) data[i][1]);
        if (data[i][2] != null) {
          v.setCellStyle((org.apache.poi.ss.usermodel.CellStyle) data[i][2]);
        }
        r.createCell(3).setCellValue("mg/kg");
        var lod = r.createCell(4);
        lod.setCellValue((Double) data[i][3]);
        if (data[i][4] != null) {
          lod.setCellStyle((org.apache.poi.ss.usermodel.CellStyle) data[i][4]);
        }
      }
      wb.write(out);
      bytes = out.toByteArray();
    }
    var parsed = ResultFile.read(bytes, "results.xlsx");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows())
        .extracting(r -> r.value().toPlainString(), r -> r.lod().toPlainString())
        .containsExactly(
            // "0.000" keeps three decimals; it does not round 0.0015 (shown as 0.002) away
            org.assertj.core.groups.Tuple.tuple("0.050", "0.0015"),
            org.assertj.core.groups.Tuple.tuple("1234.50", "0.01"),
            // a percent is no plain decimal: the stored number, as before
            org.assertj.core.groups.Tuple.tuple("0.05", "0.01"),
            // General shows what Excel shows, not 0.30000000000000004
            org.assertj.core.groups.Tuple.tuple("0.3", "0.01"));
    assertThat(parsed.rows().get(0).value().scale()).isEqualTo(3);
  }
}
