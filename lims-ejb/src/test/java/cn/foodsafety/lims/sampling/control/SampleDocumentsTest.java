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
  void thePhonesPicturesArePrintedWithTheirLabels() throws IOException {
    byte[] photo = picture("jpg", 1280, 960, 0x3A7D44);
    byte[] signature = picture("png", 340, 140, 0x111111);
    byte[] pdf =
        SampleDocuments.form(
            "食品安全抽样检验抽样单",
            "410105-2026-M-000043",
            "河南省食品检验研究院抽样一组",
            List.of(
                SampleDocuments.Line.section("样品信息"),
                SampleDocuments.Line.of("样品名称", "芹菜"),
                SampleDocuments.Line.section("现场照片及签名"),
                SampleDocuments.Line.picture("样品照片（1）", photo),
                SampleDocuments.Line.picture("被抽样单位签名（2）", signature)));
    Files.write(Path.of("target", "sampling-form-pictures-test.pdf"), pdf);

    assertThat(text(pdf)).contains("现场照片及签名", "样品照片（1）", "被抽样单位签名（2）", "芹菜");
    // the QR code of the number and the two pictures, at their own sizes
    List<int[]> sizes = imageSizes(pdf);
    assertThat(sizes).hasSize(3);
    assertThat(sizes).anySatisfy(s -> assertThat(s).containsExactly(1280, 960));
    assertThat(sizes).anySatisfy(s -> assertThat(s).containsExactly(340, 140));
  }

  @Test
  void aFormWithoutPicturesHasOnlyTheQrCode() throws IOException {
    byte[] pdf =
        SampleDocuments.form(
            "食品安全抽样检验抽样单",
            "410105-2026-M-000044",
            "河南省食品检验研究院抽样一组",
            List.of(SampleDocuments.Line.of("样品名称", "芹菜")));
    assertThat(imageSizes(pdf)).hasSize(1);
    assertThat(text(pdf)).doesNotContain("现场照片及签名");
  }

  private static byte[] picture(String format, int width, int height, int rgb) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x + y) % 7 == 0 ? rgb : 0xFFFFFF);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static List<int[]> imageSizes(byte[] pdf) throws IOException {
    List<int[]> sizes = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
        var resources = page.getResources();
        for (var name : resources.getXObjectNames()) {
          collect(resources.getXObject(name), sizes);
        }
      }
    }
    return sizes;
  }

  private static void collect(org.apache.pdfbox.pdmodel.graphics.PDXObject x, List<int[]> sizes)
      throws IOException {
    if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
      sizes.add(new int[] {i.getWidth(), i.getHeight()});
    } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
      for (var name : f.getResources().getXObjectNames()) {
        collect(f.getResources().getXObject(name), sizes);
      }
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
