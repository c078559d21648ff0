package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is checked by its text, never by its size (STACK.md: fonts fall back silently). */
class TestReportDocumentTest {

  private static TestReportDocument.Content content(int items) {
    List<TestReportDocument.Line> lines = new ArrayList<>();
    lines.add(
        new TestReportDocument.Line(
            "毒死蜱", "0.13", "mg/kg", "≤0.05", "GB 2763-2021 / GB 23200.113-2018", "不合格"));
    for (int i = 1; i < items; i++) {
      lines.add(
          new TestReportDocument.Line(
              "克百威" + i, "未检出（<0.005）", "mg/kg", "≤0.02", "GB 2763-2021", "合格"));
    }
    return new TestReportDocument.Content(
        "郑州市农产品质量安全检测中心实验室",
        "资质认定编号：CNAS L3388",
        "ZZAQ-2026-000123",
        2,
        "2026-03-20",
        "样品编号：410105-2026-M-000001\n样品名称：芹菜\n被抽样单位：郑州市某农贸市场\n",
        lines,
        "检验结论：经抽样检验，毒死蜱项目不符合 GB 2763-2021 要求，检验结论为不合格（超标1.6倍）。",
        "检验：张检验 2026-03-18    审核：陈审核 2026-03-19    批准：王批准 2026-03-20\n",
        "本报告为第 2 版，更正原因：单位录入错误。");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void reportHoldsTheChineseWordsAndFigures() throws IOException {
    String text = text(TestReportDocument.render(content(3)));
    assertThat(text)
        .contains("检验报告")
        .contains("ZZAQ-2026-000123")
        .contains("毒死蜱")
        .contains("0.13")
        .contains("≤0.05")
        .contains("不合格")
        .contains("超标1.6倍")
        .contains("CNAS L3388")
        .contains("第 1 页")
        .contains("共 1 页");
  }

  @Test
  void longReportsNumberTheirPages() throws IOException {
    byte[] pdf = TestReportDocument.render(content(80));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      assertThat(text(pdf)).contains("共 " + pages + " 页");
    }
  }
}
