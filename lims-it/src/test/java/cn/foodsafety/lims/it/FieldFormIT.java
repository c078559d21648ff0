package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.celery;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The phone's offline form through the ordinary POST /samples: the evidence (provisional code,
 * location accuracy, photos, signature) is stored with the sample and read back; a form synced
 * twice with its key makes one sample; a form for a cancelled task, a photo that is not an image or
 * too large, and a location without accuracy are field errors with nothing written.
 */
class FieldFormIT {

  private static final long TEAM_HNFDI_1 = 29;
  private static final long JINSHUI = 6;
  private static final long VEGETABLES = 113;

  static String jpeg(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }

  static String png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(1, 1, 0xff000000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private static Map<String, Object> phoneForm(String food, Map<String, Object> field) {
    Map<String, Object> form = celery(food);
    form.put("field", field);
    return form;
  }

  @Test
  void aPhoneFormKeepsItsPhotosSignatureAndAccuracyAndIsCreatedOnceWhenSyncedTwice()
      throws Exception {
    String code = "P261204-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    Map<String, Object> form =
        phoneForm(
            "芹菜-离线",
            Map.of(
                "provisionalCode",
                code,
                "locationAccuracy",
                "12.5",
                "signature",
                "data:image/png;base64," + png(120, 40),
                "photos",
                List.of(
                    Map.of("kind", "SAMPLE", "data", jpeg(64, 48)),
                    Map.of("kind", "SEAL", "data", jpeg(32, 32)))));
    String key = UUID.randomUUID().toString();
    long before = count("SELECT count(*) FROM sample");
    Response first = as("sampler").header("Idempotency-Key", key).body(form).post("/samples");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    // the answer was lost: the phone sends the same form with the same key again
    Response again = as("sampler").header("Idempotency-Key", key).body(form).post("/samples");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.jsonPath().getString("sampleNumber"))
        .isEqualTo(first.jsonPath().getString("sampleNumber"));
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before + 1);

