package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.EvidenceKind;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the phone's form recorded with a sample: the provisional code of its paper label, the
 * accuracy of the location and its pictures (read each at {@code
 * /samples/{id}/field-record/pictures/{pictureId}}).
 */
@Schema(
    name = "FieldRecord",
    description =
        "What the phone's form recorded with a sample: provisional code, location accuracy,"
            + " pictures.")
public record FieldRecordData(
    long sampleId,
    @Schema(example = "P-sampler-20260302-0001") String provisionalCode,
    @Schema(format = "decimal", example = "12.5") BigDecimal locationAccuracy,
    List<Picture> pictures) {

  /** One picture, without its content. */
  @Schema(name = "FieldPicture", description = "A photo or the signature kept with a sample.")
  public record Picture(
      long id, EvidenceKind kind, String contentType, int byteSize, int width, int height) {}
}
