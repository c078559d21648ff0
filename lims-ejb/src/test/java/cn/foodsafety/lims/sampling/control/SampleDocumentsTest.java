package cn.foodsafety.lims.sampling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SampleDocumentsTest {

  @Test
  void samplingFormIsAPdfWithTheChineseText() throws IOException {
    byte[] pdf =
        SampleDocuments.form(
            "食品安全抽样检验抽样单",
            "410105-2026-M-000042",
            "河南省食品检验研究院抽样一组",
            List.of(
                SampleDocuments.Line.section("样品信息"),
                SampleDocuments.Line.of("样品名称", "芹菜"),
                SampleDocuments.Line.of("抽样数量", "2.5 千克"),
                SampleDocuments.Line.of("限量", "≤ 0.05 mg/kg")));
    Path out = Path.of("target", "sampling-form-test.pdf");
    Files.write(out, pdf);

    String text = text(pdf);
    assertThat(text)
        .contains("食品安全抽样检验抽样单")
        .contains("410105-2026-M-000042")
        .contains("芹菜")
        .contains("抽样人员一（签字）", "抽样人员二（签字）")
        .contains("≤ 0.05 mg/kg");
  }

  @Test
  void theSignaturesOnAPageOfTheirOwnStillCarryTheSampleNumber() throws IOException {
    List<SampleDocuments.Line> lines = new java.util.ArrayList<>();
    lines.add(SampleDocuments.Line.section("样品信息"));
    for (int i = 0; i < 36; i++) {
      lines.add(SampleDocuments.Line.of("项目" + i, "内容" + i));
    }
    byte[] pdf =
        SampleDocuments.form("食品安全抽样检验抽样单", "410105-2026-M-000042", "河南省食品检验研究院抽样一组", lines);
    Files.write(Path.of("target", "sampling-form-long-test.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(doc)).as("page " + page).contains("410105-2026-M-000042");
      }
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(doc.getNumberOfPages());
      assertThat(last.getText(doc)).contains("抽样人员一（签字）");
    }
  }

  @Test
  void labelCarriesTheNumberAndTheFood() throws IOException {
    byte[] pdf = SampleDocuments.label("410105-2026-M-000042", "芹菜", "2026-03-02", "封条 F-001");
    Files.write(Path.of("target", "sample-label-test.pdf"), pdf);

    assertThat(text(pdf)).contains("410105-2026-M-000042").contains("芹菜").contains("食品抽检样品");
  }

  @Test
  void qrCodeIsAPng() {
    byte[] png = SampleDocuments.qrPng("410105-2026-M-000042", 200);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
