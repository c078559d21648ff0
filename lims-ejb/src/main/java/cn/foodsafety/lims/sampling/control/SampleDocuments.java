package cn.foodsafety.lims.sampling.control;

import cn.foodsafety.lims.platform.control.ReportTemplates;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The printed papers of a sample: the sampling form (抽样单) and the label with a QR code of the
 * sample number, as PDF in Chinese. The templates are in the reports module ({@code
 * reports/sampling/*.jrxml}, font "Noto Sans SC" embedded), compiled by its build.
 */
public final class SampleDocuments {

  static final String FORM = "sampling/sampling-form";
  static final String LABEL = "sampling/sample-label";

  /**
   * One line of the form: a section heading (label and value null), a label with its value, or a
   * label with a picture (a photo or the drawn signature, JPEG or PNG as stored).
   */
  public record Line(String section, String label, String value, byte[] picture) {
    public static Line section(String title) {
      return new Line(title, null, null, null);
    }

    public static Line of(String label, String value) {
      return new Line(null, label, value == null ? "" : value, null);
    }

    public static Line picture(String label, byte[] picture) {
      return new Line(null, label, null, java.util.Objects.requireNonNull(picture));
    }
  }

  private SampleDocuments() {}

  /** The sampling form: a title, the number (with its QR code) and the lines, on A4. */
  public static byte[] form(String title, String number, String subtitle, List<Line> lines) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("title", title);
    parameters.put("number", number);
    parameters.put("subtitle", subtitle);
    parameters.put("qr", qrImage(number, 240));
    List<Map<String, ?>> rows = new java.util.ArrayList<>();
    for (Line l : lines) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("section", l.section());
      row.put("label", l.label());
      row.put("value", l.value());
      BufferedImage picture = l.picture() == null ? null : image(l.picture());
      if (l.picture() != null && picture == null) {
        // stored pictures were checked to decode when they came in: say so rather than drop it
        row.put("value", "（图片无法显示）");
      }
      row.put("picture", picture);
      rows.add(row);
    }
    return pdf(FORM, parameters, new JRMapCollectionDataSource(rows));
  }

  /** The label stuck on the sample bag: QR code of the number and a few lines (80 x 50 mm). */
  public static byte[] label(String number, String line1, String line2, String line3) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("number", number);
    parameters.put("line1", line1);
    parameters.put("line2", line2);
    parameters.put("line3", line3);
    parameters.put("qr", qrImage(number, 300));
    return pdf(LABEL, parameters, new JREmptyDataSource(1));
  }

  private static BufferedImage image(byte[] bytes) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      return null;
    }
  }

  /** The QR code alone, as PNG. */
  public static byte[] qrPng(String text, int size) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(qrImage(text, size), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A QR code (error correction M, quiet zone of 1 module) as a black-and-white image. */
  public static BufferedImage qrImage(String text, int size) {
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  size,
                  size,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      1,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
      BufferedImage image =
          new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          image.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code for " + text, e);
    }
  }

  private static byte[] pdf(
      String template,
      Map<String, Object> parameters,
      net.sf.jasperreports.engine.JRDataSource data) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(ReportTemplates.get(template), parameters, data);
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " failed", e);
    }
  }
}
