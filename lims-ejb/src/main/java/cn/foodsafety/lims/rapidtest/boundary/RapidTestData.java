package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorded rapid test. For a positive: the batch is held, the operator may object until {@code
 * objectionUntil} ({@code objectionOpen} now), and {@code confirmationTaskId} is the laboratory
 * sample's task; {@code confirmationSampleId}, its number and {@code confirmation} (CONFORMING,
 * NON_CONFORMING, or null while the laboratory has not approved its report) follow the normal flow.
 * Times in China time.
 */
@Schema(name = "RapidTest", description = "A recorded rapid test with its confirmation.")
public record RapidTestData(
    long id,
    long marketId,
    String marketCode,
    String marketName,
    Long pointId,
    String pointName,
    String stall,
    String operatorName,
    String foodName,
    long categoryId,
    String categoryName,
    String kitCode,
    String item,
    String method,
    RapidResult result,
    String tester,
    OffsetDateTime testedAt,
    OffsetDateTime objectionUntil,
    boolean objectionOpen,
    boolean batchHeld,
    Long confirmationTaskId,
    Long confirmationSampleId,
    String confirmationSampleNumber,
    @Schema(description = "CONFORMING or NON_CONFORMING once the report is approved.")
        String confirmation) {

  /** Whether the laboratory found the confirmation sample non-conforming. */
  public boolean confirmedFailing() {
    return Verdict.failing(confirmation);
  }
}
