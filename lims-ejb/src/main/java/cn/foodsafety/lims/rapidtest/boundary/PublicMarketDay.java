package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A market's rapid tests of one day as the public sees them (no sign-in): stall, food, item,
 * method, result and time; for a positive, whether the batch is held and what the laboratory found.
 * Names of testers and operators are not shown.
 */
@Schema(name = "PublicMarketDay", description = "A market's rapid tests of a day, for the public.")
public record PublicMarketDay(
    String marketCode,
    String marketName,
    String address,
    LocalDate day,
    long tests,
    long positives,
    List<Line> results) {

  @Schema(name = "PublicRapidResult", description = "One rapid test, for the public.")
  public record Line(
      String stall,
      String foodName,
      String item,
      String method,
      RapidResult result,
      OffsetDateTime testedAt,
      boolean batchHeld,
      @Schema(description = "CONFORMING or NON_CONFORMING once the laboratory has reported.")
          String confirmation) {

    /** Whether the laboratory found the confirmation sample non-conforming. */
    public boolean confirmedFailing() {
      return Verdict.failing(confirmation);
    }
  }
}
