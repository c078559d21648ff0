package cn.foodsafety.lims.proposal.boundary;

import cn.foodsafety.lims.proposal.entity.ProposalKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resident's proposal (POST /public/proposals, no sign-in), with the answer to the challenge it
 * was given (GET /public/proposals/challenge). Text is kept as written and shown escaped.
 */
@Schema(name = "ProposalForm", description = "A resident's proposal of a food or a place to test.")
public record ProposalForm(
    @NotNull(message = "{lims.field.required}") ProposalKind kind,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "小区门口早餐店的油条")
        String subject,
    @Size(max = 200, message = "{lims.field.tooLong}") @Schema(example = "金水区丰产路") String place,
    @Size(max = 500, message = "{lims.field.tooLong}") @Schema(example = "担心铝含量超标") String reason,
    @NotBlank(message = "{lims.field.required}") String challengeToken,
    @NotBlank(message = "{lims.field.required}") @Schema(example = "7") String challengeAnswer) {}
