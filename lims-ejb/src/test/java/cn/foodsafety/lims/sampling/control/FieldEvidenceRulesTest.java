package cn.foodsafety.lims.sampling.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.sampling.entity.EvidenceKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FieldEvidenceRulesTest {

  private static String image(String format, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private static List<String> fields(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  void aJpegAndAPngSignatureAreKeptWithTheirSize() throws IOException {
    Violations v = new Violations();
    FieldEvidenceRules.Checked c =
        FieldEvidenceRules.check(
            "P261204-AB3CD",
            "12.25",
            "data:image/png;base64," + image("png", 30, 10),
            List.of(EvidenceKind.SAMPLE),
            List.of(image("jpg", 40, 20)),
            true,
            v);
    assertThat(fields(v)).isEmpty();
    assertThat(c.accuracy()).isEqualByComparingTo("12.2");
    assertThat(c.pictures())
        .extracting(FieldEvidenceRules.Picture::kind)
        .containsExactly(EvidenceKind.SIGNATURE, EvidenceKind.SAMPLE);
    assertThat(c.pictures().get(1).contentType()).isEqualTo("image/jpeg");
    assertThat(c.pictures().get(1).width()).isEqualTo(40);
    assertThat(c.pictures().get(0).contentType()).isEqualTo("image/png");
  }

  @Test
  void aLocationWithoutAccuracyIsRefusedAndAnAccuracyWithoutLocationToo() {
    Violations v = new Violations();
    FieldEvidenceRules.check(null, null, null, List.of(), List.of(), true, v);
    assertThat(fields(v)).containsExactly("field.locationAccuracy");
    Violations w = new Violations();
    FieldEvidenceRules.check(null, "5", null, List.of(), List.of(), false, w);
    assertThat(fields(w)).containsExactly("field.locationAccuracy");
    Violations none = new Violations();
    FieldEvidenceRules.check(null, null, null, List.of(), List.of(), false, none);
    assertThat(fields(none)).isEmpty();
  }

  @Test
  void textRenamedAsAnImageABrokenJpegAndAnOversizedPictureAreRefused() {
    Violations v = new Violations();
    String text = Base64.getEncoder().encodeToString("<script>x</script>".getBytes());
    String broken =
        Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
    byte[] big = new byte[FieldEvidenceRules.MAX_PICTURE_BYTES + 1];
    big[0] = (byte) 0xff;
    big[1] = (byte) 0xd8;
    big[2] = (byte) 0xff;
    FieldEvidenceRules.check(
        "bad code!",
        "-1",
        "not base64 ***",
        List.of(EvidenceKind.SAMPLE, EvidenceKind.SEAL, EvidenceKind.PLACE, EvidenceKind.SIGNATURE),
        List.of(text, broken, Base64.getEncoder().encodeToString(big), broken),
        true,
        v);
    assertThat(fields(v))
        .contains(
            "field.provisionalCode",
            "field.locationAccuracy",
            "field.signature",
            "field.photos[0].data",
            "field.photos[1].data",
            "field.photos[2].data",
            "field.photos[3].kind");
  }

  @Test
  void moreThanSixPhotosAreRefused() throws IOException {
    Violations v = new Violations();
    String jpg = image("jpg", 4, 4);
    FieldEvidenceRules.check(
        null,
        null,
        null,
        java.util.Collections.nCopies(7, EvidenceKind.SAMPLE),
        java.util.Collections.nCopies(7, jpg),
        false,
        v);
    assertThat(fields(v)).containsExactly("field.photos");
  }
}
