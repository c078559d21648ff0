package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.TestingPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A market with rapid testing: its code (the address of its public page), where it is (a
 * county-level unit), the sampling unit that takes the confirmation samples of its positives, and
 * its testing points. The names of the unit and the sampling unit are the server's (the sampling
 * unit's English name too, where it has one).
 */
@Schema(name = "Market", description = "A market with rapid testing and its testing points.")
public record MarketData(
    Long id,
    @NotBlank(message = "{lims.field.required}")
        @Pattern(regexp = "[A-Za-z0-9-]{1,30}", message = "{lims.market.code.pattern}")
        @Schema(example = "ZZ-JS-FC")
        String code,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "金水区丰产路农贸市场")
        String name,
    @Size(max = 300, message = "{lims.field.tooLong}") @Schema(example = "郑州市金水区丰产路12号")
        String address,
    @NotNull(message = "{lims.field.required}") @Schema(example = "6") Long regionId,
    String regionName,
    @NotNull(message = "{lims.field.required}") @Schema(example = "29") Long samplingUnitId,
    String samplingUnitName,
    Boolean active,
    List<Point> points,
    String samplingUnitNameEn) {

  /** A testing point (快检室) of the market. */
  @Schema(name = "TestingPoint", description = "A testing point of a market.")
  public record Point(Long id, String name) {}

  static MarketData of(Market m, List<TestingPoint> points) {
    return new MarketData(
        m.getId(),
        m.getCode(),
        m.getName(),
        m.getAddress(),
        m.getRegion().getId(),
        m.getRegion().getName(),
        m.getSamplingUnit().getId(),
        m.getSamplingUnit().getName(),
        m.isActive(),
        points.stream().map(p -> new Point(p.getId(), p.getName())).toList(),
        m.getSamplingUnit().getNameEn());
  }
}
