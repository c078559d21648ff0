package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.approvedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provincial workbook read back with POI equals the API's figures (volume, pass rate, the
 * follow-up rates, one row per non-conforming sample); a user never has two exports running at
 * once; a bad period starts nothing; the statistics PDF carries the figures in Chinese.
 */
class ExportsIT {

  /** The workbook's media type. */
  static final class ExportsFile {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  private static final String YEAR = String.valueOf(LocalDate.now(CHINA).getYear());

  @BeforeAll
  static void someResults() {
    approvedCelery("芹菜-报表不合格", "0.13", null);
    approvedCelery("芹菜-报表合格", "0.01", null);
  }

  @Test
  void theWorkbookHasTheDashboardsFigures() throws IOException, InterruptedException {
    JsonPath figures =
        as("planner")
            .queryParam("year", YEAR)
            .get("/stats/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath job =
        as("planner")
            .queryParam("year", YEAR)
            .post("/stats/exports")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    long id = job.getLong("id");
    JsonPath done = waitFor("planner", id);
    assertThat(done.getString("state")).isEqualTo("DONE");
    assertThat(done.getInt("progress")).isEqualTo(100);
    byte[] file =
        as("planner")
            .get("/stats/exports/{id}/file", id)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    as("supervisor").get("/stats/exports/{id}/file", id).then().statusCode(404);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet volume = wb.getSheet("抽检量完成情况");
      assertThat(volume).isNotNull();
      assertThat(volume.getRow(0).getCell(0).getStringCellValue()).isEqualTo("县（市、区）");
      assertThat(volume.getPaneInformation().isFreezePane()).isTrue();
      assertThat(volume.getCTWorksheet().isSetAutoFilter()).isTrue();
      Row total = volume.getRow(volume.getLastRowNum());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat((long) total.getCell(3).getNumericCellValue())
          .isEqualTo(figures.getLong("volume.total.batches"));
      assertThat((long) total.getCell(2).getNumericCellValue())
          .isEqualTo(figures.getLong("volume.total.quota"));
      assertThat(volume.getLastRowNum()).isEqualTo(figures.getList("volume.byUnit").size() + 1);

      Sheet pass = wb.getSheet("合格率（按食品类别）");
      Row overall = pass.getRow(pass.getLastRowNum());
      assertThat(overall.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat((long) overall.getCell(1).getNumericCellValue())
          .isEqualTo(figures.getLong("passRates.overall.judged"));
      assertThat((long) overall.getCell(2).getNumericCellValue())
          .isEqualTo(figures.getLong("passRates.overall.conforming"));
      Cell rate = overall.getCell(4);
      assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(rate.getCellStyle().getDataFormatString()).contains("%");
      assertThat(rate.getNumericCellValue() * 100)
          .isCloseTo(
              figures.getDouble("passRates.overall.passRate.value"),
              org.assertj.core.data.Offset.offset(0.001));
      assertThat(overall.getCell(5).getNumericCellValue()).isEqualTo(0.98);

      Sheet follow = wb.getSheet("核查处置情况（按层级）");
      Row followTotal = follow.getRow(follow.getLastRowNum());
      assertThat((long) followTotal.getCell(1).getNumericCellValue())
          .isEqualTo(figures.getLong("followUp.overall.mustFollow"));
      assertThat((long) followTotal.getCell(2).getNumericCellValue())
          .isEqualTo(figures.getLong("followUp.overall.disposal.numerator"));
      Row national = follow.getRow(1);
      assertThat(national.getCell(0).getStringCellValue()).isEqualTo("国家级");
      assertThat(national.getCell(12).getStringCellValue()).isEqualTo("-");

      Sheet list = wb.getSheet("不合格食品及核查处置");
      assertThat(list.getLastRowNum()).isEqualTo(figures.getInt("passRates.overall.nonConforming"));
      List<String> failing = new ArrayList<>();
      for (int r = 1; r <= list.getLastRowNum(); r++) {
        failing.add(list.getRow(r).getCell(9).getStringCellValue());
      }
      assertThat(failing).anySatisfy(f -> assertThat(f).contains("毒死蜱").contains("≤ 0.05 mg/kg"));
    }
  }

  @Test
  void aUserNeverHasTwoExportsRunningAtOnce() throws InterruptedException {
    List<CompletableFuture<Long>> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(
          CompletableFuture.supplyAsync(
              () ->
                  as("supervisor")
                      .queryParam("year", YEAR)
                      .post("/stats/exports")
                      .then()
                      .statusCode(202)
                      .extract()
                      .jsonPath()
                      .getLong("id")));
    }
    List<Long> ids = calls.stream().map(CompletableFuture::join).toList();
    for (Long id : ids.stream().distinct().toList()) {
      waitFor("supervisor", id);
    }
    List<Map<String, Object>> jobs = as("supervisor").get("/stats/exports").jsonPath().getList("$");
    List<Map<String, Object>> sorted = new ArrayList<>(jobs);
    sorted.sort(Comparator.comparing(j -> Instant.parse((String) j.get("createdAt"))));
    for (int i = 1; i < sorted.size(); i++) {
      Instant previousFinished = Instant.parse((String) sorted.get(i - 1).get("finishedAt"));
      Instant created = Instant.parse((String) sorted.get(i).get("createdAt"));
      assertThat(created).isAfterOrEqualTo(previousFinished);
    }
    // every answer names one of the user's jobs
    assertThat(sorted.stream().map(j -> ((Number) j.get("id")).longValue()).toList())
        .containsAll(ids);
  }

  @Test
  void aBadPeriodStartsNoExport() {
    int before = as("admin").get("/stats/exports").jsonPath().getList("$").size();
    as("admin")
        .queryParam("year", YEAR)
        .queryParam("asOf", LocalDate.now(CHINA).plusDays(3).toString())
        .post("/stats/exports")
        .then()
        .statusCode(400);
    as("admin")
        .queryParam("from", "2026-03-01")
        .queryParam("to", "2026-02-01")
        .post("/stats/exports")
        .then()
        .statusCode(400);
    assertThat(as("admin").get("/stats/exports").jsonPath().getList("$")).hasSize(before);
    as("sampler").queryParam("year", YEAR).post("/stats/exports").then().statusCode(403);
  }

  @Test
  void theStatisticsPdfCarriesTheFiguresInChinese() throws IOException {
    JsonPath figures =
        as("supervisor")
            .queryParam("year", YEAR)
            .get("/stats/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    byte[] pdf =
        as("supervisor")
            .queryParam("year", YEAR)
            .accept("application/pdf")
            .get("/stats/report.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text).contains("食品安全监督抽检统计报告", "合格率", "核查处置率", "按时完成率", "郑州市");
    assertThat(text).contains(figures.getString("passRates.overall.passRate.display"));
    assertThat(text).contains(String.valueOf(figures.getLong("volume.total.batches")));
    // each lab's turnaround whole (it was cut after "中位数 9 个工作"): median, P90, overdue reports
    String flat = text.replaceAll("\\s+", "");
    assertThat(figures.getList("labs")).isNotEmpty();
    assertThat(flat).contains("个工作日，第90百分位", "超期报告");
    assertThat(flat).containsPattern("超期报告" + figures.getInt("labs[0].overdueReports") + "份");
  }

  private static JsonPath waitFor(String user, long id) {
    long until = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonPath j =
          as(user).get("/stats/exports/{id}", id).then().statusCode(200).extract().jsonPath();
      String state = j.getString("state");
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return j;
      }
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("export " + id + " still " + state);
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
