package cn.foodsafety.lims.planning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class PlanWorkbookTest {

  static final Map<String, Long> UNITS = Map.of("410105", 6L, "410106", 7L);
  static final Map<String, Long> CATEGORIES = Map.of("05", 5L, "33", 33L);

  static byte[] workbook() {
    return workbook(Locale.SIMPLIFIED_CHINESE);
  }

  static byte[] workbook(Locale locale) {
    int[] months = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    return new PlanWorkbook()
        .write(
            "郑州市 2026",
            List.of(
                new PlanWorkbook.Row(
                    "410105",
                    "金水区",
                    SamplingLevel.MUNICIPAL,
                    Department.MARKET_REGULATION,
                    "05",
                    "乳制品",
                    months,
                    new int[12]),
                new PlanWorkbook.Row(
                    "410105",
                    "金水区",
                    SamplingLevel.COUNTY,
                    Department.AGRICULTURE,
                    "33",
                    "食用农产品",
                    months,
                    new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}),
                new PlanWorkbook.Row(
                    "410106",
                    "上街区",
                    SamplingLevel.NATIONAL,
                    Department.MARKET_REGULATION,
                    "05",
                    "乳制品",
                    months,
                    new int[12]),
                new PlanWorkbook.Row(
                    "410106",
                    "上街区",
                    SamplingLevel.COUNTY,
                    Department.CUSTOMS,
                    "05",
                    "乳制品",
                    months,
                    new int[12])),
            List.of(
                new PlanWorkbook.ProgressLine(
                    "410105",
                    "金水区",
                    1_333_000,
                    9331,
                    9331,
                    12,
                    3,
                    new BigDecimal("0.011"),
                    new BigDecimal("0.2")),
                new PlanWorkbook.ProgressLine(
                    "",
                    "郑州市",
                    12_600_000,
                    88_200,
                    9331,
                    12,
                    3,
                    new BigDecimal("0.001"),
                    new BigDecimal("0.0"))),
            locale);
  }

  static List<PlanWorkbook.ImportedRow> read(byte[] bytes) {
    return new PlanWorkbook().read(bytes, UNITS::get, CATEGORIES::get, id -> id == 33L);
  }

  static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(wb.getSheet(PlanWorkbook.ALLOCATION_SHEET));
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPageAndPageNumbers()
      throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook()))) {
      for (Sheet sheet : wb) {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
      }
    }
  }

  @Test
  void theProgressSheetShowsCollectedInsideAndOutsideThePlanApartInTheReadersLanguage()
      throws Exception {
    try (Workbook zh = WorkbookFactory.create(new ByteArrayInputStream(workbook()));
        Workbook en = WorkbookFactory.create(new ByteArrayInputStream(workbook(Locale.ENGLISH)))) {
      Sheet p = zh.getSheet("进度");
      assertThat(texts(p.getRow(0)))
          .containsExactly(
              "县级单位编码", "县级单位", "常住人口（人）", "配额（批次）", "计划批次", "已抽批次", "计划外批次", "每千人批次", "完成配额（%）");
      assertThat(p.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(12.0);
      assertThat(p.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3.0);
      assertThat(p.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(0.011);
      assertThat(p.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(0.2);
      assertThat(p.getRow(2).getCell(1).getStringCellValue()).isEqualTo("郑州市");
      assertThat(p.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(3.0);
      Sheet e = en.getSheet("Progress");
      assertThat(texts(e.getRow(0)))
          .containsExactly(
              "Unit code",
              "County-level unit",
              "Residents",
              "Quota (batches)",
              "Planned",
              "Collected",
              "Outside the plan",
              "Per 1,000 residents",
              "Of quota (%)");
      assertThat(e.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3.0);
      // the allocation sheet keeps the layout read back, whatever the reader's language
      assertThat(
              en.getSheet(PlanWorkbook.ALLOCATION_SHEET).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("县级单位编码");
    }
  }

  private static List<String> texts(org.apache.poi.ss.usermodel.Row row) {
    List<String> out = new java.util.ArrayList<>();
    row.forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  @Test
  void whatIsWrittenIsReadBack() throws Exception {
    byte[] xlsx = workbook();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet("分配");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("县级单位编码");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("市级");
      assertThat(sheet.getRow(1).getCell(18).getNumericCellValue()).isEqualTo(78.0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(wb.getSheet("进度").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(9331.0);
    }
    List<PlanWorkbook.ImportedRow> rows = read(xlsx);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).regionId()).isEqualTo(6L);
    assertThat(rows.get(1).level()).isEqualTo(SamplingLevel.COUNTY);
    assertThat(rows.get(1).department()).isEqualTo(Department.AGRICULTURE);
    assertThat(rows.get(1).categoryId()).isEqualTo(33L);
    assertThat(rows.get(1).months()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(rows.get(1).smallFarmers()).isEqualTo(2);
  }

  @Test
  void everyBadCellIsReportedWithSheetRowAndColumn() throws Exception {
    byte[] bad =
        edit(
            workbook(),
            sheet -> {
              sheet.getRow(1).getCell(6).setCellValue("abc");
              sheet.getRow(2).getCell(7).setCellValue(-1);
              sheet.getRow(3).getCell(0).setCellValue("000000");
              sheet.getRow(4).getCell(2).setCellValue("星际级");
              sheet.getRow(4).getCell(3).setCellValue("Customs");
              sheet.getRow(1).getCell(19).setCellValue(3);
            });
    assertThatThrownBy(() -> read(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("分配!G2", "分配!T2", "分配!H3", "分配!A4", "分配!C5"));
  }

  @Test
  void codesTypedAsNumbersAndEnglishNamesAreUnderstood() throws Exception {
    byte[] typed =
        edit(
            workbook(),
            sheet -> {
              sheet.getRow(1).getCell(0).setCellValue(410105);
              sheet.getRow(1).getCell(4).setCellValue(5);
              sheet.getRow(1).getCell(2).setCellValue("Municipal");
            });
    assertThat(read(typed).get(0).categoryId()).isEqualTo(5L);
  }

  @Test
  void duplicateRowsAndAMismatchedTotalAreReported() throws Exception {
    byte[] bad =
        edit(
            workbook(),
            sheet -> {
              sheet.getRow(3).getCell(2).setCellValue("县级");
              sheet.getRow(3).getCell(3).setCellValue("海关");
              sheet.getRow(4).getCell(18).setCellValue(1);
            });
    assertThatThrownBy(() -> read(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("分配!A5", "分配!S5"));
  }

  @Test
  void somethingElseThanAWorkbookIsRefused() {
    assertThatThrownBy(() -> read("not a workbook".getBytes()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("workbook"));
  }
}