    long id = first.jsonPath().getLong("id");
    Response record = as("sampler").get("/samples/{id}/field-record", id);
    assertThat(record.statusCode()).as(record.asString()).isEqualTo(200);
    assertThat(record.jsonPath().getString("provisionalCode")).isEqualTo(code);
    assertThat(record.jsonPath().getString("locationAccuracy")).isEqualTo("12.5");
    assertThat(record.jsonPath().getList("pictures.kind"))
        .containsExactly("SIGNATURE", "SAMPLE", "SEAL");
    assertThat(record.jsonPath().getInt("pictures[1].width")).isEqualTo(64);
    long photo = record.jsonPath().getLong("pictures[1].id");
    Response picture = as("supervisor").get("/samples/{id}/field-record/pictures/{p}", id, photo);
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.contentType()).startsWith("image/jpeg");
    assertThat(picture.asByteArray()).startsWith((byte) 0xff, (byte) 0xd8);
    // the form PDF prints the photos and the signature (with the QR code: four images)
    Response pdf = as("sampler").get("/samples/{id}/form.pdf", id);
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(pdf.asByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("现场照片及签名", "样品照片", "封样照片", "被抽样单位签名");
      List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> found =
          new java.util.ArrayList<>();
      for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
        images(page.getResources(), found);
      }
      // the QR code and the three pictures; a transparent PNG's soft mask, if the page lists it
      // too, is part of its picture, not an image of its own
      java.util.Set<org.apache.pdfbox.cos.COSBase> masks = new java.util.HashSet<>();
      for (var image : found) {
        for (var maskKey :
            List.of(org.apache.pdfbox.cos.COSName.SMASK, org.apache.pdfbox.cos.COSName.MASK)) {
          var mask = image.getCOSObject().getDictionaryObject(maskKey);
          if (mask != null) {
            masks.add(mask);
          }
        }
      }
      assertThat(
              found.stream().map(i -> i.getCOSObject()).distinct().filter(c -> !masks.contains(c)))
          .hasSize(4);
    }
    // another sample's picture id under this sample: not found
    assertThat(
            as("supervisor")
                .get("/samples/{id}/field-record/pictures/{p}", id, photo + 1_000_000)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aLocationWithoutAccuracyAndPicturesThatAreNotImagesOrTooLargeAreRefused() throws Exception {
    long before = count("SELECT count(*) FROM sample");
    long pictures = count("SELECT count(*) FROM sample_evidence");
    String notAnImage =
        Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes("UTF-8"));
    String fakeJpeg =
        Base64.getEncoder()
            .encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3, 4, 5});
    byte[] big = new byte[500 * 1024];
    big[0] = (byte) 0xff;
    big[1] = (byte) 0xd8;
    big[2] = (byte) 0xff;
    Map<String, Object> field =
        Map.of(
            "provisionalCode",
            "P-1",
            "photos",
            List.of(
                Map.of("kind", "SAMPLE", "data", notAnImage),
                Map.of("kind", "SEAL", "data", fakeJpeg),
                Map.of("kind", "PLACE", "data", Base64.getEncoder().encodeToString(big))));
    Response r = as("sampler", "en").body(phoneForm("芹菜-坏照片", field)).post("/samples");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
    Map<String, String> errors = errors(r);
    assertThat(errors.get("field.locationAccuracy")).contains("accuracy");
    assertThat(errors.get("field.photos[0].data")).contains("not an image");
    assertThat(errors.get("field.photos[1].data")).contains("not an image");
    assertThat(errors.get("field.photos[2].data")).contains("too large", "400 KB");
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before);
    assertThat(count("SELECT count(*) FROM sample_evidence")).isEqualTo(pictures);

    Response zh = as("sampler").body(phoneForm("芹菜-无精度", Map.of())).post("/samples");
    assertThat(zh.statusCode()).isEqualTo(400);
    assertThat(errors(zh).get("field.locationAccuracy")).contains("精度");
  }

  @Test
  void aFormForACancelledTaskIsRefusedWithAClearMessage() throws Exception {
    long city = SampleFlows.newCity("离线测试市");
    long plan = ItDatabase.plan(city, LocalDate.now().getYear(), false);
    long task =
        ItDatabase.task(plan, JINSHUI, "COUNTY", VEGETABLES, "SMALL_FARMER", TEAM_HNFDI_1, 3);
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("UPDATE collection_task SET state = 'CANCELLED' WHERE id = ?")) {
      s.setLong(1, task);
      s.executeUpdate();
    }
    Map<String, Object> form = phoneForm("芹菜-取消任务", Map.of("locationAccuracy", "8"));
    form.remove("level");
    form.remove("regionId");
    form.put("categoryId", VEGETABLES);
    form.put("partyKind", "SMALL_FARMER");
    form.remove("partyLicence");
    form.put("taskId", task);
    long before = count("SELECT count(*) FROM sample");
    Response r =
        as("sampler")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(form)
            .post("/samples");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
    assertThat(errors(r).get("taskId")).isEqualTo("该任务已取消，不能再按此任务抽样");
    assertThat(count("SELECT count(*) FROM sample")).isEqualTo(before);
  }

  private static Map<String, String> errors(Response r) {
    List<Map<String, String>> list = r.jsonPath().getList("errors");
    Map<String, String> out = new java.util.HashMap<>();
    list.forEach(e -> out.merge(e.get("field"), e.get("message"), (a, b) -> a + "; " + b));
    return out;
  }

  static long count(String sql) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void images(
      org.apache.pdfbox.pdmodel.PDResources resources,
      List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> found)
      throws Exception {
    for (var name : resources.getXObjectNames()) {
      var x = resources.getXObject(name);
      if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
        found.add(image);
      } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
        images(f.getResources(), found);
      }
    }
  }
}
