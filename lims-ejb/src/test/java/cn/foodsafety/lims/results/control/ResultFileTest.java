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
  void quotedCsvFieldsMayHoldCommas() {
    assertThat(ResultFile.splitCsv("a,\"b,c\",\"d \"\"e\"\"\""))
        .containsExactly("a", "b,c", "d \"e\"");
  }
}
