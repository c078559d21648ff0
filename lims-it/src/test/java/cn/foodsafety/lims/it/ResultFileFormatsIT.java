package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The two file formats of the result import as a lab writes them: a CSV whose quoted fields hold
 * commas and line breaks (RFC 4180), and an XLSX whose cell format says how many decimals the lab
 * measured. Both through the preview, then the commit, then the stored result.
 */
class ResultFileFormatsIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void aQuotedLineBreakAndCommaStayInTheirFieldThroughPreviewAndCommit() {
    long id = receivedCelery("芹菜-CSV引号");
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    String csv =
        "样品编号,检验项目,检验结果,单位,检验方法,检验人\r\n"
            + number
            + ",毒死蜱,0.02,mg/kg,\"GB 23200.113-2018,\n第一法\",\"张\"\"检验\"\"\"\r\n";
    JsonPath preview = post(csv.getBytes(StandardCharsets.UTF_8), "results.csv", "text/csv", false);
    assertThat(preview.getList("problems")).isEmpty();
    assertThat(preview.getBoolean("clean")).isTrue();
    // one data row: the line break inside the quotes does not start a row
    assertThat(preview.getInt("rows")).isEqualTo(1);
    assertThat(preview.getInt("samples")).isEqualTo(1);

    JsonPath committed =
        post(csv.getBytes(StandardCharsets.UTF_8), "results.csv", "text/csv", true);
    assertThat(committed.getBoolean("committed")).isTrue();
    Map<String, Object> item = item(id, "毒死蜱");
    assertThat(item.get("value")).isEqualTo("0.02");
    assertThat(item.get("method")).isEqualTo("GB 23200.113-2018,\n第一法");
    assertThat(item.get("analyst")).isEqualTo("张\"检验\"");
  }

  @Test
  void anUnclosedQuoteIsAProblemOfItsRow() {
    long id = receivedCelery("芹菜-CSV未闭合");
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    String csv = "样品编号,检验项目,检验结果,单位\n" + number + ",\"毒死蜱,0.02,mg/kg\n";
    JsonPath preview = post(csv.getBytes(StandardCharsets.UTF_8), "results.csv", "text/csv", false);
    assertThat(preview.getBoolean("clean")).isFalse();
    assertThat(preview.getList("problems.row", Integer.class)).containsExactly(2);
    assertThat(preview.getString("problems[0].message")).contains("引号");
  }

  /** Each row's problem carries the cell as the file wrote it, so every row says what was wrong. */
  @Test
  void eachRowsProblemRepeatsItsBadValue() {
    long id = receivedCelery("芹菜-坏值");
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    String csv =
        "样品编号,检验项目,检验结果,单位,检验日期\n"
            + number
            + ",毒死蜱,0.0x2,mg/kg,\n"
            + number
            + ",毒死蜱,abc,mg/kg,\n"
            + number
            + ",毒死蜱,0.02,斤,\n"
            + number
            + ",毒死蜱,0.02,mg/kg,2026-13-45\n"
            + "4101-XX,毒死蜱,0.02,mg/kg,\n"
            + number
            + ",不存在的项目,0.02,mg/kg,\n";
    JsonPath preview = post(csv.getBytes(StandardCharsets.UTF_8), "results.csv", "text/csv", false);
    assertThat(preview.getBoolean("clean")).isFalse();
    List<Map<String, Object>> problems = preview.getList("problems");
    assertThat(problems)
        .extracting(p -> p.get("row") + ":" + p.get("value"))
        .contains("2:0.0x2", "3:abc", "4:斤", "5:2026-13-45", "6:4101-XX", "7:不存在的项目");
  }

  @Test
  void anXlsxCellFormattedWithThreeDecimalsKeepsThem() throws IOException {
    long id = receivedCelery("芹菜-XLSX位数");
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    byte[] file;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("结果");
      var header = sheet.createRow(0);
      List<String> names = List.of("样品编号", "检验项目", "检验结果", "单位");
      for (int i = 0; i < names.size(); i++) {
        header.createCell(i).setCellValue(names.get(i));
      }
      var threeDecimals = wb.createCellStyle();
      threeDecimals.setDataFormat(wb.createDataFormat().getFormat("0.000"));
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(number);
      row.createCell(1).setCellValue("毒死蜱");
      var value = row.createCell(2);
      value.setCellValue(0.05); // Excel stores the double 0.05; the format shows "0.050"
      value.setCellStyle(threeDecimals);
      row.createCell(3).setCellValue("mg/kg");
      wb.write(out);
      file = out.toByteArray();
    }
    JsonPath preview = post(file, "results.xlsx", XLSX, false);
    assertThat(preview.getList("problems")).isEmpty();
    JsonPath committed = post(file, "results.xlsx", XLSX, true);
    assertThat(committed.getBoolean("committed")).isTrue();
    assertThat(item(id, "毒死蜱").get("value")).isEqualTo("0.050");
  }

  /** A result file sent by the lab technician, checked (and committed when asked): 200 expected. */
  static JsonPath post(byte[] body, String fileName, String type, boolean commit) {
    return as("labtech")
        .contentType(type)
        .body(body)
        .queryParam("fileName", fileName)
        .queryParam("commit", commit)
        .post("/results/imports")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> item(long sampleId, String analyte) {
    List<Map<String, Object>> items =
        as("labtech").get("/samples/{id}/results", sampleId).jsonPath().getList("items");
    return items.stream().filter(i -> analyte.equals(i.get("analyte"))).findFirst().orElseThrow();
  }
}
