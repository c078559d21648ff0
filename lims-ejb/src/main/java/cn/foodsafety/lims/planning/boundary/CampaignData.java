package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.Campaign;
import cn.foodsafety.lims.planning.entity.CampaignReason;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Special sampling (专项抽检) on top of a plan: why (public-opinion hot spot, incident, investigation),
 * when, who orders and samples it (default: municipal level, market regulation), and its batches
 * per unit and category, and the kind of sampling its tasks take (default: the plan's).
 */
public record CampaignData(
    Long id,
    @NotBlank(message = "{lims.field.required}") @Size(max = 200, message = "{lims.field.tooLong}")
        String name,
    @NotNull(message = "{lims.field.required}") CampaignReason reason,
    @Size(max = 2000, message = "{lims.field.tooLong}") String description,
    @NotNull(message = "{lims.field.required}") LocalDate startDate,
    @NotNull(message = "{lims.field.required}") LocalDate endDate,
    SamplingLevel level,
    Department department,
    List<Batches> batches,
    Integer totalBatches,
    String createdBy,
    Long version,
    SamplingKind samplingKind) {

  /** The batches of a unit and category. */
  @Schema(name = "CampaignBatches")
  public record Batches(
      Long regionId, String regionName, Long categoryId, String categoryName, Integer batches) {}

  static CampaignData of(Campaign c) {
    return new CampaignData(
        c.getId(),
        c.getName(),
        c.getReason(),
        c.getDescription(),
        c.getStartDate(),
        c.getEndDate(),
        c.getLevel(),
        c.getDepartment(),
        c.getBatches().stream()
            .map(
                b ->
                    new Batches(
                        b.getRegion().getId(),
                        b.getRegion().getName(),
                        b.getCategory().getId(),
                        b.getCategory().getName(),
                        b.getBatches()))
            .toList(),
        c.totalBatches(),
        c.getCreatedBy(),
        c.getVersion(),
        c.getKind());
  }
}
