package cn.foodsafety.lims.sampling.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the phone's sampling form sends along with the form (POST /samples, field {@code field}):
 * the provisional code of the paper label, the accuracy of the phone's location in metres (required
 * with a location: a position without it cannot be judged), the sampled party's signature and the
 * photos. Pictures are base64 (a {@code data:} URL prefix is allowed), JPEG or PNG, each at most
 * 400 KB: the phone compresses them before it keeps the form.
 */
@Schema(
    name = "FieldEvidence",
    description =
        "What the phone's sampling form sends with the form: provisional code, location accuracy,"
            + " signature and photos.")
public record FieldEvidence(
    @Schema(
            description = "The code on the paper label until the number is given.",
            example = "P-sampler-20260302-0001")
        String provisionalCode,
    @Schema(
            description = "Accuracy of the phone's location, metres.",
            format = "decimal",
            pattern = "^[0-9]+(\\.[0-9]+)?$",
            example = "12.5")
        String locationAccuracy,
    @Schema(description = "The sampled party's signature: a PNG, base64 or a data: URL.")
        String signature,
    @Schema(description = "Photos of the sample, the seal and the place (at most 6).")
        List<FieldPhoto> photos) {

  /** One photo: what it shows and the image, base64 (JPEG or PNG). */
  @Schema(name = "FieldPhoto", description = "A photo taken with the sampling form.")
  public record FieldPhoto(
      @Schema(description = "What the photo shows: SAMPLE, SEAL or PLACE.")
          cn.foodsafety.lims.sampling.entity.EvidenceKind kind,
      @Schema(description = "The image: JPEG or PNG, base64 or a data: URL.") String data) {}
}
