package cn.foodsafety.lims.proposal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The planner turns chosen proposals into a special campaign (专项抽检, reason public participation) of
 * a plan: each proposal with the county-level unit, the category and the batches it is sampled in.
 */
@Schema(name = "ProposalCampaign", description = "Chosen proposals turned into a special campaign.")
public record CampaignRequest(
    @NotNull(message = "{lims.field.required}") Long planId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "2026年第二季度“你点我检”专项抽检")
        String name,
    @NotNull(message = "{lims.field.required}") LocalDate startDate,
    @NotNull(message = "{lims.field.required}") LocalDate endDate,
    @NotEmpty(message = "{lims.field.required}") List<Item> items) {

  /** One proposal, where and how much it is sampled. */
  @Schema(name = "ProposalCampaignItem", description = "One proposal of the campaign.")
  public record Item(Long proposalId, Long regionId, Long categoryId, Integer batches) {}
}
