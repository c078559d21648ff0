package cn.foodsafety.lims.rapidtest.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rapid-test figures of a period: per market and per market and day, the tests, positives and
 * positive rate (%), the positives sent to a laboratory (confirmation rate = confirmation tasks /
 * positives) and their outcome. A market whose positive rate stays below the floor (a setting, 0.5%
 * by default) is flagged: screening that finds almost nothing is a warning sign.
 */
@Schema(name = "RapidFigures", description = "Rapid-test figures per market and day.")
public record RapidFigures(
    LocalDate from, LocalDate to, BigDecimal floorPercent, List<Row> markets, List<Row> days) {

  /** One market (day null) or one market's day. */
  @Schema(
      name = "RapidFigureRow",
      description = "Rapid-test figures of a market or a market's day.")
  public record Row(
      long marketId,
      String marketCode,
      String marketName,
      LocalDate day,
      long tests,
      long positives,
      @Schema(description = "Positives / tests, percent.") BigDecimal positiveRate,
      long confirmations,
      @Schema(description = "Confirmation tasks / positives, percent.") BigDecimal confirmationRate,
      long confirmedNonConforming,
      long cleared,
      long pending,
      @Schema(description = "Positive rate below the floor.") boolean belowFloor) {}
}
