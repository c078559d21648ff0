package cn.foodsafety.lims.sampling.control;

import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.sampling.entity.EvidenceKind;
import cn.foodsafety.lims.sampling.entity.FieldRecord;
import cn.foodsafety.lims.sampling.entity.SampleEvidence;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Checks what the phone's sampling form sends beside the form (location accuracy, provisional code,
 * signature, photos) before anything is written: each picture must be a JPEG or PNG that really
 * decodes (not a renamed file) and at most {@link #MAX_PICTURE_BYTES}; a location must come with
 * its accuracy, or nobody can tell a stall from the market next door.
 */
public final class FieldEvidenceRules {

  /**
   * Per picture, after base64: the phone compresses photos to about 200 KB, and the whole request
   * must stay under the API's 2 MB body limit.
   */
  public static final int MAX_PICTURE_BYTES = 400 * 1024;

  /** Photos per form: sample, seal and place, two of each at most. */
  public static final int MAX_PHOTOS = 6;

  /** A location worse than this (metres) is not a place any more. */
  static final BigDecimal MAX_ACCURACY = new BigDecimal("10000");

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

  private FieldEvidenceRules() {}

  /** A picture that passed the checks. */
  public record Picture(
      EvidenceKind kind, String contentType, int width, int height, byte[] bytes) {}

  /** The checked evidence, ready to be stored with the sample. */
  public record Checked(String provisionalCode, BigDecimal accuracy, List<Picture> pictures) {

    /** What to persist once the sample has its id. */
    public List<Object> entities(long sampleId, Instant at) {
      List<Object> rows = new ArrayList<>();
      rows.add(new FieldRecord(sampleId, provisionalCode, accuracy, at));
      for (Picture p : pictures) {
        rows.add(
            new SampleEvidence(
                sampleId, p.kind(), p.contentType(), p.width(), p.height(), p.bytes(), at));
      }
      return rows;
    }
  }

  /**
   * Checks the evidence; null when the form came without any (the desk form). A location on a form
   * from the phone must carry its accuracy.
   */
  public static Checked check(
      String provisionalCode,
      String accuracy,
      String signature,
      List<EvidenceKind> photoKinds,
      List<String> photoData,
      boolean hasLocation,
      Violations v) {
    String code =
        provisionalCode == null || provisionalCode.isBlank() ? null : provisionalCode.strip();
    if (code != null && !CODE.matcher(code).matches()) {
      v.add("field.provisionalCode", "lims.field.provisionalCode");
    }
    BigDecimal acc = null;
    if (accuracy == null || accuracy.isBlank()) {
      v.addIf(hasLocation, "field.locationAccuracy", "lims.field.locationAccuracy.required");
    } else {
      try {
        acc = new BigDecimal(accuracy.strip());
        if (acc.signum() < 0 || acc.compareTo(MAX_ACCURACY) > 0 || acc.scale() > 3) {
          v.add("field.locationAccuracy", "lims.field.locationAccuracy.range", MAX_ACCURACY);
          acc = null;
        } else {
          acc = acc.setScale(1, java.math.RoundingMode.HALF_EVEN);
        }
      } catch (NumberFormatException e) {
        v.add("field.locationAccuracy", "lims.field.number");
      }
      v.addIf(!hasLocation, "field.locationAccuracy", "lims.field.locationAccuracy.noLocation");
    }
    List<Picture> pictures = new ArrayList<>();
    if (signature != null && !signature.isBlank()) {
      Picture p = picture(EvidenceKind.SIGNATURE, signature, "field.signature", v);
      if (p != null) {
        pictures.add(p);
      }
    }
    int n = photoKinds.size();
    if (n > MAX_PHOTOS) {
      v.add("field.photos", "lims.field.photos.tooMany", MAX_PHOTOS);
      return new Checked(code, acc, pictures);
    }
    for (int i = 0; i < n; i++) {
      String field = "field.photos[" + i + "]";
      EvidenceKind kind = photoKinds.get(i);
      if (kind == null) {
        v.add(field + ".kind", "lims.field.required");
      } else if (kind == EvidenceKind.SIGNATURE) {
        v.add(field + ".kind", "lims.field.photos.kind");
      }
      String data = photoData.get(i);
      if (data == null || data.isBlank()) {
        v.add(field + ".data", "lims.field.required");
        continue;
      }
      Picture p = picture(kind == null ? EvidenceKind.SAMPLE : kind, data, field + ".data", v);
      if (p != null) {
        pictures.add(p);
      }
    }
    return new Checked(code, acc, pictures);
  }

  /** Decodes one picture: base64 (or a data: URL), JPEG or PNG by its bytes, and it must decode. */
  static Picture picture(EvidenceKind kind, String text, String field, Violations v) {
    String data = text.strip();
    if (data.startsWith("data:")) {
      int comma = data.indexOf(',');
      if (comma < 0 || !data.substring(0, comma).endsWith(";base64")) {
        v.add(field, "lims.field.picture.notAnImage");
        return null;
      }
      data = data.substring(comma + 1);
    }
    // base64 grows by a third: refuse a huge text before decoding it
    if (data.length() > (MAX_PICTURE_BYTES / 3 + 1) * 4 + 8) {
      v.add(field, "lims.field.picture.tooLarge", MAX_PICTURE_BYTES / 1024);
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      v.add(field, "lims.field.picture.notAnImage");
      return null;
    }
    if (bytes.length > MAX_PICTURE_BYTES) {
      v.add(field, "lims.field.picture.tooLarge", MAX_PICTURE_BYTES / 1024);
      return null;
    }
    String type = typeOf(bytes);
    BufferedImage image = null;
    if (type != null) {
      try {
        image = ImageIO.read(new ByteArrayInputStream(bytes));
      } catch (IOException | RuntimeException e) {
        image = null;
      }
    }
    if (image == null) {
      v.add(field, "lims.field.picture.notAnImage");
      return null;
    }
    return new Picture(kind, type, image.getWidth(), image.getHeight(), bytes);
  }

  /** The type by the file's first bytes, whatever the sender called it. */
  static String typeOf(byte[] b) {
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (b.length > 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0d
        && b[5] == 0x0a) {
      return "image/png";
    }
    return null;
  }
}
